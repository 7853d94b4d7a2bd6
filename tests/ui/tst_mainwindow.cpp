// The main window driven as a person drives it: clicks, typing and shortcuts, with modal questions answered
// from a timer. Each test then checks what the database holds through a connection of its own.
#include "commenttablemodel.h"
#include "connectdialog.h"
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "testdatabase.h"
#include "windowtest.h"
#include "titledelegate.h"
#include "transferrunner.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "tutorialservice.h"
#include "tutorialtransfer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Waits for the next modal window and hands it to `answer`, as a person reacting to a question would.
// `seen` tells the test afterwards whether the question came at all.
void whenModal(std::function<void(QWidget *)> answer, std::shared_ptr<QString> seen = {},
               const char *className = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setObjectName(u"whenModal"_s); // cleanup() stops one a test left waiting, before the next test
    const QDeadlineTimer deadline(10000);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, answer, seen, deadline, className] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && className && !modal->inherits(className))
            modal = nullptr; // another dialog first (a progress dialog): keep waiting for ours
        if (!modal && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        if (!modal)
            return;
        if (seen)
            *seen = modal->objectName();
        answer(modal);
    });
    timer->start(20);
}

// The Move dialog's list of tutorials, read on a worker: until it has answered, as a person would wait for it.
bool waitUntilListed(QTreeView *tutorials)
{
    auto *model = qobject_cast<TutorialListModel *>(tutorials->model());
    return model && QTest::qWaitFor([model] { return model->isLoaded() && !model->isLoading(); }, 5000);
}

void clickMessageBoxButton(QWidget *modal, QMessageBox::StandardButton which)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    QVERIFY2(box, "the modal window is not a message box");
    QAbstractButton *button = box->button(which);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickNamedButton(QWidget *modal, const char *name)
{
    auto *button = modal->findChild<QAbstractButton *>(QString::fromLatin1(name));
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void initTestCase();
    void cleanupTestCase() { QFile::remove(QSettings().fileName()); }
    void init();
    void cleanup();

    void emptyDatabaseOffersSampleData();
    void sampleDataIsOneUndoableStep();
    void createTutorial();
    void editTitleAndSave();
    void validationErrorAtTheField();
    void addComment();
    void editCommentInPlace();
    void commentValidationKeepsTheText();
    void moveCommentWithDialog();
    void moveCommentByDrop();
    void deleteTutorialWithComments();
    void deleteTutorialKeepingComments();
    void undoAndRedo();
    void undoTwoEditsOfTheSameRow();
    void failedUndoStaysOnTheStack();
    void undoOfARowGoneForGoodIsDropped();
    void redoAfterUndoingACreate();
    void undoOrRedoWithAPendingEditSavesItFirst();
    void openCellEditIsSavedBeforeLeaving();
    void typedNewCommentIsAskedAbout();
    void commentButtonsFollowTheSelection();
    void deleteOnANewTutorialAsks();
    void cancelledSwitchFromANewTutorialAsksAgain();
    void search();
    void sortByCommentCount();
    void closeWithUnsavedEditsCancel();
    void closeWithUnsavedEditsSave();
    void closeWithUnsavedEditsDiscard();
    void switchingTutorialAsksAboutUnsavedEdits();
    void exportAndImportJson();
    void settingsComeBack();
    void keyboardOnly();
    void everyControlHasAName();
    void transferCanBeCancelled();
    void cancelledImportWritesNothing();
    void manyUnassignedCommentsAreReadAsShown();
    void manyCommentsOfATutorialAreReadAsShown();
    void lostConnectionKeepsTheEdit();
    void lostConnectionKeepsACommentEdit();
    void newDatabaseStartsEmpty();
    void saveOverSomeoneElsesChange();
    void openAnotherDatabase();
    void importMalformedJsonChangesNothing();
    void exportCommentsCsv();
    void blankTitleIsRefusedAtTheField();
    void commentNeedsANameAndText();
    void untitledRowsAreShownAndEditable();
    void refusedCellEditIsAskedAboutBeforeLeaving();
    void importIsOneUndoableStep();
    // Words and layout (issue 14 §4).
    void lengthErrorFollowsTheText();
    void savedFirstNoteGoesWithTheNextUndo();
    void deletedCommentMessageAgreesInNumber();
    void ctrlYRedoes();
    void searchWithoutMatchesSaysSo();
    void moveDialogOffersOnlyTutorials();
    void connectDialogShowsOnlyWhatItUses();
    void aboutSaysTheLicence();
    void keyboardShortcutsAreListed();
    void revertPutsBackWhatIsStored();
    void switchingDatabasesWithAPendingEditAsksFirst();

private:
    template<typename T> T *find(const char *name)
    {
        auto *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void loadSampleData();
    bool clickTutorial(const QString &title);
    int rowOfTitle(const QString &title);
    bool settled();
    // What a change made the window read again (the shown tutorial and its comments, or the one it went to) is in:
    // that read is on a worker thread, answered a moment after the write's own answer.
    bool detailRead() { return QTest::qWaitFor([this] { return !m_window->isReadingDetail(); }, 10000); }
    // What the database holds once the window's writes (made on its write worker) have been answered.
    // The undo history once the window's writes have been answered (a step enters it once it is made).
    int historyCount() { return m_window->waitForWrites(10000) ? m_window->undoStack()->count() : -1; }
    int historyIndex() { return m_window->waitForWrites(10000) ? m_window->undoStack()->index() : -1; }
    QVariant scalar(const QString &sql)
    {
        if (m_window && !m_window->waitForWrites(10000))
            qWarning("writes still pending after 10 s");
        if (m_window && !detailRead()) // (so that what the window shows after them can be checked next)
            qWarning("the detail still being read after 10 s");
        return m_db->scalar(sql);
    }
    qint64 idOf(const QString &title);
    void typeInto(QWidget *widget, const QString &text);
    void typeText(QWidget *widget, const QString &text);
    // The offscreen platform has no window manager to give the window back its activation after a dialog;
    // without it, window shortcuts do not fire.
    void reactivate()
    {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ErrorBoxWatch> m_errorWatch;
    QStringList m_unexpectedErrors;
};

void tst_MainWindow::initTestCase()
{
    startWindowTest(u"tst_mainwindow"_s);
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_db = TestDatabase::create(this);
    QVERIFY2(m_db, qPrintable(TestDatabase::lastError()));
    auto database = std::make_shared<Database>(m_db->url());
    auto state = Schema::init(*database);
    if (!state)
        QFAIL(qPrintable(state.error().message));
    m_window = std::make_unique<MainWindow>(database);
    m_unexpectedErrors.clear();
    m_errorWatch = std::make_unique<ErrorBoxWatch>(&m_unexpectedErrors);
    QVERIFY(showActive(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    if (m_window)
        m_window->waitForBackgroundWork();
    // A question this test prepared an answer for but never saw must not answer the next test's.
    const auto waiting = qApp->findChildren<QTimer *>(u"whenModal"_s, Qt::FindDirectChildrenOnly);
    qDeleteAll(waiting);
    m_window.reset();
    m_db.reset();
    m_errorWatch.reset();
    if (!m_unexpectedErrors.isEmpty())
        QFAIL(qPrintable(u"error shown: "_s + m_unexpectedErrors.join(u"; "_s)));
}

void tst_MainWindow::loadSampleData()
{
    auto *button = find<QPushButton>("loadSampleButton");
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible()); // once the list, read in the background, is known to be empty
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
}

bool tst_MainWindow::settled()
{
    // Writes are made on the window's write worker: their answer first, then the list read after them.
    if (!m_window->waitForWrites(10000))
        return false;
    // The list is read again in the background after a change, and the detail on its own worker: look at them once
    // the answers are in.
    return QTest::qWaitFor([this] { return !m_window->tutorialModel()->isLoading(); }, 5000) && detailRead();
}

int tst_MainWindow::rowOfTitle(const QString &title)
{
    settled();
    auto *view = find<QTreeView>("tutorialView");
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, TutorialListModel::TitleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

bool tst_MainWindow::clickTutorial(const QString &title)
{
    settled();
    auto *view = find<QTreeView>("tutorialView");
    const int row = rowOfTitle(title);
    if (row < 0)
        return false;
    return clickListRow(m_window.get(), view->model()->index(row, TutorialListModel::TitleColumn));
}

qint64 tst_MainWindow::idOf(const QString &title)
{
    if (!m_window->waitForWrites(10000))
        qWarning("writes still pending after 10 s");
    QSqlQuery query(m_db->checker());
    query.prepare(u"SELECT id FROM tutorials WHERE title = ?"_s);
    query.addBindValue(title);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void tst_MainWindow::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::MouseFocusReason);
    QTest::mouseClick(widget, Qt::LeftButton);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier); // select all, so typing replaces
    typeText(widget, text);
}

void tst_MainWindow::typeText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks knows ASCII only; other characters arrive as a keyboard layout or input method sends
    // them: a key event carrying the text, one code point at a time.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        i += length - 1;
        if (character.size() == 1 && character.at(0).unicode() < 0x7f && character.at(0).unicode() >= 0x20) {
            QTest::keyClick(widget, character.at(0).toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, character);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, character);
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

void tst_MainWindow::emptyDatabaseOffersSampleData()
{
    auto *button = find<QPushButton>("loadSampleButton");
    QTRY_VERIFY(button->isVisible()); // once the list, read in the background, is known to be empty
    loadSampleData();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments c JOIN tutorials t ON t.id = c.tutorialId "
                    "WHERE t.title = 'Tut#1' AND c.name IN ('bezkoder', 'zkoder')"_s)
                 .toInt(),
             2);
    QCOMPARE(scalar(u"SELECT text FROM comments WHERE name = 'anotherKoder'"_s).toString(), u"Awesome tut!"_s);
    QVERIFY(!button->isVisible());
    QVERIFY(rowOfTitle(u"Tut#1"_s) >= 0);
    QVERIFY(rowOfTitle(u"Tut#2"_s) >= 0);
    // The status bar counts, read on a worker thread, follow.
    auto *counts = find<QLabel>("countsLabel");
    QTRY_COMPARE(counts->text(), u"2 tutorials, 4 comments"_s);
    // Deleting a tutorial but keeping its comments: they are counted as unassigned.
    QVERIFY(clickTutorial(u"Tut#1"_s));
    whenModal([](QWidget *box) { clickNamedButton(box, "keepCommentsButton"); });
    QTest::mouseClick(find<QPushButton>("deleteTutorialButton"), Qt::LeftButton);
    QTRY_COMPARE(counts->text(), u"1 tutorial, 4 comments, 2 unassigned"_s);
}

