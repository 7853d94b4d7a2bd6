// The undo history over the write queue, without a window: a step enters the history once the database has made
// it; an undo refused over someone else's change stays the next step and voids the presses queued behind it; one
// whose row is gone for good is taken off; two edits of one row undo without calling each other someone else's.
// On SQLite and MariaDB.
#include "database.h"
#include "editcommands.h"
#include "edithistory.h"
#include "schema.h"
#include "testdatabase.h"
#include "tutorialservice.h"
#include "writequeue.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

class tst_EditHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_db = TestDatabase::create(this);
        QVERIFY2(m_db, qPrintable(TestDatabase::lastError()));
        m_database = std::make_shared<Database>(m_db->url());
        QVERIFY(Schema::init(*m_database));
        m_service = std::make_unique<TutorialService>(*m_database);
        auto row = m_service->createTutorial(u"Start"_s, u"d"_s);
        QVERIFY(row);
        m_row = *row;
        m_queue = std::make_unique<WriteQueue>(m_database);
        m_history = std::make_unique<EditHistory>();
        m_history->setQueue(m_queue.get());
        answers.clear();
    }
    void cleanup()
    {
        m_history.reset();
        m_queue.reset();
        m_service.reset();
        m_database.reset();
        m_db.reset();
    }

    void anEditEntersTheHistoryOnceMade();
    void twoEditsOfOneRowUndoAndRedo();
    void aRefusedUndoStaysNextAndVoidsThePressesBehindIt();
    void anUndoWhoseRowIsGoneIsTakenOff();

private:
    // Title `to` over the row as the editor last read it.
    EditCommand *rename(const TutorialRow &before, const QString &to)
    {
        TutorialService::TutorialChanges redo;
        redo.title = to;
        TutorialService::TutorialChanges undo;
        undo.title = before.title;
        return new EditTutorialCommand(u"rename to %1"_s.arg(to), before, redo, undo, false);
    }
    QString title() { return m_db->scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(m_row.id)).toString(); }
    // Submits and waits for the answer; the row as stored, or the refusal.
    Result<EditOutcome> made(EditCommand *command)
    {
        std::optional<Result<EditOutcome>> answer;
        m_history->submit(command, [&answer](const Result<EditOutcome> &result) { answer = result; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            return Error::database(u"no answer"_s);
        return *answer;
    }
    QList<Error::Kind> answers; // of undo/redo presses, in order (Kind::Database for done)
    void press(bool undo)
    {
        const auto done = [this](const Result<EditOutcome> &result) {
            answers << (result ? Error::Kind::Database : result.error().kind);
        };
        QVERIFY(undo ? m_history->undo(done) : m_history->redo(done));
    }

    std::unique_ptr<TestDatabase> m_db;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<TutorialService> m_service;
    std::unique_ptr<WriteQueue> m_queue;
    std::unique_ptr<EditHistory> m_history;
    TutorialRow m_row;
};

void tst_EditHistory::anEditEntersTheHistoryOnceMade()
{
    std::optional<Result<EditOutcome>> answer;
    m_history->submit(rename(m_row, u"One"_s), [&answer](const Result<EditOutcome> &result) { answer = result; });
    // Asked for, not made yet (unless the database is in this thread's memory): not in the history, and Undo waits.
    QCOMPARE(m_history->pendingEdits() + m_history->stack()->count(), 1);
    QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 20000));
    QVERIFY(*answer);
    QCOMPARE((*answer)->tutorial->title, u"One"_s);
    QCOMPARE(m_history->stack()->count(), 1);
    QCOMPARE(m_history->pendingEdits(), 0);
    QVERIFY(m_history->canUndo());
    QCOMPARE(title(), u"One"_s);
    // A refused edit (someone else changed the row since it was read) never enters it.
    const TutorialRow read = *(*answer)->tutorial;
    QVERIFY(m_db->exec(u"UPDATE tutorials SET title = 'Theirs', updatedAt = '2030-01-01 00:00:00' WHERE id = %1"_s
                               .arg(m_row.id)));
    auto refused = made(rename(read, u"Stale"_s));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QCOMPARE(m_history->stack()->count(), 1);
    QCOMPARE(title(), u"Theirs"_s);
}

void tst_EditHistory::twoEditsOfOneRowUndoAndRedo()
{
    auto one = made(rename(m_row, u"One"_s));
    QVERIFY(one);
    QVERIFY(made(rename(*one->tutorial, u"Two"_s)));
    // Two presses at once: queued one behind the other, the second takes back the older edit.
    press(true);
    press(true);
    QVERIFY(m_queue->waitForIdle(20000));
    QCOMPARE(answers, (QList<Error::Kind>{Error::Kind::Database, Error::Kind::Database}));
    QCOMPARE(title(), u"Start"_s);
    QCOMPARE(m_history->stack()->index(), 0);
    press(false);
    press(false);
    QVERIFY(m_queue->waitForIdle(20000));
    QCOMPARE(title(), u"Two"_s);
    QCOMPARE(m_history->stack()->index(), 2);
}

void tst_EditHistory::aRefusedUndoStaysNextAndVoidsThePressesBehindIt()
{
    auto one = made(rename(m_row, u"One"_s));
    QVERIFY(one);
    QVERIFY(made(rename(*one->tutorial, u"Two"_s)));
    // Someone else changes the row: undoing "Two" would overwrite their change.
    QVERIFY(m_db->exec(u"UPDATE tutorials SET title = 'Theirs', updatedAt = '2030-01-01 00:00:00' WHERE id = %1"_s
                               .arg(m_row.id)));
    press(true);
    press(true); // queued behind it: would take back "One" over their change, skipping the refused step
    QVERIFY(m_queue->waitForIdle(20000));
    QCOMPARE(answers, (QList<Error::Kind>{Error::Kind::Conflict, Error::Kind::Cancelled}));
    QCOMPARE(title(), u"Theirs"_s);
    QCOMPARE(m_history->stack()->index(), 2); // the refused step is still the next to undo
    QCOMPARE(m_history->stack()->count(), 2);
}

void tst_EditHistory::anUndoWhoseRowIsGoneIsTakenOff()
{
    auto first = m_service->createTutorial(u"Other"_s, u"d"_s);
    QVERIFY(first);
    QVERIFY(made(rename(*first, u"Other, renamed"_s)));
    QVERIFY(made(rename(m_row, u"One"_s)));
    QVERIFY(m_db->exec(u"DELETE FROM tutorials WHERE id = %1"_s.arg(m_row.id)));
    press(true);
    QVERIFY(m_queue->waitForIdle(20000));
    QCOMPARE(answers, QList<Error::Kind>{Error::Kind::NotFound});
    QCOMPARE(m_history->stack()->count(), 1); // taken off
    QCOMPARE(m_history->stack()->index(), 1);
    press(true); // the older step is reachable again
    QVERIFY(m_queue->waitForIdle(20000));
    QCOMPARE(answers.last(), Error::Kind::Database);
    QCOMPARE(m_db->scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(first->id)).toString(), u"Other"_s);
}

QTEST_GUILESS_MAIN(tst_EditHistory)
#include "tst_edithistory.moc"
