// tutorialdesk-screenshots OUTDIR [--dark] [--lang CODE]: the README's pictures, taken from the real window with
// the sample data. scripts/screenshots runs it under Xvfb for English (docs/), German (docs/de/) and French
// (docs/fr/): it writes main-window.png, validation-error.png, connect-dialog.png, move-dialog.png and
// unassigned-comments.png into OUTDIR; with --dark
// only main-window-dark.png, under a dark palette.
#include "translations.h"
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(300); // let the window system paint what changed
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

void click(QTreeView *view, const QString &title)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data().toString() == title) {
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
            // Read on a worker thread: shown a moment after the click.
            auto *window = qobject_cast<MainWindow *>(view->window());
            (void)QTest::qWaitFor([window] { return !window || !window->isReadingDetail(); }, 10000);
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the person's own settings are neither read nor written
    QApplication::setOrganizationName(u"TutorialDeskScreenshots"_s);
    QApplication::setApplicationName(u"tutorialdesk"_s);
    QSettings().clear();
    QString out = u"."_s;
    QString language = u"en"_s;
    bool dark = false; // a dark system palette, to see that nothing in the window hard-codes a colour
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--dark") == 0)
            dark = true;
        else if (qstrcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            language = QString::fromLocal8Bit(argv[++i]);
        else
            out = QString::fromLocal8Bit(argv[i]);
    }
    Translations::install(language); // as tutorialdesk's main() does, with English's plural forms underneath
    if (dark) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(45, 45, 48));
        palette.setColor(QPalette::WindowText, Qt::white);
        palette.setColor(QPalette::Base, QColor(30, 30, 30));
        palette.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        palette.setColor(QPalette::Text, Qt::white);
        palette.setColor(QPalette::Button, QColor(55, 55, 58));
        palette.setColor(QPalette::ButtonText, Qt::white);
        palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(120, 120, 120));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(120, 120, 120));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(120, 120, 120));
        QApplication::setPalette(palette);
    }
    const QString suffix = dark ? u"-dark"_s : QString();
    QDir().mkpath(out);
    QTemporaryDir dir;
    auto database = std::make_shared<Database>(DatabaseUrl::sqliteFile(dir.filePath(u"tutorials.sqlite"_s)));
    if (auto state = Schema::init(*database); !state) {
        qCritical("%s", qPrintable(state.error().message));
        return 1;
    }
    MainWindow window(database);
    window.resize(1100, 680);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QTest::mouseClick(window.findChild<QPushButton *>(u"loadSampleButton"_s), Qt::LeftButton);
    auto *list = window.findChild<QTreeView *>(u"tutorialView"_s);
    click(list, u"Tut#1"_s);
    bool ok = save(&window, out + u"/main-window"_s + suffix + u".png"_s);
    if (dark)
        return ok ? 0 : 1; // the palette check needs only the main window

    // A title one character too long, saved: the message at the field, nothing written.
    auto *title = window.findChild<QLineEdit *>(u"titleEdit"_s);
    title->setFocus();
    title->setText(u"Tut#1 — "_s + QString(248, u'x'));
    QTest::mouseClick(window.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    ok = save(&window, out + u"/validation-error.png"_s) && ok;
    QTest::mouseClick(window.findChild<QPushButton *>(u"revertButton"_s), Qt::LeftButton);

    // The connect dialog, filled in as for a local MariaDB, after Test connection answered.
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            ok = false;
            return;
        }
        dialog->findChild<QLineEdit *>(u"hostEdit"_s)->setText(u"db.example.org"_s);
        dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"tutorials"_s);
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"secret"_s);
        dialog->findChild<QLineEdit *>(u"databaseEdit"_s)->setText(u"tutorials"_s);
        dialog->findChild<QLineEdit *>(u"caEdit"_s)->setText(u"/etc/ssl/certs/tutorials-ca.pem"_s);
        const QString socket = qEnvironmentVariable("SCREENSHOT_MYSQL_SOCKET");
        if (!socket.isEmpty()) { // a real server answers Test connection
            dialog->findChild<QLineEdit *>(u"socketEdit"_s)->setText(socket);
            dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"root"_s);
            dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->clear();
            dialog->findChild<QLineEdit *>(u"caEdit"_s)->clear();
            dialog->findChild<QLineEdit *>(u"databaseEdit"_s)->setText(qEnvironmentVariable("SCREENSHOT_MYSQL_DB"));
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QPushButton *>(u"testButton"_s)->isEnabled(), 15000);
        ok = save(dialog, out + u"/connect-dialog.png"_s) && ok;
        dialog->reject();
    });
    window.findChild<QAction *>(u"actionConnect"_s)->trigger();
    window.waitForBackgroundWork();

    // A comment without a tutorial (the list's "Unassigned comments" entry), and Move to… on another one.
    {
        TutorialService service(*database);
        auto all = service.findAll();
        if (!all || all->isEmpty() || all->first().comments.isEmpty())
            return 1;
        TutorialService::CommentChanges detach;
        detach.tutorialId = std::optional<qint64>();
        if (!service.updateComment(all->first().comments.first().id, detach))
            return 1;
    }
    window.findChild<QAction *>(u"actionRefresh"_s)->trigger();
    window.waitForBackgroundWork();
    click(list, u"Tut#2"_s);
    auto *comments = window.findChild<QTableView *>(u"commentView"_s);
    QTest::mouseClick(comments->viewport(), Qt::LeftButton, {},
                      comments->visualRect(comments->model()->index(0, 0)).center());
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            ok = false;
            return;
        }
        ok = save(dialog, out + u"/move-dialog.png"_s) && ok;
        dialog->reject();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(u"moveCommentButton"_s), Qt::LeftButton);
    ok = save(&window, out + u"/unassigned-comments.png"_s) && ok;
    return ok ? 0 : 1;
}