void tst_MainWindow::sampleDataIsOneUndoableStep()
{
    loadSampleData();
    const QString ids = u"SELECT GROUP_CONCAT(id) FROM (SELECT id FROM comments ORDER BY id) c"_s;
    const QString before = scalar(ids).toString();
    QCOMPARE(historyCount(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 0);
    QVERIFY(settled());
    QTRY_VERIFY(find<QPushButton>("loadSampleButton")->isVisible()); // empty again: offered again
    m_window->findChild<QAction *>(u"actionRedo"_s)->trigger(); // Edit ▸ Redo (its keys differ by platform)
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
    QCOMPARE(scalar(ids).toString(), before); // the same rows back
    QVERIFY(settled());
    QVERIFY(rowOfTitle(u"Tut#2"_s) >= 0);
    // Someone else comments on a sample tutorial: undoing the sample would delete their comment, so it refuses.
    QVERIFY(m_db->exec(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) SELECT 'other', "
                       "'theirs', createdAt, updatedAt, id FROM tutorials WHERE title = 'Tut#2'"_s));
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QTRY_COMPARE(m_unexpectedErrors.size(), 1);
    QVERIFY2(m_unexpectedErrors.takeFirst().contains(u"someone else"_s), "says why");
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments WHERE text = 'theirs'"_s).toInt(), 1);
}

void tst_MainWindow::createTutorial()
{
    QVERIFY(m_window->findChild<QAction *>(u"actionNewTutorial"_s));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier); // Edit > New tutorial
    auto *title = find<QLineEdit>("titleEdit");
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClicks(title, u"Qt Widgets in practice"_s);
    QTest::keyClick(title, Qt::Key_Tab);
    QTest::keyClicks(find<QPlainTextEdit>("descriptionEdit"), u"Models, views & 'quotes' 100%_done"_s);
    QVERIFY(m_window->hasUnsavedChanges());
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);

    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 1);
    QCOMPARE(scalar(u"SELECT title FROM tutorials"_s).toString(), u"Qt Widgets in practice"_s);
    QCOMPARE(scalar(u"SELECT description FROM tutorials"_s).toString(), u"Models, views & 'quotes' 100%_done"_s);
    QVERIFY(!m_window->hasUnsavedChanges());
    QCOMPARE(m_window->shownTutorialId(), std::optional<qint64>(idOf(u"Qt Widgets in practice"_s)));
    QVERIFY(rowOfTitle(u"Qt Widgets in practice"_s) >= 0);
}

void tst_MainWindow::editTitleAndSave()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 id = idOf(u"Tut#1"_s);
    const QString updatedBefore = scalar(u"SELECT updatedAt FROM tutorials WHERE id = %1"_s.arg(id)).toString();
    auto *title = find<QLineEdit>("titleEdit");
    typeInto(title, u"Tut#1, revised"_s);
    QVERIFY(find<QPushButton>("saveButton")->isEnabled());
    // Not written before the person saves.
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Tut#1"_s);
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier); // File > Save tutorial
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Tut#1, revised"_s);
    QVERIFY(scalar(u"SELECT updatedAt FROM tutorials WHERE id = %1"_s.arg(id)).toString() != updatedBefore);
    QVERIFY(!m_window->hasUnsavedChanges());
    QVERIFY(!find<QPushButton>("saveButton")->isEnabled());
    QVERIFY(rowOfTitle(u"Tut#1, revised"_s) >= 0);
}

void tst_MainWindow::validationErrorAtTheField()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#2"_s));
    const qint64 id = idOf(u"Tut#2"_s);
    auto *title = find<QLineEdit>("titleEdit");
    typeInto(title, QString(256, u'é'));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    auto *error = find<QLabel>("titleError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"256"_s) && error->text().contains(u"255"_s), qPrintable(error->text()));
    QVERIFY(error->text().contains(u"title"_s));
    QCOMPARE(title->accessibleDescription(), error->text());
    QVERIFY(title->hasFocus());
    // Nothing written, the edit kept for the person to fix.
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Tut#2"_s);
    QCOMPARE(title->text().size(), 256);
    QVERIFY(m_window->hasUnsavedChanges());
    // Fixing it clears the message and saves 255 characters exactly.
    QTest::keyClick(title, Qt::Key_Backspace);
    QTest::keyClick(title, Qt::Key_Return);
    QVERIFY(!error->isVisible());
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), QString(255, u'é'));
}

void tst_MainWindow::addComment()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#2"_s));
    const qint64 id = idOf(u"Tut#2"_s);
    typeInto(find<QLineEdit>("newNameEdit"), u"Ünïcødé 🙂"_s);
    typeInto(find<QLineEdit>("newTextEdit"), u"Thanks; it's \"great\" \\o/"_s);
    QTest::mouseClick(find<QPushButton>("addCommentButton"), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId = %1"_s.arg(id)).toInt(), 3);
    QSqlQuery query(m_db->checker());
    QVERIFY(query.exec(u"SELECT name, text FROM comments ORDER BY id DESC LIMIT 1"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"Ünïcødé 🙂"_s);
    QCOMPARE(query.value(1).toString(), u"Thanks; it's \"great\" \\o/"_s);
    QCOMPARE(m_window->commentModel()->rowCount(), 3);
    QVERIFY(find<QLineEdit>("newNameEdit")->text().isEmpty());
    // The list's count follows.
    const int row = rowOfTitle(u"Tut#2"_s); // (waits for the list to be read again)
    QCOMPARE(m_window->tutorialModel()->index(row, TutorialListModel::CommentCountColumn).data().toInt(), 3);
}

void tst_MainWindow::editCommentInPlace()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *view = find<QTableView>("commentView");
    const QModelIndex cell = view->model()->index(0, CommentTableModel::TextColumn);
    const qint64 commentId = cell.data(CommentTableModel::IdRole).toLongLong();
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Very good job!"_s);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on its next event loop pass
    QTRY_COMPARE(scalar(u"SELECT text FROM comments WHERE id = %1"_s.arg(commentId)).toString(), u"Very good job!"_s);
    QCOMPARE(historyCount(), 2); // the sample, and this edit
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QCOMPARE(scalar(u"SELECT text FROM comments WHERE id = %1"_s.arg(commentId)).toString(), u"Good job!"_s);
}

void tst_MainWindow::commentValidationKeepsTheText()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *view = find<QTableView>("commentView");
    const QModelIndex cell = view->model()->index(0, CommentTableModel::NameColumn);
    const qint64 commentId = cell.data(CommentTableModel::IdRole).toLongLong();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    const QString tooLong(300, u'x');
    QTest::keyClicks(editor, tooLong);
    QTest::keyClick(editor, Qt::Key_Return);
    auto *error = find<QLabel>("commentError");
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"name"_s) && error->text().contains(u"300"_s), qPrintable(error->text()));
    QCOMPARE(scalar(u"SELECT name FROM comments WHERE id = %1"_s.arg(commentId)).toString(), u"bezkoder"_s);
    // The editor is open again with what was typed.
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), tooLong);
    QCOMPARE(historyCount(), 1); // only the sample: the refused edit is not on the stack
}

