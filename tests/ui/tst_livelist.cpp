// The tutorial list on a database large enough to matter, and changes made by other programs, driven through the
// real window: what the list reads (counted in rows, not timed), and what appears without a click.
#include "changewatcher.h"
#include "commenttablemodel.h"
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "testdatabase.h"
#include "windowtest.h"
#include "translations.h"
#include "tutoriallistmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTextCursor>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

constexpr int LargeTutorials = 20000; // a list QTreeView would otherwise pull page after page
constexpr int IntervalMs = 500; // the change checks' interval in these tests (Preferences offers 1 s and more)

} // namespace

class tst_LiveList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void readsOnlyTheRowsShown();
    void theCommentPaneReadsOnlyTheRowsShown();
    void changesElsewhereAppearAndKeepTheSelection();
    void deletesAndMovesOffScreenAreFollowed();
    void aChangeToTheTutorialBeingEditedIsAnnounced();
    void aSearchTypedAgainIsShownAtOnceAndFollowsChanges();

private:
    void fillLarge(int tutorials);
    void openWindow();
    bool settled() { return listSettled(m_window.get()); }
    bool checkedTwice(); // the change checks right after opening are over
    int commentsTopRow();
    int rowOfTitle(const QString &title); // among the loaded rows
    QTreeView *list() { return m_window->findChild<QTreeView *>(u"tutorialView"_s); }
    // A change made by another program: through the test's own connection.
    bool elsewhere(const QString &sql) { return m_db->exec(sql); }
    QString now(int secondsAhead = 0);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_LiveList::initTestCase()
{
    startWindowTest(u"tst_livelist"_s);
}

void tst_LiveList::init()
{
    QSettings().clear();
    QSettings().setValue(u"sync/intervalMs"_s, IntervalMs);
    m_db = emptyDatabase(this);
    QVERIFY2(m_db, qPrintable(TestDatabase::lastError()));
}

void tst_LiveList::cleanup()
{
    if (m_window)
        m_window->waitForBackgroundWork();
    m_window.reset();
    m_db.reset();
}

void tst_LiveList::fillLarge(int tutorials)
{
    // One statement each, from a recursive CTE: 20,000 tutorials and 100,000 comments in about a second.
    QVERIFY(insertNumberedTutorials(*m_db, tutorials));
    QVERIFY(elsewhere(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) "
                      "SELECT 'n', 't', t.createdAt, t.updatedAt, t.id FROM tutorials t, "
                      "(SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5) AS k"_s));
}

void tst_LiveList::openWindow()
{
    m_window = openSettledWindow(m_db->url());
    QVERIFY(m_window);
}

bool tst_LiveList::checkedTwice()
{
    // Data written in the same second as the first check is read again once at the next (ChangeWatcher: the
    // tables' stamps are whole seconds); that refresh is not what a test of reading counts.
    auto *watcher = m_window->findChild<ChangeWatcher *>();
    if (!watcher)
        return false;
    const int from = watcher->checksDone();
    return QTest::qWaitFor([&] { return watcher->checksDone() >= from + 2; }, 10000) && settled();
}

int tst_LiveList::commentsTopRow()
{
    auto *view = m_window->findChild<QTableView *>(u"commentView"_s);
    return view->rowAt(1);
}

int tst_LiveList::rowOfTitle(const QString &title)
{
    settled();
    auto *model = m_window->tutorialModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (const auto summary = model->summaryAt(row); summary && summary->title == title)
            return row;
    }
    return -1;
}

