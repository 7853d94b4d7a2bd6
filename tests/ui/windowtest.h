#pragma once

#include "database.h"
#include "entities.h"
#include "mainwindow.h"
#include "schema.h"
#include "testdatabase.h"
#include "translations.h"
#include "tutoriallistmodel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <memory>
#include <optional>

// What the tests of the real window share: how one starts, opens the window, reaches a menu item, and what they fill
// the database with. Each function here is the one way these tests do that step; a test that does it otherwise says
// why where it does.

// What every test of the real window does first: settings in a test folder (never the person's own), in a file of
// this process's own (two runs of a suite at once, from two checkouts, must not share one); English, with its plural
// forms, as tutorialdesk's main() installs it; and the offscreen platform's note about window managers
// ("propagateSizeHints", said of every dialog) kept out of the log.
inline void startWindowTest(const QString &name)
{
    static const QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
              if (!message.contains(QLatin1String("propagateSizeHints")))
                  previous(type, context, message);
          });
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("TutorialDeskTest"));
    QApplication::setApplicationName(QStringLiteral("%1-%2").arg(name).arg(QApplication::applicationPid()));
    Translations::install(QStringLiteral("en"));
}

// Shows the window at the size the tests expect (1000 × 700) and makes it the active one, as a person's window is:
// false if it never became active. Neither the offscreen platform nor a bare Xvfb has a window manager to activate it.
inline bool showActive(QWidget *window)
{
    window->resize(1000, 700);
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

// True once the tutorial list has its answer and painting the rows it shows asks for no more: every row shown is read.
inline bool listSettled(MainWindow *window, int timeoutMs = 10000)
{
    TutorialListModel *model = window->tutorialModel();
    auto *view = window->findChild<QTreeView *>(QStringLiteral("tutorialView"));
    return view
        && QTest::qWaitFor(
               [model, view] {
                   if (!model->isLoaded() || model->isLoading())
                       return false;
                   view->viewport()->repaint(); // now: a row shown but not read yet is asked for
                   QCoreApplication::sendPostedEvents(model); // the model sends what was asked (queued to itself)
                   return !model->isLoading();
               },
               timeoutMs);
}

// Showing a tutorial (or the unassigned comments) reads it on a worker thread: the window never waits for the
// database, so what a click or a key chose is shown a moment after it returns. True once nothing chosen is being read
// any more and `id` is what the window shows; false when something else is (the choice was cancelled: the person said
// Cancel to a question) or it was still being read after `timeoutMs`.
inline bool waitUntilShown(MainWindow *window, std::optional<qint64> id, int timeoutMs = 10000)
{
    return QTest::qWaitFor([window] { return !window->isReadingDetail(); }, timeoutMs)
        && window->shownTutorialId() == id;
}

// Clicks the tutorial list's row `index` with the mouse, as a person does, scrolled into view first: true once its
// tutorial (or the unassigned comments) is shown (waitUntilShown).
inline bool clickListRow(MainWindow *window, const QModelIndex &index)
{
    auto *view = window->findChild<QTreeView *>(QStringLiteral("tutorialView"));
    if (!view || !index.isValid())
        return false;
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    return waitUntilShown(window, index.data(TutorialListModel::IdRole).toLongLong());
}

// This test row's own database (SQLite or MariaDB), empty, with the schema made through a connection of the test's
// own and closed again: null if it could not be made (TestDatabase::lastError() says why when the database could not).
inline std::unique_ptr<TestDatabase> emptyDatabase(QObject *test)
{
    auto db = TestDatabase::create(test);
    if (!db)
        return nullptr;
    Database database(db->url());
    const bool made = bool(Schema::init(database));
    database.closeThreadConnection();
    return made ? std::move(db) : nullptr;
}

// The real window on `url`'s database, shown and active, with its list settled and its first row (chosen by itself)
// shown: null if one of those did not happen.
inline std::unique_ptr<MainWindow> openSettledWindow(const DatabaseUrl &url)
{
    auto database = std::make_shared<Database>(url);
    if (!Schema::init(*database))
        return nullptr;
    auto window = std::make_unique<MainWindow>(database);
    MainWindow *shown = window.get();
    if (!showActive(window.get()) || !listSettled(window.get())
        || !QTest::qWaitFor([shown] { return !shown->isReadingDetail(); }, 10000)) {
        window->waitForBackgroundWork();
        return nullptr;
    }
    return window;
}

// Clicks through the window's menus with the mouse, as a person does: each menu of `menus` (object names: the first
// on the menu bar, each next one in the one before), then the action `item` in the last, once it is enabled. False if
// a menu or the item is missing, a menu does not open, or the item stays disabled. The click returns when what the
// item does returns (a modal dialog's own event loop runs inside it).
inline bool clickMenuItem(QMainWindow *window, const QStringList &menus, const QString &item)
{
    QWidget *opener = window->menuBar();
    QAction *opening = nullptr;
    QMenu *menu = nullptr;
    for (const QString &name : menus) {
        menu = window->findChild<QMenu *>(name);
        if (!menu)
            return false;
        opening = menu->menuAction();
        const QRect where = opener == window->menuBar() ? window->menuBar()->actionGeometry(opening)
                                                        : static_cast<QMenu *>(opener)->actionGeometry(opening);
        QTest::mouseClick(opener, Qt::LeftButton, {}, where.center());
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 5000))
            return false;
        opener = menu;
    }
    QAction *action = nullptr;
    for (QAction *candidate : menu ? menu->actions() : QList<QAction *>()) {
        if (candidate->objectName() == item)
            action = candidate;
    }
    if (!action || !QTest::qWaitFor([action] { return action->isEnabled(); }, 5000))
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return true;
}