void tst_MainWindow::moveCommentWithDialog()
{
    loadSampleData();
    const qint64 tut1 = idOf(u"Tut#1"_s);
    const qint64 tut2 = idOf(u"Tut#2"_s);
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *view = find<QTableView>("commentView");
    const QModelIndex cell = view->model()->index(1, CommentTableModel::CreatedColumn);
    const qint64 commentId = cell.data(CommentTableModel::IdRole).toLongLong();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    auto seen = std::make_shared<QString>();
    whenModal(
        [](QWidget *dialog) {
            auto *tutorials = dialog->findChild<QTreeView *>(u"tutorialView"_s);
            QVERIFY(tutorials);
            QVERIFY(waitUntilListed(tutorials));
            int row = -1;
            for (int r = 0; r < tutorials->model()->rowCount(); ++r) {
                if (tutorials->model()->index(r, 0).data().toString() == u"Tut#2")
                    row = r;
            }
            QVERIFY(row >= 0);
            QTest::mouseClick(tutorials->viewport(), Qt::LeftButton, {},
                              tutorials->visualRect(tutorials->model()->index(row, 0)).center());
            auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
            QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        seen);
    QTest::mouseClick(find<QPushButton>("moveCommentButton"), Qt::LeftButton);
    QCOMPARE(*seen, u"moveCommentDialog"_s);
    QCOMPARE(scalar(u"SELECT tutorialId FROM comments WHERE id = %1"_s.arg(commentId)).toLongLong(), tut2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId = %1"_s.arg(tut1)).toInt(), 1);
    QCOMPARE(m_window->commentModel()->rowCount(), 1);
}

void tst_MainWindow::moveCommentByDrop()
{
    loadSampleData();
    const qint64 tut2 = idOf(u"Tut#2"_s);
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *comments = find<QTableView>("commentView");
    const QModelIndex cell = comments->model()->index(0, CommentTableModel::NameColumn);
    const qint64 commentId = cell.data(CommentTableModel::IdRole).toLongLong();
    // The drop as the window system delivers it to the list (QDrag::exec runs its own loop, which a test cannot
    // steer offscreen): enter, move over the Tut#2 row, drop, carrying the comment table's own drag data.
    auto *mime = comments->model()->mimeData({cell});
    QVERIFY(mime);
    auto *tutorials = find<QTreeView>("tutorialView");
    const QPoint over = tutorials->visualRect(tutorials->model()->index(rowOfTitle(u"Tut#2"_s), 0)).center();
    QWidget *viewport = tutorials->viewport();
    QDragEnterEvent enter(over, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(over, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY2(move.isAccepted(), "the Tut#2 row takes comments");
    QDropEvent drop(over, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    delete mime;
    QTRY_COMPARE(scalar(u"SELECT tutorialId FROM comments WHERE id = %1"_s.arg(commentId)).toLongLong(), tut2);
    QVERIFY(detailRead());
    QCOMPARE(m_window->commentModel()->rowCount(), 1);
    // Undo (Edit ▸ Undo) puts it back.
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QCOMPARE(scalar(u"SELECT tutorialId FROM comments WHERE id = %1"_s.arg(commentId)).toLongLong(), idOf(u"Tut#1"_s));
}

void tst_MainWindow::deleteTutorialWithComments()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 id = idOf(u"Tut#1"_s);
    auto seen = std::make_shared<QString>();
    QString question;
    whenModal(
        [&question](QWidget *box) {
            question = qobject_cast<QMessageBox *>(box)->text();
            clickNamedButton(box, "deleteCommentsButton");
        },
        seen);
    find<QTreeView>("tutorialView")->setFocus();
    QTest::keyClick(find<QTreeView>("tutorialView"), Qt::Key_Delete);
    QCOMPARE(*seen, u"deleteTutorialBox"_s);
    QVERIFY2(question.contains(u"Tut#1"_s) && question.contains(u"2 comments"_s), qPrintable(question));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE id = %1"_s.arg(id)).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s).toInt(), 0);
    QCOMPARE(rowOfTitle(u"Tut#1"_s), -1);
    QVERIFY(settled());
    QVERIFY(!m_window->tutorialModel()->hasUnassignedRow());
}

void tst_MainWindow::deleteTutorialKeepingComments()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#2"_s));
    const qint64 id = idOf(u"Tut#2"_s);
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickNamedButton(box, "keepCommentsButton"); }, seen);
    QTest::mouseClick(find<QPushButton>("deleteTutorialButton"), Qt::LeftButton);
    QCOMPARE(*seen, u"deleteTutorialBox"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE id = %1"_s.arg(id)).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s).toInt(), 2);
    // The orphans are listed under "Unassigned comments".
    QVERIFY(settled());
    QVERIFY(m_window->tutorialModel()->hasUnassignedRow());
    // Its words take the whole row (its other columns have nothing to say), and still do after the list is sorted
    // again by a click on a column's header and read anew.
    auto *list = find<QTreeView>("tutorialView");
    const auto entrySpans = [list] {
        return list->visualRect(list->model()->index(0, 0)).width() > list->columnWidth(0)
            && list->visualRect(list->model()->index(1, 0)).width() == list->columnWidth(0);
    };
    QVERIFY(entrySpans());
    QHeaderView *header = list->header();
    const int x = header->sectionViewportPosition(TutorialListModel::CommentCountColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTRY_VERIFY(!m_window->tutorialModel()->isLoading());
    QCOMPARE(m_window->tutorialModel()->sortColumn(), int(TutorialListModel::CommentCountColumn));
    QVERIFY(entrySpans());
    m_window->findChild<QAction *>(u"actionRefresh"_s)->trigger();
    QTRY_VERIFY(!m_window->tutorialModel()->isLoading());
    QVERIFY(entrySpans());
    QVERIFY(clickTutorial(u"Unassigned comments"_s));
    QCOMPARE(m_window->commentModel()->rowCount(), 2);
    // And can be given a tutorial again by moving them.
    auto *view = find<QTableView>("commentView");
    view->setFocus();
    view->selectAll();
    QVERIFY(m_window->findChild<QAction *>(u"actionMoveComments"_s)->isEnabled());
    *seen = QString();
    whenModal(
        [](QWidget *dialog) {
            auto *tutorials = dialog->findChild<QTreeView *>(u"tutorialView"_s);
            QVERIFY(waitUntilListed(tutorials));
            for (int r = 0; r < tutorials->model()->rowCount(); ++r) {
                if (tutorials->model()->index(r, 0).data().toString() == u"Tut#1")
                    tutorials->setCurrentIndex(tutorials->model()->index(r, 0));
            }
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        },
        seen);
    reactivate();
    QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier); // Edit > Move comments to…
    QCOMPARE(*seen, u"moveCommentDialog"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId = %1"_s.arg(idOf(u"Tut#1"_s))).toInt(), 4);
    QVERIFY(settled());
    QVERIFY(!m_window->tutorialModel()->hasUnassignedRow());
}

void tst_MainWindow::undoAndRedo()
{
    loadSampleData();
    const qint64 id = idOf(u"Tut#1"_s);
    const QString before = scalar(u"SELECT createdAt FROM tutorials WHERE id = %1"_s.arg(id)).toString();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    // Delete with its comments, then undo: the same rows come back, same ids, same timestamps.
    whenModal([](QWidget *box) { clickNamedButton(box, "deleteCommentsButton"); });
    QTest::mouseClick(find<QPushButton>("deleteTutorialButton"), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 2);
    auto *tree = find<QTreeView>("tutorialView");
    tree->setFocus();
    QVERIFY(m_window->findChild<QAction *>(u"actionUndo"_s)->isEnabled());
    reactivate();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Tut#1"_s);
    QCOMPARE(scalar(u"SELECT createdAt FROM tutorials WHERE id = %1"_s.arg(id)).toString(), before);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId = %1"_s.arg(id)).toInt(), 2);
    QCOMPARE(scalar(u"SELECT name FROM comments WHERE id = 1"_s).toString(), u"bezkoder"_s);
    QVERIFY(detailRead());
    QCOMPARE(m_window->shownTutorialId(), std::optional<qint64>(id));
    // Redo deletes again.
    // Redo as this platform binds it (Ctrl+Shift+Z on X11, Ctrl+Y on Windows).
    const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0];
    QTest::keyClick(tree, redo.key(), redo.keyboardModifiers());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE id = %1"_s.arg(id)).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 2);

    // An edit, undone and redone.
    QVERIFY(clickTutorial(u"Tut#2"_s));
    const qint64 id2 = idOf(u"Tut#2"_s);
    typeInto(find<QLineEdit>("titleEdit"), u"Second"_s);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id2)).toString(), u"Second"_s);
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id2)).toString(), u"Tut#2"_s);
    QCOMPARE(find<QLineEdit>("titleEdit")->text(), u"Tut#2"_s);
    m_window->findChild<QAction *>(u"actionRedo"_s)->trigger();
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id2)).toString(), u"Second"_s);

    // A created tutorial, undone (gone) and redone (back with the same id).
    QTest::mouseClick(m_window->findChild<QWidget *>(u"titleEdit"_s), Qt::LeftButton);
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(find<QLineEdit>("titleEdit"), u"Third"_s);
    QTest::keyClick(find<QLineEdit>("titleEdit"), Qt::Key_Return);
    const qint64 id3 = idOf(u"Third"_s);
    QVERIFY(id3 > 0);
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE id = %1"_s.arg(id3)).toInt(), 0);
    m_window->findChild<QAction *>(u"actionRedo"_s)->trigger();
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id3)).toString(), u"Third"_s);
}

// Two saves of one title, then Undo twice: the older edit's undo is not "someone else's change" because of the
// newer one's undo (each step expects the row as this window last wrote it, whichever step wrote it).
void tst_MainWindow::undoTwoEditsOfTheSameRow()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 id = idOf(u"Tut#1"_s);
    auto *title = find<QLineEdit>("titleEdit");
    const QString titleOf = u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id);
    for (const QString &text : {u"One"_s, u"Two"_s}) {
        typeInto(title, text);
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        QCOMPARE(scalar(titleOf).toString(), text);
    }
    auto *undo = m_window->findChild<QAction *>(u"actionUndo"_s);
    auto *redo = m_window->findChild<QAction *>(u"actionRedo"_s);
    undo->trigger();
    QCOMPARE(scalar(titleOf).toString(), u"One"_s);
    undo->trigger();
    QCOMPARE(scalar(titleOf).toString(), u"Tut#1"_s);
    QCOMPARE(historyIndex(), 1); // only the sample left to undo
    QCOMPARE(historyCount(), 3);
    redo->trigger();
    redo->trigger();
    QCOMPARE(scalar(titleOf).toString(), u"Two"_s);
    QVERIFY(detailRead());
    QCOMPARE(title->text(), u"Two"_s);
    QVERIFY(m_unexpectedErrors.isEmpty());
}

// Undo over someone else's change is refused, and the step stays the next to undo: the Undo after it must not
// take back an older step (here: the whole sample) instead.
void tst_MainWindow::failedUndoStaysOnTheStack()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 id = idOf(u"Tut#1"_s);
    typeInto(find<QLineEdit>("titleEdit"), u"Mine"_s);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(historyCount(), 2);
    // Another editor (the seed's own service, say) changes the row meanwhile.
    QVERIFY(m_db->exec(u"UPDATE tutorials SET title = 'Theirs', updatedAt = '2030-01-01 00:00:00' WHERE id = %1"_s
                           .arg(id)));
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QTRY_COMPARE(m_unexpectedErrors.size(), 1);
    QVERIFY2(m_unexpectedErrors.takeFirst().contains(u"someone else"_s), "the refusal says why");
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Theirs"_s);
    QCOMPARE(historyCount(), 2); // the step is still there
    QCOMPARE(historyIndex(), 2); // and still the next to undo
    // The next Undo tries the same step again (refused again): the sample is not touched.
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QTRY_COMPARE(m_unexpectedErrors.size(), 1);
    m_unexpectedErrors.clear();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
    QCOMPARE(historyIndex(), 2);
}

// Someone deleted the tutorial an edit was made to: that undo can never run. It is taken off the list (said so),
// instead of blocking every older step behind it.
void tst_MainWindow::undoOfARowGoneForGoodIsDropped()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 id = idOf(u"Tut#1"_s);
    typeInto(find<QLineEdit>("titleEdit"), u"Mine"_s);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(historyCount(), 2);
    QVERIFY(m_db->exec(u"DELETE FROM comments WHERE tutorialId = %1"_s.arg(id)));
    QVERIFY(m_db->exec(u"DELETE FROM tutorials WHERE id = %1"_s.arg(id)));
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QTRY_COMPARE(m_unexpectedErrors.size(), 1);
    QVERIFY2(m_unexpectedErrors.takeFirst().contains(u"taken off the undo list"_s), "says the step was dropped");
    QCOMPARE(historyCount(), 1); // the sample's step is reachable again
    QCOMPARE(historyIndex(), 1);
}

// Create a tutorial, edit it, undo both, redo both: the row put back by the first redo is what the second expects
// (not "changed by someone else").
void tst_MainWindow::redoAfterUndoingACreate()
{
    loadSampleData();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *title = find<QLineEdit>("titleEdit");
    typeInto(title, u"Fresh"_s);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    typeInto(title, u"Fresher"_s);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE title = 'Fresher'"_s).toInt(), 1);
    auto *undo = m_window->findChild<QAction *>(u"actionUndo"_s);
    auto *redo = m_window->findChild<QAction *>(u"actionRedo"_s);
    undo->trigger();
    undo->trigger();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
    redo->trigger();
    redo->trigger();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE title = 'Fresher'"_s).toInt(), 1);
    QCOMPARE(historyIndex(), 3);
    QVERIFY(m_unexpectedErrors.isEmpty());
}

