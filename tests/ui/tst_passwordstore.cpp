// Saved server passwords: in the system keychain when one answers (ctest runs this once inside a D-Bus session
// with gnome-keyring, TUTORIALDESK_EXPECT_KEYCHAIN=1), and no offer to save at all when none does (=0).
#include "connectdialog.h"
#include "database.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "schema.h"
#include "testdatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_PasswordStore : public QObject
{
    Q_OBJECT

private:
    bool m_expectKeychain = false;
    const QString m_password = u"pa ss;w0rd:é"_s;

    DatabaseUrl protectedUrl(const QString &database) const
    {
        auto base = DatabaseUrl::parse(qEnvironmentVariable("TUTORIALDESK_TEST_MYSQL_URL"));
        QString text = base->toString().replace(u"mysql://root@"_s, u"mysql://tdkeychain@"_s);
        auto url = DatabaseUrl::parse(text);
        url->setDatabaseName(database);
        return *url;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings in a test folder, not the person's
        QApplication::setOrganizationName(u"TutorialDeskTest"_s);
        QApplication::setApplicationName(u"tst_passwordstore"_s);
        QSettings().clear();
        m_expectKeychain = qEnvironmentVariableIntValue("TUTORIALDESK_EXPECT_KEYCHAIN") == 1;
    }

    void availability()
    {
        QCOMPARE(PasswordStore::isAvailable(), m_expectKeychain);
    }

    void theDialogOffersSavingOnlyWithAKeychain()
    {
        ConnectDialog dialog;
        auto *check = dialog.findChild<QCheckBox *>(u"savePasswordCheck"_s);
        QVERIFY(check);
        QCOMPARE(check->isEnabled(), m_expectKeychain);
        auto *note = dialog.findChild<QLabel *>(u"passwordNote"_s);
        QVERIFY(note);
        if (!m_expectKeychain) {
            QVERIFY(note->text().contains(u"No system keychain"_s));
            check->setChecked(true);
            QVERIFY(!dialog.savePassword());
        }
    }

    void savedLoadedForgotten()
    {
        if (!m_expectKeychain)
            QSKIP("no keychain in this run: the run with gnome-keyring checks saving");
        auto url = DatabaseUrl::parse(u"mysql://someone@db.example.org:3307/tutorials"_s);
        QVERIFY(PasswordStore::save(*url, m_password));
        auto loaded = PasswordStore::load(*url);
        QVERIFY2(loaded, qPrintable(loaded.error().message));
        QCOMPARE(*loaded, m_password);
        DatabaseUrl withoutPassword = *url;
        PasswordStore::fillIn(withoutPassword);
        QCOMPARE(withoutPassword.password(), m_password);
        QVERIFY(PasswordStore::remove(*url));
        auto gone = PasswordStore::load(*url);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }

    void theWindowOpensAServerWithTheKeptPasswordAndNeverWritesIt()
    {
        if (!m_expectKeychain)
            QSKIP("no keychain in this run: the run with gnome-keyring checks saving");
        // A MariaDB account with a password, and a database for it.
        auto test = TestDatabase::create(u"mariadb"_s, u"keychain"_s);
        QVERIFY2(test, qPrintable(TestDatabase::lastError()));
        QSqlQuery admin(TestDatabase::mariadbAdmin());
        const auto dropUsers = qScopeGuard([] { // the server is shared with the other suites
            QSqlQuery(TestDatabase::mariadbAdmin())
                .exec(u"DROP USER IF EXISTS 'tdkeychain'@'localhost', 'tdkeychain'@'127.0.0.1'"_s);
        });
        for (const QString &host : {u"localhost"_s, u"127.0.0.1"_s}) {
            admin.prepare(u"CREATE USER IF NOT EXISTS 'tdkeychain'@'%1' IDENTIFIED BY ?"_s.arg(host));
            admin.addBindValue(m_password);
            QVERIFY2(admin.exec(), qPrintable(admin.lastError().text()));
            QVERIFY(admin.exec(u"GRANT ALL ON `%1`.* TO 'tdkeychain'@'%2'"_s.arg(test->url().databaseName(), host)));
        }
        const DatabaseUrl url = protectedUrl(test->url().databaseName());
        QVERIFY(!url.hasPassword());
        QVERIFY(PasswordStore::save(url, m_password));

        QTemporaryDir dir;
        auto start = std::make_shared<Database>(DatabaseUrl::sqliteFile(dir.filePath(u"start.sqlite"_s)));
        QVERIFY(Schema::init(*start));
        MainWindow window(start);
        // Without the kept password the window would ask for one in a modal dialog that no one here answers: close
        // whatever question comes and fail, instead of waiting for the test's timeout.
        QString asked;
        QTimer watcher;
        connect(&watcher, &QTimer::timeout, this, [&asked] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                asked = modal->windowTitle();
                modal->close();
            }
        });
        watcher.start(50);
        const bool opened = window.openDatabase(url);
        watcher.stop();
        QVERIFY2(asked.isEmpty(), qPrintable(u"the window asked \"%1\" instead of using the kept password"_s.arg(asked)));
        QVERIFY2(opened, "the kept password opens the server");
        QVERIFY(window.database().isMySql());
        window.waitForBackgroundWork();
        QSettings().sync();
        // Nothing under the settings folder holds the password.
        QDirIterator files(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), QDir::Files,
                           QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray contents = file.readAll();
            QVERIFY2(!contents.contains(m_password.toUtf8()), qPrintable(file.fileName()));
            read += contents.contains("tdkeychain");
        }
        QVERIFY2(read > 0, "the settings remember the server, without its password");
        QVERIFY(PasswordStore::remove(url));
    }
};

QTEST_MAIN(tst_PasswordStore)
#include "tst_passwordstore.moc"