// An error box no test expects would wait forever for a click: this watch notes its text in `errors` and closes it,
// and the test fails on what was noted unless it expected it.
class ErrorBoxWatch : public QTimer
{
public:
    explicit ErrorBoxWatch(QStringList *errors)
    {
        connect(this, &QTimer::timeout, this, [errors] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("errorBox")) {
                *errors << box->text();
                box->reject();
            }
        });
        start(50);
    }
};

// `count` tutorials written in one statement (a recursive CTE), "Tutorial 00001" upwards, each updated a second after
// the one before: a long list in about a second, on SQLite and on MariaDB.
inline bool insertNumberedTutorials(TestDatabase &db, int count)
{
    const bool my = db.isMySql();
    if (my && !db.exec(QStringLiteral("SET SESSION max_recursive_iterations = 1000000")))
        return false;
    const QString title = my ? QStringLiteral("CONCAT('Tutorial ', LPAD(i, 5, '0'))")
                             : QStringLiteral("'Tutorial ' || printf('%05d', i)");
    const QString stamp = my ? QStringLiteral("DATE_ADD('2026-01-01 00:00:00', INTERVAL i SECOND)")
                             : QStringLiteral("datetime('2026-01-01 00:00:00', '+' || i || ' seconds')");
    return db.exec(QStringLiteral("INSERT INTO tutorials (title, description, createdAt, updatedAt) SELECT %1, "
                                  "'about it', %2, %2 FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                  "FROM n WHERE i < %3) SELECT i FROM n) AS seq")
                       .arg(title, stamp, QString::number(count)));
}

// A tutorial with `count` comments of a sentence or two each ("reader 1", ...): a report that takes a while to lay out.
inline Tutorial tutorialWithComments(const QString &title, int count)
{
    Tutorial tutorial;
    tutorial.title = title;
    tutorial.description = QStringLiteral("a long report");
    for (int i = 1; i <= count; ++i) {
        Comment comment;
        comment.name = QStringLiteral("reader %1").arg(i);
        comment.text = QStringLiteral("comment %1: a sentence or two, as people write them, long enough to wrap in the "
                                      "text column now and then.")
                           .arg(i);
        tutorial.comments.append(comment);
    }
    return tutorial;
}