// Undo or Redo pressed with an edit still pending: the edit is saved first — its own step — and nothing else
// happens until the next press (Redo used to crash here: saving had cleared what there was to redo).
void tst_MainWindow::undoOrRedoWithAPendingEditSavesItFirst()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 id = idOf(u"Tut#1"_s);
    const QString titleOf = u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id);
    auto *title = find<QLineEdit>("titleEdit");
    typeInto(title, u"One"_s);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    auto *undo = m_window->findChild<QAction *>(u"actionUndo"_s);
    auto *redo = m_window->findChild<QAction *>(u"actionRedo"_s);
    undo->trigger();
    QCOMPARE(scalar(titleOf).toString(), u"Tut#1"_s);
    QVERIFY(redo->isEnabled());
    typeInto(title, u"Two"_s);
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Save); });
    redo->trigger();
    QCOMPARE(scalar(titleOf).toString(), u"Two"_s); // saved, and not replaced by the redo of "One"
    QVERIFY(!redo->isEnabled()); // a new edit: nothing to redo any more
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"saved first"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    // An open comment cell and Undo: the cell is saved, and stays so until Undo is pressed again.
    reactivate(); // after the question (no window manager offscreen)
    auto *view = find<QTableView>("commentView");
    view->setFocus();
    const QModelIndex cell = view->model()->index(0, CommentTableModel::TextColumn);
    const qint64 commentId = cell.data(CommentTableModel::IdRole).toLongLong();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"typed"_s);
    undo->trigger();
    const QString textOf = u"SELECT text FROM comments WHERE id = %1"_s.arg(commentId);
    QCOMPARE(scalar(textOf).toString(), u"typed"_s);
    undo->trigger();
    QCOMPARE(scalar(textOf).toString(), u"Good job!"_s);
    QCOMPARE(scalar(titleOf).toString(), u"Two"_s); // only the cell's step was taken back
    QVERIFY(m_unexpectedErrors.isEmpty());
}

// F2 on a comment, type, then Refresh (or anything else that reads the comments again): what was typed is
// saved first, as leaving the cell would, never dropped.
void tst_MainWindow::openCellEditIsSavedBeforeLeaving()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *view = find<QTableView>("commentView");
    const QModelIndex cell = view->model()->index(1, CommentTableModel::TextColumn);
    const qint64 commentId = cell.data(CommentTableModel::IdRole).toLongLong();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"typed, then Refresh"_s);
    m_window->findChild<QAction *>(u"actionRefresh"_s)->trigger();
    QCOMPARE(scalar(u"SELECT text FROM comments WHERE id = %1"_s.arg(commentId)).toString(), u"typed, then Refresh"_s);
    QCOMPARE(historyCount(), 2); // and undoable
}

// A comment typed in the add line but not added yet is an unsaved edit: switching tutorials asks, and Save adds
// it to the tutorial it was typed for, not to the one clicked.
void tst_MainWindow::typedNewCommentIsAskedAbout()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 first = idOf(u"Tut#1"_s);
    QVERIFY(!m_window->isWindowModified());
    typeInto(find<QLineEdit>("newNameEdit"), u"reader"_s);
    typeInto(find<QLineEdit>("newTextEdit"), u"about Tut#1"_s);
    QVERIFY(m_window->isWindowModified()); // the title's [*], and the status bar, say so
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Save); }, seen);
    QVERIFY(clickTutorial(u"Tut#2"_s));
    QCOMPARE(*seen, u"unsavedChangesBox"_s);
    QCOMPARE(scalar(u"SELECT tutorialId FROM comments WHERE text = 'about Tut#1'"_s).toLongLong(), first);
    QVERIFY(find<QLineEdit>("newNameEdit")->text().isEmpty());
    // Discard drops it, and asks nothing more.
    typeInto(find<QLineEdit>("newTextEdit"), u"dropped"_s);
    seen->clear();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Discard); }, seen);
    QVERIFY(clickTutorial(u"Tut#1"_s));
    QCOMPARE(*seen, u"unsavedChangesBox"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments WHERE text = 'dropped'"_s).toInt(), 0);
    QVERIFY(find<QLineEdit>("newTextEdit")->text().isEmpty());
}

void tst_MainWindow::commentButtonsFollowTheSelection()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *view = find<QTableView>("commentView");
    auto *remove = find<QPushButton>("deleteCommentButton");
    auto *move = find<QPushButton>("moveCommentButton");
    QVERIFY(!remove->isEnabled());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, CommentTableModel::NameColumn)).center());
    QVERIFY(remove->isEnabled() && move->isEnabled());
    // Another tutorial: nothing is selected there, so there is nothing to delete or move.
    QVERIFY(clickTutorial(u"Tut#2"_s));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!move->isEnabled());
}

void tst_MainWindow::deleteOnANewTutorialAsks()
{
    loadSampleData();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    typeInto(find<QLineEdit>("titleEdit"), u"Half written"_s);
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Cancel); }, seen);
    m_window->findChild<QAction *>(u"actionDelete"_s)->trigger();
    QCOMPARE(*seen, u"discardNewTutorialBox"_s);
    QCOMPARE(find<QLineEdit>("titleEdit")->text(), u"Half written"_s); // kept
    QVERIFY(m_window->hasUnsavedChanges());
    seen->clear();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Discard); }, seen);
    m_window->findChild<QAction *>(u"actionDelete"_s)->trigger();
    QCOMPARE(*seen, u"discardNewTutorialBox"_s);
    QVERIFY(!m_window->hasUnsavedChanges());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2); // nothing was ever written
}

// Cancel the question when leaving a new tutorial for Tut#2, then click Tut#2 again: asked again, not ignored.
void tst_MainWindow::cancelledSwitchFromANewTutorialAsksAgain()
{
    loadSampleData();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    typeInto(find<QLineEdit>("titleEdit"), u"Draft"_s);
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Cancel); }, seen);
    clickTutorial(u"Tut#2"_s);
    QCOMPARE(*seen, u"unsavedChangesBox"_s);
    QCOMPARE(m_window->shownTutorialId(), std::nullopt); // still the draft
    // The selection goes back after the question: no row stays current.
    QTRY_VERIFY(!find<QTreeView>("tutorialView")->currentIndex().isValid());
    seen->clear();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Discard); }, seen);
    QVERIFY(clickTutorial(u"Tut#2"_s));
    QCOMPARE(*seen, u"unsavedChangesBox"_s);
    QCOMPARE(m_window->shownTutorialId(), std::optional<qint64>(idOf(u"Tut#2"_s)));
}

void tst_MainWindow::search()
{
    // The list filters after a short pause in typing: wait for it to have taken the text.
    auto applied = [this](const QString &text) {
        return m_window->tutorialModel()->search() == text && !m_window->tutorialModel()->isLoading();
    };
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    typeInto(find<QLineEdit>("titleEdit"), u"100% _real_ tutorial"_s);
    QTest::keyClick(find<QLineEdit>("titleEdit"), Qt::Key_Return);
    auto *search = find<QLineEdit>("searchEdit");
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"Tut#2"_s);
    QTRY_VERIFY(applied(u"Tut#2"_s));
    QTRY_COMPARE(m_window->tutorialModel()->rowCount(), 1);
    QCOMPARE(rowOfTitle(u"Tut#2"_s), 0);
    // Description matches too.
    search->clear();
    QTest::keyClicks(search, u"2 desc"_s);
    QTRY_VERIFY(applied(u"2 desc"_s));
    QTRY_COMPARE(m_window->tutorialModel()->rowCount(), 1);
    QCOMPARE(rowOfTitle(u"Tut#2"_s), 0);
    // % and _ are taken literally.
    search->clear();
    QTest::keyClicks(search, u"0% _r"_s);
    QTRY_VERIFY(applied(u"0% _r"_s));
    QTRY_COMPARE(m_window->tutorialModel()->rowCount(), 1);
    QCOMPARE(rowOfTitle(u"100% _real_ tutorial"_s), 0);
    search->clear();
    QTest::keyClicks(search, u"%"_s);
    QTRY_VERIFY(applied(u"%"_s));
    QTRY_COMPARE(m_window->tutorialModel()->rowCount(), 1);
    search->clear();
    QTest::keyClicks(search, u"_x"_s);
    QTRY_VERIFY(applied(u"_x"_s));
    QTRY_COMPARE(m_window->tutorialModel()->rowCount(), 0);
    search->clear();
    QTRY_VERIFY(applied({}));
    QTRY_COMPARE(m_window->tutorialModel()->rowCount(), 2);
}

void tst_MainWindow::sortByCommentCount()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#2"_s));
    typeInto(find<QLineEdit>("newNameEdit"), u"third"_s);
    typeInto(find<QLineEdit>("newTextEdit"), u"comment"_s);
    QTest::keyClick(find<QLineEdit>("newTextEdit"), Qt::Key_Return);
    auto *tree = find<QTreeView>("tutorialView");
    auto *header = tree->header();
    // Clicking the Comments header sorts by it; clicking again reverses.
    const int x = header->sectionViewportPosition(TutorialListModel::CommentCountColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    const Qt::SortOrder first = m_window->tutorialModel()->sortOrder();
    QCOMPARE(m_window->tutorialModel()->sortColumn(), int(TutorialListModel::CommentCountColumn));
    // The new order is read in the background: the rows change when it answers.
    QTRY_VERIFY(!m_window->tutorialModel()->isLoading());
    QCOMPARE(rowOfTitle(u"Tut#2"_s), first == Qt::AscendingOrder ? 1 : 0);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QTRY_VERIFY(!m_window->tutorialModel()->isLoading());
    QCOMPARE(rowOfTitle(u"Tut#2"_s), first == Qt::AscendingOrder ? 0 : 1);
    // The shown tutorial stays selected through the new order.
    QCOMPARE(find<QTreeView>("tutorialView")->currentIndex().data(TutorialListModel::IdRole).toLongLong(),
             idOf(u"Tut#2"_s));
    // By title from the View menu.
    m_window->findChild<QAction *>(u"actionSortTitle"_s)->trigger();
    QCOMPARE(m_window->tutorialModel()->sortColumn(), int(TutorialListModel::TitleColumn));
}

void tst_MainWindow::closeWithUnsavedEditsCancel()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    typeInto(find<QLineEdit>("titleEdit"), u"Edited"_s);
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Cancel); }, seen);
    QVERIFY(!m_window->close());
    QCOMPARE(*seen, u"unsavedChangesBox"_s);
    QVERIFY(m_window->isVisible());
    QCOMPARE(find<QLineEdit>("titleEdit")->text(), u"Edited"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE title = 'Edited'"_s).toInt(), 0);
}

void tst_MainWindow::closeWithUnsavedEditsSave()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    typeInto(find<QLineEdit>("titleEdit"), u"Edited"_s);
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Save); }, seen);
    QVERIFY(m_window->close());
    QCOMPARE(*seen, u"unsavedChangesBox"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE title = 'Edited'"_s).toInt(), 1);
}

void tst_MainWindow::closeWithUnsavedEditsDiscard()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    typeInto(find<QLineEdit>("titleEdit"), u"Edited"_s);
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Discard); }, seen);
    QVERIFY(m_window->close());
    QCOMPARE(*seen, u"unsavedChangesBox"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE title = 'Edited'"_s).toInt(), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE title = 'Tut#1'"_s).toInt(), 1);
}