QString tst_LiveList::now(int secondsAhead)
{
    // Later than every row the window read: the default order (last updated first) puts it at the top.
    return QDateTime::currentDateTimeUtc().addSecs(secondsAhead).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

void tst_LiveList::readsOnlyTheRowsShown()
{
    fillLarge(LargeTutorials);
    openWindow();
    auto *model = m_window->tutorialModel();
    // The scrollbar stands for the whole list from the start...
    QCOMPARE(model->rowCount(), LargeTutorials);
    // ...but only the rows shown (with a margin) were read: a few blocks, not the 20,000 rows.
    QVERIFY2(model->rowsRead() <= 3 * TutorialListModel::BlockSize,
             qPrintable(u"%1 rows read after settling"_s.arg(model->rowsRead())));
    QCOMPARE(model->summaryAt(0)->title, u"Tutorial 20000"_s); // last updated first
    QCOMPARE(m_window->shownTutorialId(), model->idAt(0)); // and the first one shown
    QVERIFY(checkedTwice());

    // The thumb dragged to the middle: the rows there come, and only the rows around them are read.
    const qint64 before = model->rowsRead();
    QScrollBar *bar = list()->verticalScrollBar();
    bar->setSliderDown(true);
    bar->setValue(bar->maximum() / 2);
    bar->setSliderDown(false);
    const auto topRow = [this] { return list()->indexAt(QPoint(1, 1)).row(); };
    QVERIFY(topRow() > LargeTutorials / 3);
    QTRY_VERIFY(model->isRowLoaded(topRow()));
    QVERIFY(settled());
    const int top = topRow();
    QCOMPARE(list()->indexAt(QPoint(1, 1)).data().toString(),
             u"Tutorial %1"_s.arg(LargeTutorials - top, 5, 10, QChar(u'0')));
    QVERIFY2(model->rowsRead() - before <= 3 * TutorialListModel::BlockSize,
             qPrintable(u"%1 rows read for the jump"_s.arg(model->rowsRead() - before)));
    QVERIFY(!model->isRowLoaded(LargeTutorials / 4)); // nothing read between the top and the middle
}

void tst_LiveList::theCommentPaneReadsOnlyTheRowsShown()
{
    // One tutorial with 20,000 comments, and 20,000 unassigned ones (named by their number).
    constexpr int Many = 20000;
    const bool my = m_db->isMySql();
    if (my)
        QVERIFY(elsewhere(u"SET SESSION max_recursive_iterations = 1000000"_s));
    QVERIFY(elsewhere(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES "
                      "('Many comments', 'd', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"_s));
    const qint64 id = m_db->scalar(u"SELECT id FROM tutorials"_s).toLongLong();
    const QString name = my ? u"CONCAT('c', LPAD(i, 5, '0'))"_s : u"'c' || printf('%05d', i)"_s;
    for (const QString &owner : {QString::number(id), u"NULL"_s}) {
        QVERIFY(elsewhere(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) SELECT "_s + name
                          + u", 't', '2026-01-01 00:00:00', '2026-01-01 00:00:00', "_s + owner
                          + u" FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                            "SELECT i FROM n) AS seq"_s.arg(Many)));
    }
    openWindow();
    QVERIFY(checkedTwice());
    CommentTableModel *comments = m_window->commentModel();
    auto *view = m_window->findChild<QTableView *>(u"commentView"_s);
    // The list's first entry, the unassigned comments, is shown first; then the tutorial.
    for (const std::optional<qint64> shown : {std::optional<qint64>(), std::optional<qint64>(id)}) {
        const qint64 start = shown ? comments->rowsRead() : 0; // (the model was made with the window)
        if (shown) {
            QVERIFY(clickListRow(m_window.get(), m_window->tutorialModel()->index(1, 0)));
            QCOMPARE(m_window->shownTutorialId(), id);
        } else {
            QCOMPARE(m_window->shownTutorialId(), std::optional<qint64>(TutorialListModel::NoTutorial));
        }
        QTRY_VERIFY(comments->isRowLoaded(0));
        // The scrollbar stands for every comment, and a block was read, not 20,000 rows.
        QCOMPARE(comments->rowCount(), Many);
        QVERIFY2(comments->rowsRead() - start <= 2 * CommentTableModel::BlockSize,
                 qPrintable(u"%1 comment rows read to show them"_s.arg(comments->rowsRead() - start)));
        // The thumb dragged to the middle: the rows there come, and only the rows around them are read.
        const qint64 before = comments->rowsRead();
        QScrollBar *bar = view->verticalScrollBar();
        bar->setSliderDown(true);
        bar->setValue(bar->maximum() / 2);
        bar->setSliderDown(false);
        QVERIFY(commentsTopRow() > Many / 3);
        QTRY_VERIFY(comments->isRowLoaded(commentsTopRow()));
        QTRY_VERIFY(comments->isRowLoaded(view->rowAt(view->viewport()->height() - 2)));
        const int top = commentsTopRow();
        QCOMPARE(comments->index(top, CommentTableModel::NameColumn).data().toString(),
                 u"c%1"_s.arg(top + 1, 5, 10, QChar(u'0')));
        QVERIFY2(comments->rowsRead() - before <= 3 * CommentTableModel::BlockSize,
                 qPrintable(u"%1 comment rows read for the jump"_s.arg(comments->rowsRead() - before)));
        QVERIFY(!comments->isRowLoaded(Many / 4)); // nothing read between the top and the middle
    }
}

void tst_LiveList::changesElsewhereAppearAndKeepTheSelection()
{
    QVERIFY(elsewhere(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES "
                      "('Alpha', 'a', '2026-01-01 00:00:01', '2026-01-01 00:00:01'), "
                      "('Beta', 'b', '2026-01-01 00:00:02', '2026-01-01 00:00:02'), "
                      "('Gamma', 'c', '2026-01-01 00:00:03', '2026-01-01 00:00:03')"_s));
    const qint64 beta = m_db->scalar(u"SELECT id FROM tutorials WHERE title = 'Beta'"_s).toLongLong();
    QVERIFY(elsewhere(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) VALUES "
                      "('n1', 'first', '2026-01-01 00:00:02', '2026-01-01 00:00:02', %1)"_s.arg(beta)));
    openWindow();
    auto *model = m_window->tutorialModel();
    // Beta selected, and a description typed but not saved.
    const int betaRow = rowOfTitle(u"Beta"_s);
    QVERIFY(betaRow >= 0);
    QVERIFY(clickListRow(m_window.get(), model->index(betaRow, 0)));
    QCOMPARE(m_window->shownTutorialId(), beta);
    auto *description = m_window->findChild<QPlainTextEdit *>(u"descriptionEdit"_s);
    description->setFocus();
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, u" (unsaved)"_s);
    QVERIFY(m_window->hasUnsavedChanges());

    // Another program renames one tutorial: seen within the interval (a check, then the answer), nothing clicked.
    const int within = 2 * IntervalMs + 1000;
    QVERIFY(elsewhere(u"UPDATE tutorials SET title = 'Alpha renamed', updatedAt = '%1' WHERE title = 'Alpha'"_s
                      .arg(now())));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(u"Alpha renamed"_s) >= 0, within);
    // Then deletes one, adds one, and adds a comment to Beta.
    QVERIFY(elsewhere(u"DELETE FROM tutorials WHERE title = 'Gamma'"_s));
    QTRY_COMPARE_WITH_TIMEOUT(rowOfTitle(u"Gamma"_s), -1, within);
    QVERIFY(elsewhere(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES ('Delta', 'd', '%1', '%1')"_s
                      .arg(now(1))));
    QVERIFY(elsewhere(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) VALUES "
                      "('n2', 'second', '%1', '%1', %2)"_s.arg(now()).arg(beta)));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfTitle(u"Delta"_s) >= 0, within);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->commentModel()->rowCount(), 2, within);
    QCOMPARE(m_window->commentModel()->index(1, CommentTableModel::TextColumn).data().toString(), u"second"_s);
    auto *counts = m_window->findChild<QLabel *>(u"countsLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().startsWith(u"3 tutorials, 2 comments"_s), within);

    // What the person had stays: Beta selected and shown, the unsaved text still in the form, no question asked.
    QCOMPARE(model->idAt(list()->currentIndex().row()), beta);
    QVERIFY(list()->selectionModel()->isSelected(list()->currentIndex()));
    QCOMPARE(m_window->shownTutorialId(), beta);
    QCOMPARE(description->toPlainText(), u"b (unsaved)"_s);
    QVERIFY(m_window->hasUnsavedChanges());
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_LiveList::deletesAndMovesOffScreenAreFollowed()
{
    // 300 tutorials, the 100 oldest with a comment each: the window shows the newest, none of those below.
    const bool my = m_db->isMySql();
    if (my)
        QVERIFY(elsewhere(u"SET SESSION max_recursive_iterations = 1000000"_s));
    const QString stamp = my ? u"DATE_ADD('2026-01-01 00:00:00', INTERVAL i SECOND)"_s
                             : u"datetime('2026-01-01 00:00:00', '+' || i || ' seconds')"_s;
    QVERIFY(elsewhere(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) SELECT 'T', 'd', "_s + stamp
                      + u", "_s + stamp
                      + u" FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                        "SELECT i FROM n) AS seq"_s));
    QVERIFY(elsewhere(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) SELECT 'n', 't', "
                      "createdAt, updatedAt, id FROM tutorials WHERE id <= 100"_s));
    openWindow();
    QVERIFY(checkedTwice());
    auto *model = m_window->tutorialModel();
    auto *counts = m_window->findChild<QLabel *>(u"countsLabel"_s);
    QCOMPARE(model->rowCount(), 300);
    QTRY_COMPARE(counts->text(), u"300 tutorials, 100 comments"_s);
    const qint64 oldest = m_db->scalar(u"SELECT MIN(id) FROM tutorials"_s).toLongLong();
    QVERIFY(!model->isRowLoaded(model->rowOf(oldest))); // far below what is shown

    // Another program deletes a tutorial without comments and a comment, both far below, and moves a comment off
    // its tutorial: no id grows, nothing shown changes, yet the list's length and the counts follow.
    const int within = 2 * IntervalMs + 1000;
    QVERIFY(elsewhere(u"DELETE FROM tutorials WHERE id = %1"_s.arg(oldest + 150)));
    QVERIFY(elsewhere(u"DELETE FROM comments WHERE tutorialId = %1"_s.arg(oldest + 5)));
    QVERIFY(elsewhere(u"UPDATE comments SET tutorialId = NULL WHERE tutorialId = %1"_s.arg(oldest + 6)));
    QTRY_COMPARE_WITH_TIMEOUT(counts->text(), u"299 tutorials, 99 comments, 1 unassigned"_s, within);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 299 + 1, within); // and the "Unassigned comments" entry
    QVERIFY(model->hasUnassignedRow());
    QCOMPARE(model->rowOf(oldest + 150), -1);
}

