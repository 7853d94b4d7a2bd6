#include "connectdialog.h"

#include "filedialogs.h"
#include "passwordstore.h"

#include "database.h"
#include "dbworker.h"
#include "schema.h"

#include <QPushButton>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    ui.setupUi(this);
    ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    ui.userEdit->setText(u"root"_s);
    ui.hostEdit->setText(u"127.0.0.1"_s);
    ui.timeoutSpin->setValue(DatabaseUrl::DefaultConnectTimeoutSeconds);
    ui.testResult->hide();
    if (!PasswordStore::isAvailable()) {
        ui.savePasswordCheck->setEnabled(false);
        ui.passwordNote->setText(tr("No system keychain answers here, so the password cannot be kept safely: it is "
                                    "used for this session only and asked again next time."));
    }
    connect(ui.testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(ui.caBrowse, &QToolButton::clicked, this, [this] { browse(ui.caEdit, tr("TLS certificate authority")); });
    connect(ui.certBrowse, &QToolButton::clicked, this, [this] { browse(ui.certEdit, tr("TLS client certificate")); });
    connect(ui.keyBrowse, &QToolButton::clicked, this, [this] { browse(ui.keyEdit, tr("TLS client key")); });
    // Host and port mean nothing when a socket is given: show it.
    connect(ui.socketEdit, &QLineEdit::textChanged, this, [this](const QString &socket) {
        ui.hostEdit->setEnabled(socket.isEmpty());
        ui.portSpin->setEnabled(socket.isEmpty());
    });
}

ConnectDialog::~ConnectDialog() = default; // a test on its way ends first (within the connect timeout)

void ConnectDialog::setUrl(const DatabaseUrl &url)
{
    if (!url.isMySql())
        return;
    const DatabaseUrl::Host host = url.hosts().value(0);
    ui.hostEdit->setText(host.name);
    ui.portSpin->setValue(host.port > 0 ? host.port : 3306);
    ui.socketEdit->setText(url.socket());
    ui.userEdit->setText(url.user());
    ui.passwordEdit->setText(url.password());
    // A password that came from the keychain is still there: keep the box ticked.
    if (url.hasPassword() && PasswordStore::isAvailable()) {
        auto saved = PasswordStore::load(url);
        ui.savePasswordCheck->setChecked(saved && *saved == url.password());
    }
    ui.databaseEdit->setText(url.databaseName());
    ui.caEdit->setText(url.sslCa());
    ui.certEdit->setText(url.sslCert());
    ui.keyEdit->setText(url.sslKey());
    ui.timeoutSpin->setValue(url.connectTimeoutSeconds());
}

void ConnectDialog::setMessage(const QString &message)
{
    showTestResult(false, message);
}

Result<DatabaseUrl> ConnectDialog::url() const
{
    if (ui.databaseEdit->text().trimmed().isEmpty())
        return Error::invalid(u"database"_s, tr("Enter the name of the database."));
    if (ui.socketEdit->text().isEmpty() && ui.hostEdit->text().trimmed().isEmpty())
        return Error::invalid(u"host"_s, tr("Enter the server's host name or a socket."));
    QString host = ui.hostEdit->text().trimmed();
    if (host.isEmpty())
        host = u"localhost"_s;
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    QString text = u"mysql://"_s + encoded(ui.userEdit->text());
    if (!ui.passwordEdit->text().isEmpty())
        text += u':' + encoded(ui.passwordEdit->text());
    text += u'@' + host + u':' + QString::number(ui.portSpin->value()) + u'/'
        + encoded(ui.databaseEdit->text().trimmed());
    QStringList params;
    params << u"connect-timeout="_s + QString::number(ui.timeoutSpin->value());
    const std::pair<const char *, QLineEdit *> files[]
        = {{"socket", ui.socketEdit}, {"ssl-ca", ui.caEdit}, {"ssl-cert", ui.certEdit}, {"ssl-key", ui.keyEdit}};
    for (const auto &[name, edit] : files) {
        if (!edit->text().trimmed().isEmpty())
            params << QString::fromLatin1(name) + u'=' + encoded(edit->text().trimmed());
    }
    text += u'?' + params.join(u'&');
    return DatabaseUrl::parse(text);
}

bool ConnectDialog::savePassword() const
{
    return ui.savePasswordCheck->isEnabled() && ui.savePasswordCheck->isChecked();
}

void ConnectDialog::accept()
{
    auto parsed = url();
    if (!parsed) {
        showTestResult(false, parsed.error().message);
        return;
    }
    QDialog::accept();
}

void ConnectDialog::testConnection()
{
    auto parsed = url();
    if (!parsed) {
        showTestResult(false, parsed.error().message);
        return;
    }
    if (m_test)
        return; // one test at a time; the button is disabled meanwhile
    ui.testButton->setEnabled(false);
    showTestResult(true, tr("Connecting to %1…").arg(parsed->location()));
    struct Answer
    {
        bool ok = false;
        QString text;
    };
    m_test = std::make_unique<DbWorker>(std::make_shared<Database>(*parsed), u"connection test"_s);
    m_test->run(
            [](Database &database) {
                if (auto db = database.connection(); !db)
                    return Answer{false, db.error().message};
                const QString version = database.serverVersion();
                auto state = Schema::check(database);
                if (!state)
                    return Answer{false, tr("Connected to %1, but: %2").arg(version, state.error().message)};
                if (*state == Schema::State::Ready)
                    return Answer{true, tr("Connected: %1. The database has the tutorials and comments tables of the "
                                           "Sequelize tutorials application.")
                                                .arg(version)};
                return Answer{true,
                              tr("Connected: %1. The database has no tables yet; they will be created.").arg(version)};
            },
            [this](const Answer &answer) {
                showTestResult(answer.ok, answer.text);
                m_test.reset(); // its connection closed: the test is over
                ui.testButton->setEnabled(true);
            });
}

void ConnectDialog::showTestResult(bool ok, const QString &text)
{
    ui.testResult->setText((ok ? QString() : tr("Error: ")) + text);
    ui.testResult->setAccessibleDescription(text);
    ui.testResult->show();
}

void ConnectDialog::browse(QLineEdit *edit, const QString &title)
{
    const QString file
        = FileDialogs::openFile(this, title, edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(file);
}