void tst_MainWindow::switchingTutorialAsksAboutUnsavedEdits()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 id = idOf(u"Tut#1"_s);
    typeInto(find<QLineEdit>("titleEdit"), u"Edited"_s);
    // Cancel: the form keeps the edit and the list goes back to Tut#1.
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Cancel); });
    clickTutorial(u"Tut#2"_s);
    QCOMPARE(m_window->shownTutorialId(), std::optional<qint64>(id));
    QCOMPARE(find<QLineEdit>("titleEdit")->text(), u"Edited"_s);
    QTRY_COMPARE(find<QTreeView>("tutorialView")->currentIndex().data(TutorialListModel::IdRole).toLongLong(), id);
    // Save: written, then Tut#2 shows.
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Save); });
    QVERIFY(clickTutorial(u"Tut#2"_s));
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Edited"_s);
    QCOMPARE(find<QLineEdit>("titleEdit")->text(), u"Tut#2"_s);
}

void tst_MainWindow::openAnotherDatabase()
{
    // A second database with one tutorial in it.
    auto other = TestDatabase::create(m_db->kind(), u"other"_s);
    QVERIFY2(other, qPrintable(TestDatabase::lastError()));
    {
        Database database(other->url());
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        QVERIFY(service.createTutorial(u"Elsewhere"_s, u"In the other database"_s));
    }
    const DatabaseUrl url = other->url();
    if (url.isSqlite()) {
        // File > Open database…
        m_window->setFileChooser([path = url.path()](auto, auto &, auto &, auto &) { return path; });
        m_window->findChild<QAction *>(u"actionOpenDatabase"_s)->trigger();
    } else {
        // File > Connect to server…, filled in, tested, connected.
        auto result = std::make_shared<QString>();
        whenModal(
            [url, result](QWidget *dialog) {
                auto field
                    = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QString::fromLatin1(name)); };
                field("socketEdit")->setText(url.socket());
                field("hostEdit")->setText(url.hosts().value(0).name);
                field("userEdit")->setText(url.user());
                field("passwordEdit")->setText(url.password());
                // A database that does not exist: the server's refusal, in its words.
                field("databaseEdit")->setText(u"no_such_database_here"_s);
                auto *test = dialog->findChild<QPushButton *>(u"testButton"_s);
                auto *answer = dialog->findChild<QLabel *>(u"testResult"_s);
                QTest::mouseClick(test, Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && answer->text().startsWith(u"Error"_s), 15000);
                QVERIFY2(answer->text().contains(u"no_such_database_here"_s), qPrintable(answer->text()));
                field("databaseEdit")->setText(url.databaseName());
                QTest::mouseClick(test, Qt::LeftButton);
                QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && answer->text().contains(u"Connected"_s), 15000);
                *result = answer->text();
                QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                                  Qt::LeftButton);
            },
            {}, "ConnectDialog");
        m_window->findChild<QAction *>(u"actionConnect"_s)->trigger();
        QVERIFY2(result->contains(u"MariaDB"_s) && result->contains(u"Sequelize tutorials application"_s),
                 qPrintable(*result));
    }
    QCOMPARE(m_window->database().url().toString(), url.toString());
    QVERIFY2(m_window->windowTitle().contains(url.displayName()), qPrintable(m_window->windowTitle()));
    QVERIFY(settled());
    QCOMPARE(m_window->tutorialModel()->rowCount(), 1);
    QCOMPARE(rowOfTitle(u"Elsewhere"_s), 0);
    QCOMPARE(historyCount(), 0);
    // Remembered for the next start, without a password.
    QCOMPARE(QSettings().value(u"database/last"_s).toString(), url.toString(false));
    // Edits now go to the other database.
    QVERIFY(clickTutorial(u"Elsewhere"_s));
    typeInto(find<QLineEdit>("titleEdit"), u"Elsewhere, edited"_s);
    QTest::keyClick(find<QLineEdit>("titleEdit"), Qt::Key_Return);
    QVERIFY(m_window->waitForWrites());
    QCOMPARE(other->scalar(u"SELECT title FROM tutorials"_s).toString(), u"Elsewhere, edited"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 0);
    // File > Recent databases goes back to the first one.
    auto *recent = m_window->findChild<QMenu *>(u"menuRecent"_s);
    QVERIFY(recent);
    QCOMPARE(recent->actions().size(), 2);
    QCOMPARE(recent->actions().at(0)->text(), url.displayName()); // the latest first
    recent->actions().at(1)->trigger();
    QCOMPARE(m_window->database().url().toString(), m_db->url().toString());
    QVERIFY(settled());
    QCOMPARE(m_window->tutorialModel()->rowCount(), 0);
    m_window->waitForBackgroundWork();
    m_window.reset(); // before its database is dropped
}

void tst_MainWindow::saveOverSomeoneElsesChange()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 id = idOf(u"Tut#1"_s);
    // Another editor (here: plain SQL, as the seed's service would) saves a new title meanwhile.
    QVERIFY(m_db->exec(
        u"UPDATE tutorials SET title = 'Theirs', updatedAt = '2030-01-01 00:00:00' WHERE id = %1"_s.arg(id)));
    typeInto(find<QLineEdit>("titleEdit"), u"Mine"_s);
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickNamedButton(box, "keepEditingButton"); }, seen);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(*seen, u"conflictBox"_s); // asked once the database has refused the save
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Theirs"_s);
    QCOMPARE(find<QLineEdit>("titleEdit")->text(), u"Mine"_s); // kept for the person
    QCOMPARE(historyCount(), 1); // only the sample
    // Reload: theirs is shown, mine dropped because the person said so.
    seen->clear();
    whenModal([](QWidget *box) { clickNamedButton(box, "reloadButton"); }, seen);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(*seen, u"conflictBox"_s);
    QTRY_COMPARE(find<QLineEdit>("titleEdit")->text(), u"Theirs"_s);
    QVERIFY(!m_window->hasUnsavedChanges());
    // Overwrite: mine is saved over theirs.
    QVERIFY(m_db->exec(u"UPDATE tutorials SET title = 'Theirs again', updatedAt = '2031-01-01 00:00:00' "
                       "WHERE id = %1"_s.arg(id)));
    typeInto(find<QLineEdit>("titleEdit"), u"Mine"_s);
    whenModal([](QWidget *box) { clickNamedButton(box, "overwriteButton"); }, seen);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Mine"_s);
    QVERIFY(!m_window->hasUnsavedChanges());
}

void tst_MainWindow::newDatabaseStartsEmpty()
{
    loadSampleData();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fresh.sqlite"_s);
    m_window->setFileChooser([path](auto, auto &, auto &, auto &) { return path; });
    m_window->findChild<QAction *>(u"actionNewDatabase"_s)->trigger();
    QCOMPARE(m_window->database().url().path(), path);
    QVERIFY(QFile::exists(path));
    QVERIFY(settled());
    QCOMPARE(m_window->tutorialModel()->rowCount(), 0);
    QVERIFY(find<QPushButton>("loadSampleButton")->isVisible()); // offered again for the empty database
    QTest::mouseClick(find<QPushButton>("loadSampleButton"), Qt::LeftButton);
    QVERIFY(settled());
    QCOMPARE(m_window->tutorialModel()->rowCount(), 2);
    // The first database was not touched.
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
    m_window->waitForBackgroundWork();
    m_window.reset(); // before its file goes
}

void tst_MainWindow::lostConnectionKeepsTheEdit()
{
    if (!m_db->isMySql())
        QSKIP("an SQLite file has no connection to lose");
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const qint64 id = idOf(u"Tut#1"_s);
    typeInto(find<QLineEdit>("titleEdit"), u"Saved after the server came back"_s);
    // The server drops the window's connections (as a restart would); the checker's own stays.
    const qint64 mine = scalar(u"SELECT CONNECTION_ID()"_s).toLongLong();
    QSqlQuery query(TestDatabase::mariadbAdmin());
    query.prepare(u"SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> ?"_s);
    query.addBindValue(m_db->url().databaseName());
    query.addBindValue(mine);
    QVERIFY(query.exec());
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    QVERIFY(!ids.isEmpty());
    for (const qint64 connection : ids)
        QSqlQuery(TestDatabase::mariadbAdmin()).exec(u"KILL %1"_s.arg(connection));

    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    // No dialog (an error box would fail the test): the edit stays in the form, and the write worker reconnects by
    // itself and saves it (a banner says so while it cannot).
    auto *banner = find<QWidget>("connectionBanner");
    QCOMPARE(find<QLineEdit>("titleEdit")->text(), u"Saved after the server came back"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QTRY_COMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(),
                 u"Saved after the server came back"_s);
    QVERIFY(!m_window->hasUnsavedChanges());
    QVERIFY(m_unexpectedErrors.isEmpty());
}

void tst_MainWindow::lostConnectionKeepsACommentEdit()
{
    if (!m_db->isMySql())
        QSKIP("an SQLite file has no connection to lose");
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *view = find<QTableView>("commentView");
    const QModelIndex cell = view->model()->index(0, CommentTableModel::TextColumn);
    const qint64 commentId = cell.data(CommentTableModel::IdRole).toLongLong();
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Typed while the server was away"_s);
    // The server drops the window's connections just before the cell is committed.
    const qint64 mine = scalar(u"SELECT CONNECTION_ID()"_s).toLongLong();
    QSqlQuery query(TestDatabase::mariadbAdmin());
    query.prepare(u"SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> ?"_s);
    query.addBindValue(m_db->url().databaseName());
    query.addBindValue(mine);
    QVERIFY(query.exec());
    while (query.next())
        QSqlQuery(TestDatabase::mariadbAdmin()).exec(u"KILL %1"_s.arg(query.value(0).toLongLong()));
    QTest::keyClick(editor, Qt::Key_Return);
    auto *banner = find<QWidget>("connectionBanner");
    QTRY_VERIFY(banner->isVisible());
    // Saved by itself once the window has reconnected; nothing was asked.
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QTRY_COMPARE(scalar(u"SELECT text FROM comments WHERE id = %1"_s.arg(commentId)).toString(),
                 u"Typed while the server was away"_s);
    QVERIFY(m_unexpectedErrors.isEmpty());
}

void tst_MainWindow::manyUnassignedCommentsAreReadAsShown()
{
    // 1,200 unassigned comments, as after deleting tutorials and keeping their comments.
    QStringList rows;
    for (int i = 1; i <= 1200; ++i)
        rows << u"('n%1', 't%1', '2026-11-25 21:23:58', '2026-11-25 21:23:58', NULL)"_s.arg(i);
    QVERIFY(m_db->exec(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) VALUES "_s
                       + rows.join(u", "_s)));
    QTest::keyClick(m_window.get(), Qt::Key_F5); // View > Refresh
    QVERIFY(settled());
    QVERIFY(m_window->tutorialModel()->hasUnassignedRow());
    QCOMPARE(m_window->tutorialModel()->index(0, TutorialListModel::CommentCountColumn).data().toInt(), 1200);
    CommentTableModel *model = m_window->commentModel();
    const qint64 before = model->rowsRead();
    QVERIFY(clickTutorial(u"Unassigned comments"_s));
    // Every row is there at once (the scrollbar stands for all 1,200), but only the first block was read...
    QCOMPARE(model->rowCount(), 1200);
    QVERIFY(model->rowsRead() - before <= CommentTableModel::BlockSize);
    QVERIFY(!model->isRowLoaded(1199));
    // ...and scrolling to the end brings the rows there, and no others.
    auto *view = find<QTableView>("commentView");
    view->scrollToBottom();
    QTRY_COMPARE(model->index(1199, CommentTableModel::NameColumn).data().toString(), u"n1200"_s);
    QVERIFY(!model->isRowLoaded(600));
}