void tst_LiveList::aChangeToTheTutorialBeingEditedIsAnnounced()
{
    QVERIFY(elsewhere(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES "
                      "('Mine', 'as read', '2026-01-01 00:00:01', '2026-01-01 00:00:01')"_s));
    openWindow();
    const qint64 id = m_db->scalar(u"SELECT id FROM tutorials"_s).toLongLong();
    QTRY_COMPARE(m_window->shownTutorialId(), id);
    auto *title = m_window->findChild<QLineEdit *>(u"titleEdit"_s);
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"My title"_s);
    QVERIFY(m_window->hasUnsavedChanges());
    auto *notice = m_window->findChild<QFrame *>(u"changeNotice"_s);
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());

    // Someone else changes the description meanwhile: said at once in the form, long before any Save.
    QVERIFY(elsewhere(u"UPDATE tutorials SET description = 'theirs', updatedAt = '%1' WHERE id = %2"_s.arg(now()).arg(id)));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 2 * IntervalMs + 1000);
    QCOMPARE(title->text(), u"My title"_s); // the person's text is still there
    QVERIFY(!QApplication::activeModalWidget());

    // Keeping their own version (the title they typed; the description they did not touch is the other program's
    // now), then saving, writes it over theirs with no conflict question.
    QTest::mouseClick(notice->findChild<QAbstractButton *>(u"keepMineButton"_s), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    QVERIFY(m_window->hasUnsavedChanges());
    QTest::keyClick(title, Qt::Key_Return);
    QTRY_COMPARE(m_db->scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"My title"_s);
    QCOMPARE(m_db->scalar(u"SELECT description FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"theirs"_s);
    QVERIFY(!m_window->hasUnsavedChanges());
}


void tst_LiveList::aSearchTypedAgainIsShownAtOnceAndFollowsChanges()
{
    QVERIFY(elsewhere(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES "
                      "('Alpha', 'a', '2026-01-01 00:00:01', '2026-01-01 00:00:01'), "
                      "('Beta', 'b', '2026-01-01 00:00:02', '2026-01-01 00:00:02')"_s));
    openWindow();
    QVERIFY(checkedTwice());
    auto *model = m_window->tutorialModel();
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    const auto titles = [&] {
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown << model->index(row, TutorialListModel::TitleColumn).data().toString();
        return shown;
    };
    search->setFocus();
    QTest::keyClicks(search, u"alp"_s);
    QTRY_COMPARE(model->search(), u"alp"_s);
    QVERIFY(settled());
    QCOMPARE(titles(), QStringList{u"Alpha"_s});
    QTest::keyClick(search, Qt::Key_X);
    QTRY_COMPARE(model->search(), u"alpx"_s);
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 0);

    // Backspace: the list of "alp" comes back at once, its rows with it, without asking the database again.
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(model->search(), u"alp"_s);
    QVERIFY(!model->isLoading());
    QCOMPARE(titles(), QStringList{u"Alpha"_s});

    // Another program adds a match while the person looks at "alpx": once the window has seen the change, going back
    // to "alp" shows it too (what was remembered before the change is not shown again).
    QTest::keyClick(search, Qt::Key_X);
    QTRY_COMPARE(model->search(), u"alpx"_s);
    QVERIFY(elsewhere(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES "
                      "('Alphabet', 'c', '%1', '%1')"_s.arg(now(1))));
    auto *counts = m_window->findChild<QLabel *>(u"countsLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(counts->text().startsWith(u"3 tutorials"_s), 2 * IntervalMs + 2000);
    QVERIFY(settled());
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(model->search(), u"alp"_s);
    QVERIFY(settled());
    QCOMPARE(titles(), (QStringList{u"Alphabet"_s, u"Alpha"_s}));
}

QTEST_MAIN(tst_LiveList)
#include "tst_livelist.moc"