void tst_MainWindow::manyCommentsOfATutorialAreReadAsShown()
{
    loadSampleData();
    const qint64 id = scalar(u"SELECT id FROM tutorials WHERE title = 'Tut#2'"_s).toLongLong();
    QStringList rows;
    for (int i = 1; i <= 1200; ++i)
        rows << u"('n%1', 't%1', '2026-11-25 21:23:58', '2026-11-25 21:23:58', %2)"_s.arg(i).arg(id);
    QVERIFY(m_db->exec(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) VALUES "_s
                       + rows.join(u", "_s)));
    QVERIFY(clickTutorial(u"Tut#2"_s));
    QCOMPARE(m_window->commentModel()->rowCount(), 1202);
    auto *view = find<QTableView>("commentView");
    // An edit far down the list: saved, and the rows read again stay loaded with the edited one selected.
    const QModelIndex cell = m_window->commentModel()->index(1100, CommentTableModel::TextColumn);
    const qint64 commentId = cell.data(CommentTableModel::IdRole).toLongLong();
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0); // laid out for all 1,202 rows
    view->scrollTo(cell);
    QTRY_VERIFY(m_window->commentModel()->isRowLoaded(1100)); // read when shown, in the background
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"edited far down"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(scalar(u"SELECT text FROM comments WHERE id = %1"_s.arg(commentId)).toString(), u"edited far down"_s);
    QVERIFY(m_window->commentModel()->rowCount() > 1100);
    QCOMPARE(view->currentIndex().data(CommentTableModel::IdRole).toLongLong(), commentId);
    // And Undo, which reads the tutorial again, keeps them too.
    m_window->findChild<QAction *>(u"actionUndo"_s)->trigger();
    QCOMPARE(scalar(u"SELECT text FROM comments WHERE id = %1"_s.arg(commentId)).toString(), u"t1099"_s);
    QVERIFY(m_window->commentModel()->rowCount() > 1100);
    QCOMPARE(view->currentIndex().data(CommentTableModel::IdRole).toLongLong(), commentId);
}

void tst_MainWindow::transferCanBeCancelled()
{
    loadSampleData();
    // A transfer that would go on for ever, asking its progress callback as an import does between rows.
    auto seen = std::make_shared<QString>();
    whenModal(
        [](QWidget *dialog) {
            auto *progress = qobject_cast<QProgressDialog *>(dialog);
            QVERIFY(progress);
            QTRY_VERIFY(progress->value() > 0); // it moves while the window stays responsive
            auto *cancel = progress->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
        },
        seen, "QProgressDialog");
    std::atomic<qint64> rows {0};
    auto result = TransferRunner::run(m_window.get(), m_window->sharedDatabase(), u"Working…"_s,
                                      [&rows](TutorialTransfer &, const TutorialTransfer::Progress &progress) {
                                          // (Bounded, so a test that fails to cancel still ends.)
                                          while (rows < 20'000 && progress(++rows, 20'000))
                                              QThread::msleep(1);
                                          return Result<QString>(Error::io(u"stopped"_s));
                                      });
    QCOMPARE(*seen, u"transferProgress"_s);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(u"Cancelled"_s), qPrintable(result.error().message));
    QVERIFY(rows > 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
}

// File ▸ Import JSON of a large file, Cancel in its progress dialog: the import rolls back, the database is as
// before.
void tst_MainWindow::cancelledImportWritesNothing()
{
    loadSampleData();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[");
        for (int i = 0; i < 200'000; ++i)
            file.write(QByteArray(i ? "," : "") + R"({"title":"T)" + QByteArray::number(i)
                       + R"(","description":"d","comments":[{"name":"n","text":"t"}]})");
        file.write("]");
    }
    auto seen = std::make_shared<QString>();
    auto cancelledAt = std::make_shared<int>(0);
    whenModal(
        [cancelledAt](QWidget *dialog) {
            auto *progress = qobject_cast<QProgressDialog *>(dialog);
            QVERIFY(progress);
            QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 20000); // rows are being written
            *cancelledAt = progress->value();
            QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        },
        seen, "QProgressDialog");
    m_window->setFileChooser([path](auto, auto &, auto &, auto &) { return path; });
    m_window->findChild<QAction *>(u"actionImportJson"_s)->trigger();
    QCOMPARE(*seen, u"transferProgress"_s);
    QVERIFY(*cancelledAt > 0);
    // Said in the status bar: the person asked for it, there is no error to click away.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Cancelled"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 4);
}

void tst_MainWindow::keyboardOnly()
{
    loadSampleData();
    // Ctrl+F to the search, Tab to the list, arrows to a tutorial, Enter to its title, type, Ctrl+S.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = find<QLineEdit>("searchEdit");
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Tab);
    auto *list = find<QTreeView>("tutorialView");
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Home);
    QVERIFY(settled());
    const qint64 id = list->currentIndex().data(TutorialListModel::IdRole).toLongLong();
    QVERIFY(waitUntilShown(m_window.get(), id));
    QTest::keyClick(list, Qt::Key_Return);
    auto *title = find<QLineEdit>("titleEdit");
    QTRY_VERIFY(title->hasFocus());
    title->selectAll();
    QTest::keyClicks(title, u"Typed without a mouse"_s);
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Typed without a mouse"_s);
    // Tab goes on to the description, then the comments; F2 edits the current cell.
    QTest::keyClick(title, Qt::Key_Tab);
    QTRY_VERIFY(find<QPlainTextEdit>("descriptionEdit")->hasFocus());
    auto *comments = find<QTableView>("commentView");
    // On from the form's buttons to the comments below it, not back to the list.
    for (int presses = 0; presses < 6 && !comments->hasFocus(); ++presses)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(comments->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
    comments->setCurrentIndex(comments->model()->index(0, CommentTableModel::NameColumn));
    QTest::keyClick(comments, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // nothing changed
    // Tab leaves the table (arrows move between cells) for the line that adds a comment.
    QTRY_VERIFY(comments->hasFocus());
    QTest::keyClick(comments, Qt::Key_Tab);
    QTRY_VERIFY(find<QLineEdit>("newNameEdit")->hasFocus());
    QCOMPARE(historyCount(), 2); // the sample, and the title typed
}

void tst_MainWindow::everyControlHasAName()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    // What a screen reader says for each control: its own accessible name, its text, or its label's.
    QStringList nameless;
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->objectName().isEmpty()
            || widget->objectName().startsWith(u"qt_"_s))
            continue;
        if (!widget->accessibleName().isEmpty())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !button->text().isEmpty())
            continue;
        bool labelled = false;
        for (QLabel *label : m_window->findChildren<QLabel *>())
            labelled = labelled || label->buddy() == widget;
        if (!labelled)
            nameless << widget->objectName();
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u", "_s)));
}

void tst_MainWindow::settingsComeBack()
{
    loadSampleData();
    m_window->findChild<QAction *>(u"actionSortTitle"_s)->trigger();
    m_window->resize(900, 600);
    QTRY_COMPARE(m_window->size(), QSize(900, 600));
    auto *splitter = find<QSplitter>("mainSplitter");
    splitter->setSizes({300, 560}); // the person drags the handle
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->close()); // nothing unsaved: no question
    const DatabaseUrl url = m_window->database().url();
    m_window.reset();

    // The next start: the same database, order and layout.
    QCOMPARE(QSettings().value(u"database/last"_s).toString(), url.toString(false));
    auto database = std::make_shared<Database>(url);
    QVERIFY(Schema::init(*database));
    m_window = std::make_unique<MainWindow>(database);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(900, 600));
    QCOMPARE(m_window->tutorialModel()->sortColumn(), int(TutorialListModel::TitleColumn));
    QCOMPARE(find<QSplitter>("mainSplitter")->sizes(), sizes);
    QCOMPARE(rowOfTitle(u"Tut#1"_s), m_window->tutorialModel()->sortOrder() == Qt::AscendingOrder ? 0 : 1);
}

void tst_MainWindow::exportAndImportJson()
{
    loadSampleData();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"all.json"_s);
    m_window->setFileChooser([path](auto, auto &, auto &, auto &) { return path; }); // the person picks the file
    m_window->findChild<QAction *>(u"actionExportJson"_s)->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    QVERIFY(json.isArray());
    QCOMPARE(json.array().size(), 2);
    QCOMPARE(json.array().at(0).toObject().value(u"title"_s).toString(), u"Tut#1"_s);
    QCOMPARE(json.array().at(0).toObject().value(u"comments"_s).toArray().size(), 2);
    file.close();

    m_window->setFileChooser([path](auto, auto &, auto &, auto &) { return path; }); // the person picks the file
    m_window->findChild<QAction *>(u"actionImportJson"_s)->trigger();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE title = 'Tut#2'"_s).toInt(), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 8);
    QVERIFY(settled());
    QCOMPARE(m_window->tutorialModel()->rowCount(), 4);
}

void tst_MainWindow::importMalformedJsonChangesNothing()
{
    loadSampleData();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[\n  {\"title\": \"one\", \"comments\": []},\n  {\"title\": oops}\n]\n");
    file.close();
    m_window->setFileChooser([path](auto, auto &, auto &, auto &) { return path; }); // the person picks the file
    m_window->findChild<QAction *>(u"actionImportJson"_s)->trigger();
    // The error box was shown (and closed by the fixture's watcher): it names the line and the column.
    QTRY_COMPARE(m_unexpectedErrors.size(), 1);
    const QString message = m_unexpectedErrors.takeFirst();
    QVERIFY2(message.contains(u"line 3"_s) && message.contains(u"column"_s), qPrintable(message));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 4);
}

void tst_MainWindow::exportCommentsCsv()
{
    loadSampleData();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"comments.csv"_s);
    m_window->setFileChooser([path](auto, auto &, auto &, auto &) { return path; }); // the person picks the file
    m_window->findChild<QAction *>(u"actionExportCsv"_s)->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.count(u'\n'), 5); // a header and four comments
    QVERIFY(text.contains(u"bezkoder"_s));
    QVERIFY(text.contains(u"One of the best tuts!"_s));
}

// A title cleared, or made of spaces only, is refused at the field, and nothing is written (issue 14).
void tst_MainWindow::blankTitleIsRefusedAtTheField()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#2"_s));
    const qint64 id = idOf(u"Tut#2"_s);
    auto *title = find<QLineEdit>("titleEdit");
    auto *error = find<QLabel>("titleError");
    for (const QString &blank : {u"   "_s, QString()}) {
        typeInto(title, blank);
        if (blank.isEmpty())
            QTest::keyClick(title, Qt::Key_Delete); // what select-all and Delete leave: an empty field
        QCOMPARE(title->text(), blank.isEmpty() ? u""_s : blank);
        QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"title"_s) && error->text().contains(u"empty"_s), qPrintable(error->text()));
        QVERIFY(title->hasFocus());
        QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Tut#2"_s);
        QCOMPARE(historyCount(), 1); // only the sample
        QVERIFY(m_window->hasUnsavedChanges());
    }
    // A new tutorial with a description but no title is refused the same way.
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Discard); }); // the unsaved "   "
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_window->shownTutorialId() == std::nullopt && title->text().isEmpty());
    reactivate();
    typeInto(find<QPlainTextEdit>("descriptionEdit"), u"only a description"_s);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(error->isVisible());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
}

// A comment needs text and a name: neither may be blank; nothing is added and what was typed stays.
void tst_MainWindow::commentNeedsANameAndText()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#2"_s));
    auto *name = find<QLineEdit>("newNameEdit");
    auto *text = find<QLineEdit>("newTextEdit");
    auto *error = find<QLabel>("commentError");
    typeInto(text, u"text but no name"_s);
    QTest::mouseClick(find<QPushButton>("addCommentButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"name"_s), qPrintable(error->text()));
    QVERIFY(name->hasFocus());
    QCOMPARE(text->text(), u"text but no name"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 4);
    text->clear();
    typeInto(name, u"a name"_s);
    typeInto(text, u"   "_s);
    QTest::keyClick(text, Qt::Key_Return);
    QVERIFY2(error->text().contains(u"text"_s), qPrintable(error->text()));
    QVERIFY(text->hasFocus());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 4);
    QCOMPARE(historyCount(), 1);
}

// Rows the Node.js service stored with a blank title say so in the list, open, and keep their title when only the
// description is saved.
void tst_MainWindow::untitledRowsAreShownAndEditable()
{
    QSqlQuery insert(m_db->checker());
    const QString stamp = m_db->isMySql() ? u"2024-01-01 00:00:00"_s : u"2024-01-01 00:00:00.000 +00:00"_s;
    QVERIFY(insert.prepare(
            u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES (?, 'd', ?, ?)"_s));
    for (const QString &title : {u""_s, u"   "_s, u"Named"_s}) {
        insert.addBindValue(title);
        insert.addBindValue(stamp);
        insert.addBindValue(stamp);
        QVERIFY(insert.exec());
    }
    m_window->findChild<QAction *>(u"actionRefresh"_s)->trigger();
    QVERIFY(settled());
    auto *model = m_window->tutorialModel();
    auto *list = find<QTreeView>("tutorialView");
    QVERIFY(qobject_cast<TitleDelegate *>(list->itemDelegateForColumn(TutorialListModel::TitleColumn)));
    int untitled = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TutorialListModel::TitleColumn);
        const bool placeholder = index.data().toString() == u"(no title)";
        QCOMPARE(TitleDelegate::isUntitled(index), placeholder); // shown in italics, in the placeholder colour
        untitled += placeholder;
    }
    QCOMPARE(untitled, 2);
    QVERIFY(clickTutorial(u"(no title)"_s));
    const qint64 id = *m_window->shownTutorialId();
    auto *title = find<QLineEdit>("titleEdit");
    QVERIFY(title->isEnabled());
    QVERIFY(title->text().trimmed().isEmpty());
    typeInto(find<QPlainTextEdit>("descriptionEdit"), u"described at last"_s);
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!find<QLabel>("titleError")->isVisible());
    QCOMPARE(scalar(u"SELECT description FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"described at last"_s);
    QVERIFY(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString().trimmed().isEmpty());
    QVERIFY(!m_window->hasUnsavedChanges());
}

// A comment cell edit the database refused (too long) is not dropped when the person clicks another tutorial: the
// window asks, and keeps it unless told to discard it.
void tst_MainWindow::refusedCellEditIsAskedAboutBeforeLeaving()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *view = find<QTableView>("commentView");
    const QModelIndex cell = view->model()->index(0, CommentTableModel::TextColumn);
    const qint64 commentId = cell.data(CommentTableModel::IdRole).toLongLong();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    const QString tooLong(256, u'y');
    QTest::keyClicks(editor, tooLong);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(find<QLabel>("commentError")->isVisible());
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    // Clicking Tut#2 asks; Keep editing stays on Tut#1 with the text in the editor.
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Cancel); }, seen);
    clickTutorial(u"Tut#2"_s);
    QCOMPARE(*seen, u"refusedEditBox"_s);
    QCOMPARE(m_window->shownTutorialId(), std::optional<qint64>(idOf(u"Tut#1"_s)));
    reactivate();
    const QModelIndex kept
            = view->model()->index(m_window->commentModel()->rowOf(commentId), CommentTableModel::TextColumn);
    QTRY_VERIFY(qobject_cast<QLineEdit *>(view->indexWidget(kept)));
    QCOMPARE(qobject_cast<QLineEdit *>(view->indexWidget(kept))->text(), tooLong);
    QTRY_COMPARE(QApplication::focusWidget(), view->indexWidget(kept));
    // Discard is the person's choice: then it goes, and nothing was written.
    seen->clear();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Discard); }, seen);
    QVERIFY(clickTutorial(u"Tut#2"_s));
    QCOMPARE(*seen, u"refusedEditBox"_s);
    QCOMPARE(scalar(u"SELECT text FROM comments WHERE id = %1"_s.arg(commentId)).toString(), u"Good job!"_s);
    QCOMPARE(historyCount(), 1);
}

// An import is one step on the undo list: Undo takes out exactly what it added, Redo puts the same rows back, and an
// Undo after someone else changed an imported row is refused, deleting nothing.
void tst_MainWindow::importIsOneUndoableStep()
{
    loadSampleData();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"all.json"_s);
    m_window->setFileChooser([path](auto, auto &, auto &, auto &) { return path; }); // the person picks the file
    m_window->findChild<QAction *>(u"actionExportJson"_s)->trigger();
    m_window->findChild<QAction *>(u"actionImportJson"_s)->trigger();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 8);
    const qint64 lastComment = scalar(u"SELECT MAX(id) FROM comments"_s).toLongLong();
    QCOMPARE(historyCount(), 2);
    auto *undo = m_window->findChild<QAction *>(u"actionUndo"_s);
    auto *redo = m_window->findChild<QAction *>(u"actionRedo"_s);
    QVERIFY2(undo->text().contains(u"import"_s), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials WHERE title = 'Tut#1'"_s).toInt(), 1);
    redo->trigger();
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 8);
    QCOMPARE(scalar(u"SELECT MAX(id) FROM comments"_s).toLongLong(), lastComment); // the same rows, same ids
    // Someone else edits an imported comment: undoing the import would delete their work, so it is refused.
    QVERIFY(m_db->exec(u"UPDATE comments SET text = 'theirs' WHERE id = %1"_s.arg(lastComment)));
    undo->trigger();
    QTRY_COMPARE(m_unexpectedErrors.size(), 1);
    const QString message = m_unexpectedErrors.takeFirst();
    QVERIFY2(message.contains(u"changed"_s) && message.contains(u"nothing was deleted"_s), qPrintable(message));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 4);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 8);
    QCOMPARE(historyCount(), 2); // still there, for when it can be undone
}

// The length error says what the field holds now: shortening the text does not leave "256 characters" behind.
void tst_MainWindow::lengthErrorFollowsTheText()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#2"_s));
    auto *title = find<QLineEdit>("titleEdit");
    typeInto(title, QString(257, u'x'));
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    auto *error = find<QLabel>("titleError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"257"_s), qPrintable(error->text()));
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY2(!error->isVisible() || error->text().contains(u"256"_s), qPrintable(error->text()));
    QVERIFY2(!error->text().contains(u"257"_s), qPrintable(error->text()));
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY2(!error->isVisible(), qPrintable(error->text())); // 255 fit: nothing is wrong any more
    QCOMPARE(title->accessibleDescription(), QString());
}

// "Your edit was saved first; press Undo again…" is about the next press: once it came, the note goes.
void tst_MainWindow::savedFirstNoteGoesWithTheNextUndo()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const QString titleOf = u"SELECT title FROM tutorials WHERE id = %1"_s.arg(idOf(u"Tut#1"_s));
    auto *title = find<QLineEdit>("titleEdit");
    typeInto(title, u"One"_s);
    QTest::mouseClick(find<QPushButton>("saveButton"), Qt::LeftButton);
    typeInto(title, u"Two"_s);
    auto *undo = m_window->findChild<QAction *>(u"actionUndo"_s);
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Save); });
    undo->trigger();
    QCOMPARE(scalar(titleOf).toString(), u"Two"_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"saved first"_s));
    undo->trigger(); // Undo again, as the note said: "Two" is taken back
    QCOMPARE(scalar(titleOf).toString(), u"One"_s);
    QVERIFY2(!m_window->statusBar()->currentMessage().contains(u"saved first"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void tst_MainWindow::deletedCommentMessageAgreesInNumber()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *view = find<QTableView>("commentView");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, CommentTableModel::NameColumn)).center());
    QTest::mouseClick(find<QPushButton>("deleteCommentButton"), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 3);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Deleted 1 comment. Undo brings it back."_s);
    QVERIFY(detailRead()); // the pane without the deleted one
    view->selectAll();
    QTest::mouseClick(find<QPushButton>("deleteCommentButton"), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 2);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Deleted 1 comment. Undo brings it back."_s);
    QVERIFY(clickTutorial(u"Tut#2"_s));
    view->selectAll();
    QTest::mouseClick(find<QPushButton>("deleteCommentButton"), Qt::LeftButton);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 0);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Deleted 2 comments. Undo brings them back."_s);
}

// Ctrl+Y redoes too, beside the platform's own redo keys (Ctrl+Shift+Z here), as many editors have taught people.
void tst_MainWindow::ctrlYRedoes()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const QString titleOf = u"SELECT title FROM tutorials WHERE id = %1"_s.arg(idOf(u"Tut#1"_s));
    auto *title = find<QLineEdit>("titleEdit");
    typeInto(title, u"Renamed"_s);
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(scalar(titleOf).toString(), u"Renamed"_s);
    auto *tree = find<QTreeView>("tutorialView");
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(scalar(titleOf).toString(), u"Tut#1"_s);
    QTest::keyClick(tree, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(scalar(titleOf).toString(), u"Renamed"_s);
    auto *redo = m_window->findChild<QAction *>(u"actionRedo"_s);
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo)); // the platform's first, as the menu shows it
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
}

// A search that matches nothing says so where the list is, even while a tutorial is still shown on the right.
void tst_MainWindow::searchWithoutMatchesSaysSo()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    auto *search = find<QLineEdit>("searchEdit");
    typeInto(search, u"zzz"_s);
    QTRY_COMPARE(m_window->tutorialModel()->search(), u"zzz"_s);
    QVERIFY(settled());
    QCOMPARE(m_window->tutorialModel()->rowCount(), 0);
    auto saysNoMatch = [this] {
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(u"No tutorial matches “zzz”"_s))
                return true;
        }
        return false;
    };
    QTRY_VERIFY(saysNoMatch());
    typeInto(search, u"Tut"_s);
    QTRY_VERIFY(!saysNoMatch());
}

// The Move dialog lists tutorials only: "Unassigned comments" is no place to move to (the checkbox detaches).
// A search there that matches nothing says so too.
void tst_MainWindow::moveDialogOffersOnlyTutorials()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    whenModal([](QWidget *box) { clickNamedButton(box, "keepCommentsButton"); });
    QTest::mouseClick(find<QPushButton>("deleteTutorialButton"), Qt::LeftButton);
    QVERIFY(rowOfTitle(u"Unassigned comments"_s) >= 0);
    QVERIFY(clickTutorial(u"Tut#2"_s));
    auto *view = find<QTableView>("commentView");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(0, CommentTableModel::NameColumn)).center());
    // What the dialog showed, looked at after it closed (a failed check inside would leave it open).
    QStringList offered;
    bool noMatchSaid = false;
    bool noMatchGone = false;
    auto seen = std::make_shared<QString>();
    whenModal(
        [&](QWidget *dialog) {
            auto *tutorials = dialog->findChild<QTreeView *>(u"tutorialView"_s);
            if (tutorials && !waitUntilListed(tutorials))
                return;
            for (int r = 0; tutorials && r < tutorials->model()->rowCount(); ++r) {
                if (!tutorials->isRowHidden(r, {}))
                    offered << tutorials->model()->index(r, 0).data().toString();
            }
            auto saysNoMatch = [dialog] {
                for (QLabel *label : dialog->findChildren<QLabel *>()) {
                    if (label->isVisible() && label->text().contains(u"No tutorial matches “zzz”"_s))
                        return true;
                }
                return false;
            };
            auto *search = dialog->findChild<QLineEdit *>(u"searchEdit"_s);
            search->setText(u"zzz"_s);
            noMatchSaid = QTest::qWaitFor(saysNoMatch, 3000);
            search->clear();
            noMatchGone = QTest::qWaitFor([&] { return !saysNoMatch(); }, 3000);
            qobject_cast<QDialog *>(dialog)->reject();
        },
        seen);
    QTest::mouseClick(find<QPushButton>("moveCommentButton"), Qt::LeftButton);
    QCOMPARE(*seen, u"moveCommentDialog"_s);
    QCOMPARE(offered, QStringList {u"Tut#2"_s});
    QVERIFY(noMatchSaid);
    QVERIFY(noMatchGone);
}

// Counts the layout requests a widget handles (Qt lays a widget's contents out again on one, posted after a change).
class LayoutRequests : public QObject
{
public:
    explicit LayoutRequests(QWidget *widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return false;
    }
};

// The connect dialog: no grey example that looks like a value but is not used, and a Test connection button
// that keeps its size whatever the result beside it says.
void tst_MainWindow::connectDialogShowsOnlyWhatItUses()
{
    ConnectDialog dialog(m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *database = dialog.findChild<QLineEdit *>(u"databaseEdit"_s);
    QVERIFY(database);
    auto *test = dialog.findChild<QPushButton *>(u"testButton"_s);
    auto *result = dialog.findChild<QLabel *>(u"testResult"_s);
    QVERIFY(test && result);
    // The dialog lays itself out again for each message (a posted LayoutRequest): the sizes are compared once it
    // has, and once the message's label is as tall as its words need, not after a guessed pause.
    LayoutRequests layouts(&dialog);
    const auto laidOut = [&](int before) {
        return layouts.count > before && result->isVisible()
            && result->height() >= result->heightForWidth(result->width());
    };
    const QSize before = test->size();
    int seen = layouts.count;
    dialog.setMessage(u"Can't connect to server on 'db.example.org' (115): the server did not answer within 30 "
                      "seconds; check the host name, the port and that the server runs, then try again."_s);
    QTRY_VERIFY(laidOut(seen));
    QCOMPARE(test->size(), before);
    seen = layouts.count;
    dialog.setMessage(u"Short."_s);
    QTRY_VERIFY(laidOut(seen));
    QCOMPARE(test->size(), before);
    if (!database->placeholderText().isEmpty()) {
        database->clear();
        auto url = dialog.url();
        QVERIFY2(url && url->databaseName() == database->placeholderText(),
                 qPrintable(url ? url->databaseName() : url.error().message));
    }
}

// Help ▸ About names the licence, as the package's copyright file and --version do.
void tst_MainWindow::aboutSaysTheLicence()
{
    QString text;
    whenModal([&text](QWidget *box) {
        text = qobject_cast<QMessageBox *>(box) ? qobject_cast<QMessageBox *>(box)->text() : QString();
        qobject_cast<QDialog *>(box)->accept();
    });
    m_window->findChild<QAction *>(u"actionAbout"_s)->trigger();
    QVERIFY2(text.contains(u"GNU General Public License, version 3 or later"_s) && text.contains(u"GPL-3.0-or-later"_s),
             qPrintable(text));
}

// Help ▸ Keyboard shortcuts lists what the keys do, every key of an action (Redo has two), as the menus have them.
void tst_MainWindow::keyboardShortcutsAreListed()
{
    QHash<QString, QString> listed;
    auto seen = std::make_shared<QString>();
    whenModal(
        [&listed](QWidget *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
            for (int row = 0; table && row < table->rowCount(); ++row)
                listed.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
            qobject_cast<QDialog *>(dialog)->reject();
        },
        seen);
    m_window->findChild<QAction *>(u"actionShortcuts"_s)->trigger();
    QCOMPARE(*seen, u"shortcutsDialog"_s);
    const auto keys = [](const QKeySequence &key) { return key.toString(QKeySequence::NativeText); };
    QCOMPARE(listed.value(u"New tutorial"_s), keys(QKeySequence::New));
    QVERIFY2(listed.value(u"Save tutorial"_s).contains(keys(QKeySequence::Save)), qPrintable(listed.value(u"Save tutorial"_s)));
    const QString redo = listed.value(m_window->findChild<QAction *>(u"actionRedo"_s)->text().remove(u'&'));
    QVERIFY2(redo.contains(keys(QKeySequence(Qt::CTRL | Qt::Key_Y))) && redo.contains(keys(QKeySequence::Redo)),
             qPrintable(redo));
    for (auto it = listed.cbegin(); it != listed.cend(); ++it)
        QVERIFY2(!it.value().isEmpty() && !it.key().contains(u'&'), qPrintable(it.key()));
}

// Revert (the README's promise): the form shows the stored row again, nothing is written, nothing is pending.
void tst_MainWindow::revertPutsBackWhatIsStored()
{
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#1"_s));
    const QString row = u"SELECT title || '/' || description FROM tutorials WHERE id = %1"_s.arg(idOf(u"Tut#1"_s));
    const QString stored = m_db->isMySql()
            ? scalar(u"SELECT CONCAT(title, '/', description) FROM tutorials WHERE id = %1"_s.arg(idOf(u"Tut#1"_s)))
                      .toString()
            : scalar(row).toString();
    auto *title = find<QLineEdit>("titleEdit");
    auto *description = find<QPlainTextEdit>("descriptionEdit");
    typeInto(title, u"Not kept"_s);
    typeInto(description, u"Not kept either"_s);
    QVERIFY(m_window->hasUnsavedChanges());
    auto *revert = find<QPushButton>("revertButton");
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QTRY_COMPARE(title->text(), u"Tut#1"_s);
    QCOMPARE(description->toPlainText(), u"Tut#1 Description"_s);
    QVERIFY(!m_window->hasUnsavedChanges());
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!revert->isEnabled());
    const QString after = m_db->isMySql()
            ? scalar(u"SELECT CONCAT(title, '/', description) FROM tutorials WHERE id = %1"_s.arg(idOf(u"Tut#1"_s)))
                      .toString()
            : scalar(row).toString();
    QCOMPARE(after, stored);
    QCOMPARE(historyCount(), 1); // only the sample: a revert writes nothing
}

// Opening another database with an edit pending asks first (the README's promise): Cancel stays, with the edit;
// Save writes it to the database it was made in, and only then does the window switch.
void tst_MainWindow::switchingDatabasesWithAPendingEditAsksFirst()
{
    auto other = TestDatabase::create(m_db->kind(), u"other"_s);
    QVERIFY2(other, qPrintable(TestDatabase::lastError()));
    {
        Database database(other->url());
        QVERIFY(Schema::init(database));
    }
    loadSampleData();
    QVERIFY(clickTutorial(u"Tut#2"_s));
    const qint64 id = idOf(u"Tut#2"_s);
    typeInto(find<QLineEdit>("titleEdit"), u"Edited before switching"_s);
    const DatabaseUrl url = other->url();
    // SQLite: File > Open database…; MariaDB: File > Connect to server… (its dialog, once it opens, is cancelled:
    // the question comes before it either way).
    if (!url.isSqlite())
        whenModal([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->reject(); }, {}, "ConnectDialog");
    auto switchDatabase = [this, url] {
        if (url.isSqlite()) {
            m_window->setFileChooser([path = url.path()](auto, auto &, auto &, auto &) { return path; });
            m_window->findChild<QAction *>(u"actionOpenDatabase"_s)->trigger();
        } else {
            m_window->findChild<QAction *>(u"actionConnect"_s)->trigger();
        }
    };
    auto seen = std::make_shared<QString>();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Cancel); }, seen);
    switchDatabase();
    QCOMPARE(*seen, u"unsavedChangesBox"_s);
    QCOMPARE(m_window->database().url().toString(), m_db->url().toString()); // stayed
    QCOMPARE(find<QLineEdit>("titleEdit")->text(), u"Edited before switching"_s);
    QVERIFY(m_window->hasUnsavedChanges());
    reactivate();
    seen->clear();
    whenModal([](QWidget *box) { clickMessageBoxButton(box, QMessageBox::Save); }, seen);
    switchDatabase();
    QCOMPARE(*seen, u"unsavedChangesBox"_s);
    QCOMPARE(scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString(), u"Edited before switching"_s);
    if (url.isSqlite())
        QCOMPARE(m_window->database().url().toString(), url.toString());
    QVERIFY(!m_window->hasUnsavedChanges());
    m_window->waitForBackgroundWork();
    m_window.reset(); // before its database is dropped
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
