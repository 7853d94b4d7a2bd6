// Every TutorialService function and its error paths, on SQLite and on a real MariaDB; each checks what is stored.
#include "database.h"
#include "nativehandle_p.h"
#include "sampledata.h"
#include "schema.h"
#include "testdatabase.h"
#include "timestamps.h"
#include "tutorialservice.h"
#include "tutorialsql_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QTest>

#include <functional>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

// Evaluates its argument once, and shows the service's message when it failed.
#define VERIFY_OK(expression)                                                                                         \
    do {                                                                                                              \
        const auto &verifyOkResult = (expression);                                                                    \
        QVERIFY2(verifyOkResult.ok(), qPrintable(verifyOkResult.ok() ? QString() : verifyOkResult.error().message));  \
    } while (false)

class tst_TutorialService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TutorialService> m_service;

    int count(const QString &table) { return m_test->scalar(u"SELECT COUNT(*) FROM "_s + table).toInt(); }

    // The stored text of one column of one row, read past the service.
    QVariant stored(const QString &table, const QString &column, qint64 id)
    {
        QSqlQuery query(m_test->checker());
        query.prepare(u"SELECT `%1` FROM `%2` WHERE id = ?"_s.arg(column, table));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    qint64 storedTimestamp(const QString &table, const QString &column, qint64 id)
    {
        QSqlQuery query(m_test->checker());
        const QString expression = m_test->isMySql() ? u"CAST(`%1` AS CHAR)"_s.arg(column) : u"`%1`"_s.arg(column);
        query.prepare(u"SELECT %1 FROM `%2` WHERE id = ?"_s.arg(expression, table));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return -1;
        return Timestamps::parse(query.value(0).toString()).value_or(-1);
    }

    // Tut#1 with two comments, Tut#2 with two: the seed's demo rows.
    QList<qint64> seedDemo()
    {
        QList<qint64> ids;
        auto t1 = m_service->createTutorial(u"Tut#1"_s, u"Tut#1 Description"_s);
        auto t2 = m_service->createTutorial(u"Tut#2"_s, u"Tut#2 Description"_s);
        if (!t1 || !t2)
            return ids;
        const bool commented = m_service->createComment(t1->id, u"bezkoder"_s, u"Good job!"_s).ok()
                && m_service->createComment(t1->id, u"zkoder"_s, u"One of the best tuts!"_s).ok()
                && m_service->createComment(t2->id, u"aKoder"_s, u"Hi, thank you!"_s).ok()
                && m_service->createComment(t2->id, u"anotherKoder"_s, u"Awesome tut!"_s).ok();
        if (commented)
            ids << t1->id << t2->id;
        return ids;
    }

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
        m_database = std::make_unique<Database>(m_test->url());
        auto state = Schema::init(*m_database);
        VERIFY_OK(state);
        m_service = std::make_unique<TutorialService>(*m_database);
    }
    void cleanup()
    {
        m_service.reset();
        m_database.reset();
        m_test.reset();
    }

    void createTutorialStoresUtcTimestamps()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        auto created = m_service->createTutorial(u"Title"_s, u"Description"_s);
        VERIFY_OK(created);
        QVERIFY(created->id > 0);
        QCOMPARE(created->title, u"Title"_s);
        QCOMPARE(created->description, u"Description"_s);
        QCOMPARE(created->createdAt, created->updatedAt);
        QVERIFY(qAbs(created->createdAt - before) < 5000);
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, created->id).toString(), u"Title"_s);
        QCOMPARE(storedTimestamp(u"tutorials"_s, u"createdAt"_s, created->id), created->createdAt);
        if (m_test->isMySql()) {
            // UTC on the server's clock as well: DATETIME holds what UTC_TIMESTAMP() says now.
            QSqlQuery query(m_test->checker());
            query.prepare(u"SELECT ABS(TIMESTAMPDIFF(SECOND, createdAt, UTC_TIMESTAMP())) FROM tutorials WHERE id = ?"_s);
            query.addBindValue(created->id);
            QVERIFY(query.exec() && query.next());
            QVERIFY(query.value(0).toInt() < 5);
        } else {
            // Sequelize's SQLite format, so the seed reads it back.
            const QString text = stored(u"tutorials"_s, u"createdAt"_s, created->id).toString();
            QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\+00:00$"_s).match(text).hasMatch(),
                     qPrintable(text));
        }
    }

    void nullValuesAreAccepted()
    {
        // The Node.js service's model sets no allowNull: false. A description may be NULL or empty; a title may not
        // be typed blank (blankValuesAreRefused), but one already stored that way is put back as it was.
        auto created = m_service->createTutorial(u"t"_s, QString());
        VERIFY_OK(created);
        QVERIFY(stored(u"tutorials"_s, u"description"_s, created->id).isNull());
        QVERIFY(created->description.isNull());
        auto empty = m_service->createTutorial(u"t"_s, u""_s);
        VERIFY_OK(empty);
        QVERIFY(!stored(u"tutorials"_s, u"description"_s, empty->id).isNull()); // empty is not NULL
        QVERIFY(!empty->description.isNull());
        Tutorial untitled;
        untitled.id = 1000;
        untitled.createdAt = untitled.updatedAt = Timestamps::parse(u"2024-01-01T00:00:00.000Z"_s).value_or(0);
        VERIFY_OK(m_service->restoreTutorial(untitled, TutorialService::CommentsOnDelete::Delete));
        QVERIFY(stored(u"tutorials"_s, u"title"_s, 1000).isNull());
    }

    // One rule for every writer (the window, tutorialctl): a tutorial's title, and a comment's name and text, are
    // refused blank (empty, NULL, or nothing but white space), naming the field; nothing is written.
    void blankValuesAreRefused_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << u""_s;
        QTest::newRow("null") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("tab and newline") << u"\t\n "_s;
        QTest::newRow("no-break space") << u"\u00A0"_s;
        QTest::newRow("ideographic space") << u"\u3000"_s;
    }
    void blankValuesAreRefused()
    {
        QFETCH(QString, value);
        auto tutorial = m_service->createTutorial(u"ok"_s, u"ok"_s);
        VERIFY_OK(tutorial);
        auto comment = m_service->createComment(tutorial->id, u"ok"_s, u"ok"_s);
        VERIFY_OK(comment);

        auto created = m_service->createTutorial(value, u"a description"_s);
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Error::Kind::Invalid);
        QCOMPARE(created.error().field, u"title"_s);
        QVERIFY2(created.error().message.contains(u"title"_s) && created.error().message.contains(u"empty"_s),
                 qPrintable(created.error().message));
        QCOMPARE(count(u"tutorials"_s), 1);

        TutorialService::TutorialChanges changes;
        changes.title = value;
        const qint64 updatedBefore = storedTimestamp(u"tutorials"_s, u"updatedAt"_s, tutorial->id);
        auto updated = m_service->updateTutorial(tutorial->id, changes);
        QVERIFY(!updated);
        QCOMPARE(updated.error().field, u"title"_s);
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, tutorial->id).toString(), u"ok"_s);
        QCOMPARE(storedTimestamp(u"tutorials"_s, u"updatedAt"_s, tutorial->id), updatedBefore);

        auto noText = m_service->createComment(tutorial->id, u"n"_s, value);
        QVERIFY(!noText);
        QCOMPARE(noText.error().field, u"text"_s);
        QVERIFY2(noText.error().message.contains(u"text"_s), qPrintable(noText.error().message));
        auto noName = m_service->createComment(tutorial->id, value, u"a comment"_s);
        QVERIFY(!noName);
        QCOMPARE(noName.error().field, u"name"_s);
        QVERIFY2(noName.error().message.contains(u"name"_s), qPrintable(noName.error().message));
        QCOMPARE(count(u"comments"_s), 1);

        for (const char *field : {"name", "text"}) {
            TutorialService::CommentChanges commentChanges;
            (qstrcmp(field, "name") == 0 ? commentChanges.name : commentChanges.text) = value;
            auto updatedComment = m_service->updateComment(comment->id, commentChanges);
            QVERIFY(!updatedComment);
            QCOMPARE(updatedComment.error().field, QString::fromLatin1(field));
            QCOMPARE(stored(u"comments"_s, QString::fromLatin1(field), comment->id).toString(), u"ok"_s);
        }
    }

    // Rows the Node.js service stored with blanks (it allows them) open, and their other fields can be saved; undo
    // may put a blank back; only a blank typed anew is refused.
    void blanksAlreadyStoredStayEditable()
    {
        const QString stamp = m_test->isMySql() ? u"2024-01-01 00:00:00"_s : u"2024-01-01 00:00:00.000 +00:00"_s;
        QSqlQuery insert(m_test->checker());
        QVERIFY(insert.prepare(u"INSERT INTO tutorials (id, title, description, createdAt, updatedAt) "
                               "VALUES (7, '  ', 'old', ?, ?)"_s));
        insert.addBindValue(stamp);
        insert.addBindValue(stamp);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QVERIFY(insert.prepare(u"INSERT INTO comments (id, name, `text`, createdAt, updatedAt, tutorialId) "
                               "VALUES (9, '', '', ?, ?, 7)"_s));
        insert.addBindValue(stamp);
        insert.addBindValue(stamp);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        auto found = m_service->findTutorialById(7);
        VERIFY_OK(found);
        TutorialService::TutorialChanges description;
        description.description = u"new"_s;
        description.expected = *found;
        auto saved = m_service->updateTutorial(7, description);
        VERIFY_OK(saved);
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, 7).toString(), u"  "_s);
        QCOMPARE(stored(u"tutorials"_s, u"description"_s, 7).toString(), u"new"_s);

        TutorialService::CommentChanges text;
        text.text = u"now with text"_s;
        VERIFY_OK(m_service->updateComment(9, text));
        QCOMPARE(stored(u"comments"_s, u"name"_s, 9).toString(), u""_s);

        // Undo of a title typed over the blank one puts the blank back.
        TutorialService::TutorialChanges titled;
        titled.title = u"A title at last"_s;
        VERIFY_OK(m_service->updateTutorial(7, titled));
        TutorialService::TutorialChanges back;
        back.title = u"  "_s;
        back.origin = TutorialService::Origin::Kept;
        VERIFY_OK(m_service->updateTutorial(7, back));
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, 7).toString(), u"  "_s);
        TutorialService::CommentChanges nameBack;
        nameBack.name = QString();
        nameBack.origin = TutorialService::Origin::Kept;
        VERIFY_OK(m_service->updateComment(9, nameBack));
        QVERIFY(stored(u"comments"_s, u"name"_s, 9).isNull());

    }

    void createCommentForMissingTutorialWritesNothing()
    {
        auto refused = m_service->createComment(999, u"n"_s, u"t"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::NotFound);
        QCOMPARE(refused.error().message, u"tutorial 999 not found"_s);
        QCOMPARE(count(u"comments"_s), 0);
    }

    void findTutorialByIdWithCommentsInIdOrder()
    {
        const QList<qint64> ids = seedDemo();
        QCOMPARE(ids.size(), 2);
        auto found = m_service->findTutorialById(ids[0]);
        VERIFY_OK(found);
        QCOMPARE(found->title, u"Tut#1"_s);
        QCOMPARE(found->comments.size(), 2);
        QCOMPARE(found->comments[0].name, u"bezkoder"_s);
        QCOMPARE(found->comments[1].name, u"zkoder"_s);
        QVERIFY(found->comments[0].id < found->comments[1].id);
        QCOMPARE(found->comments[0].tutorialId, std::optional<qint64>(ids[0]));
        auto missing = m_service->findTutorialById(12345);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QCOMPARE(missing.error().message, u"tutorial 12345 not found"_s);
    }

    void tutorialWithoutCommentsHasAnEmptyList()
    {
        auto created = m_service->createTutorial(u"Lonely"_s, QString());
        VERIFY_OK(created);
        auto found = m_service->findTutorialById(created->id);
        VERIFY_OK(found);
        QVERIFY(found->comments.isEmpty());
    }

    void findCommentByIdWithItsTutorial()
    {
        const QList<qint64> ids = seedDemo();
        auto comment = m_service->findCommentById(3);
        VERIFY_OK(comment);
        QCOMPARE(comment->name, u"aKoder"_s);
        QVERIFY(comment->tutorial);
        QCOMPARE(comment->tutorial->id, ids[1]);
        QCOMPARE(comment->tutorial->title, u"Tut#2"_s);
        auto missing = m_service->findCommentById(77);
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, u"comment 77 not found"_s);
    }

    void unassignedCommentHasNoTutorial()
    {
        const QList<qint64> ids = seedDemo();
        VERIFY_OK(m_service->deleteTutorial(ids[0], TutorialService::CommentsOnDelete::KeepUnassigned));
        auto unassigned1 = m_service->findCommentById(1);
        VERIFY_OK(unassigned1);
        QVERIFY(!unassigned1->tutorialId);
        QVERIFY(!unassigned1->tutorial);
        auto unassigned = m_service->findCommentIds(std::nullopt);
        VERIFY_OK(unassigned);
        QCOMPARE(unassigned->size(), 2);
        auto all = m_service->findAll();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 1); // unassigned comments belong to no tutorial; they are not lost either
        auto counts = m_service->counts();
        VERIFY_OK(counts);
        QCOMPARE(counts->tutorials, 1);
        QCOMPARE(counts->comments, 4);
        QCOMPARE(counts->unassigned, 2);
    }

    // The window reads a tutorial's comments (or the unassigned ones) a page at a time, by id.
    void commentsComeInPages()
    {
        const QList<qint64> ids = seedDemo();
        auto first = m_service->findComments(ids[1], 0, 1);
        VERIFY_OK(first);
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->at(0).name, u"aKoder"_s);
        QCOMPARE(first->at(0).tutorialId, std::optional<qint64>(ids[1]));
        auto next = m_service->findComments(ids[1], first->at(0).id, 10);
        VERIFY_OK(next);
        QCOMPARE(next->size(), 1); // only the tutorial's own, none of the other's
        QCOMPARE(next->at(0).name, u"anotherKoder"_s);
        auto none = m_service->findComments(ids[1], next->at(0).id, 10);
        VERIFY_OK(none);
        QVERIFY(none->isEmpty());
        QVERIFY(m_service->findComments(std::nullopt, 0, 10)->isEmpty());
        VERIFY_OK(m_service->deleteTutorial(ids[0], TutorialService::CommentsOnDelete::KeepUnassigned));
        auto unassigned = m_service->findComments(std::nullopt, 0, 10);
        VERIFY_OK(unassigned);
        QCOMPARE(unassigned->size(), 2);
        QVERIFY(!unassigned->at(0).tutorialId);
        auto row = m_service->findTutorialRowById(ids[1]);
        VERIFY_OK(row);
        QCOMPARE(row->title, u"Tut#2"_s);
        auto gone = m_service->findTutorialRowById(ids[0]);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }

    void findAllIsEveryTutorialWithItsComments()
    {
        seedDemo();
        auto lonely = m_service->createTutorial(u"No comments"_s, QString());
        VERIFY_OK(lonely);
        auto all = m_service->findAll();
        VERIFY_OK(all);
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).comments.size(), 2);
        QCOMPARE(all->at(1).comments.size(), 2);
        QCOMPARE(all->at(1).comments[1].text, u"Awesome tut!"_s);
        QVERIFY(all->at(2).comments.isEmpty());
        QVERIFY(all->at(0).id < all->at(1).id && all->at(1).id < all->at(2).id);
    }

    void updateTutorialChangesOnlyWhatIsGiven()
    {
        auto created = m_service->createTutorial(u"Old"_s, u"Keep me"_s);
        VERIFY_OK(created);
        TutorialService::TutorialChanges changes;
        changes.title = u"New"_s;
        auto first = m_service->updateTutorial(created->id, changes);
        VERIFY_OK(first);
        QCOMPARE(first->title, u"New"_s);
        QCOMPARE(first->description, u"Keep me"_s);
        QCOMPARE(first->createdAt, created->createdAt);
        QVERIFY(first->updatedAt > created->updatedAt);
        // Right away again: updatedAt still moves, even within the column's one-second resolution on MySQL.
        auto second = m_service->updateTutorial(created->id, changes);
        VERIFY_OK(second);
        QVERIFY(second->updatedAt > first->updatedAt);
        QCOMPARE(storedTimestamp(u"tutorials"_s, u"updatedAt"_s, created->id), second->updatedAt);
        changes.description = QString(); // set to NULL
        auto third = m_service->updateTutorial(created->id, changes);
        VERIFY_OK(third);
        QVERIFY(stored(u"tutorials"_s, u"description"_s, created->id).isNull());
        auto missing = m_service->updateTutorial(4242, changes);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void updateCommentMovesAndDetaches()
    {
        const QList<qint64> ids = seedDemo();
        TutorialService::CommentChanges move;
        move.tutorialId = std::optional<qint64>(ids[1]);
        move.text = u"Moved"_s;
        auto moved = m_service->updateComment(1, move);
        VERIFY_OK(moved);
        QCOMPARE(moved->tutorialId, std::optional<qint64>(ids[1]));
        QCOMPARE(stored(u"comments"_s, u"tutorialId"_s, 1).toLongLong(), ids[1]);
        QCOMPARE(stored(u"comments"_s, u"text"_s, 1).toString(), u"Moved"_s);
        QCOMPARE(stored(u"comments"_s, u"name"_s, 1).toString(), u"bezkoder"_s);

        TutorialService::CommentChanges detach;
        detach.tutorialId = std::optional<qint64>();
        auto detached = m_service->updateComment(1, detach);
        VERIFY_OK(detached);
        QVERIFY(!detached->tutorialId);
        QVERIFY(stored(u"comments"_s, u"tutorialId"_s, 1).isNull());

        TutorialService::CommentChanges toNowhere;
        toNowhere.tutorialId = std::optional<qint64>(999);
        const qint64 updatedBefore = storedTimestamp(u"comments"_s, u"updatedAt"_s, 1);
        auto refused = m_service->updateComment(1, toNowhere);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, u"tutorial 999 not found"_s);
        QVERIFY(stored(u"comments"_s, u"tutorialId"_s, 1).isNull());
        QCOMPARE(storedTimestamp(u"comments"_s, u"updatedAt"_s, 1), updatedBefore);

        auto missing = m_service->updateComment(999, move);
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, u"comment 999 not found"_s);
    }

    void deleteTutorialWithItsComments()
    {
        const QList<qint64> ids = seedDemo();
        auto deleted = m_service->deleteTutorial(ids[0], TutorialService::CommentsOnDelete::Delete);
        VERIFY_OK(deleted);
        QCOMPARE(*deleted, 2);
        QCOMPARE(count(u"tutorials"_s), 1);
        QCOMPARE(count(u"comments"_s), 2);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s).toInt(), 0);
        auto again = m_service->deleteTutorial(ids[0], TutorialService::CommentsOnDelete::Delete);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::NotFound);
    }

    void deleteTutorialKeepingItsComments()
    {
        const QList<qint64> ids = seedDemo();
        auto deleted = m_service->deleteTutorial(ids[1], TutorialService::CommentsOnDelete::KeepUnassigned);
        VERIFY_OK(deleted);
        QCOMPARE(*deleted, 2);
        QCOMPARE(count(u"tutorials"_s), 1);
        QCOMPARE(count(u"comments"_s), 4);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s).toInt(), 2);
    }

    void failureHalfWayRollsTheWholeChangeBack()
    {
        const QList<qint64> ids = seedDemo();
        // The tutorial's own DELETE fails after its comments were deleted: both must be undone.
        if (m_test->isMySql())
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE DELETE ON tutorials FOR EACH ROW "
                                 "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by trigger'"_s));
        else
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE DELETE ON tutorials "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"_s));
        auto refused = m_service->deleteTutorial(ids[0], TutorialService::CommentsOnDelete::Delete);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"refused by trigger"_s), qPrintable(refused.error().message));
        // A refusal, not a lost connection (which the window would answer by reconnecting and saving again).
        QCOMPARE(refused.error().kind, Error::Kind::Database);
        QVERIFY2(!refused.error().message.contains(u"lost"_s), qPrintable(refused.error().message));
        QCOMPARE(count(u"tutorials"_s), 2);
        QCOMPARE(count(u"comments"_s), 4);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s).toInt(), 0);
        // And the service is still usable afterwards (no transaction left open).
        VERIFY_OK(m_service->createTutorial(u"after"_s, QString()));
        QCOMPARE(count(u"tutorials"_s), 3);
    }

    // The window's "Load sample data" and its undo and redo: several tutorials with their comments at once, all or
    // nothing, whether the service refuses a value first or the database refuses a row half-way.
    void severalTutorialsAtOnce()
    {
        auto created = m_service->createTutorials(SampleData::seedDemo());
        VERIFY_OK(created);
        QCOMPARE(created->size(), 2);
        QCOMPARE(count(u"tutorials"_s), 2);
        QCOMPARE(count(u"comments"_s), 4);
        QCOMPARE(created->at(1).comments.at(1).tutorialId, std::optional<qint64>(created->at(1).id));
        auto all = m_service->findAll();
        VERIFY_OK(all);
        QCOMPARE(*all, *created); // what it returns is what is stored

        QList<Tutorial> tooLong = SampleData::seedDemo();
        tooLong[1].comments[1].name = QString(256, u'n');
        auto refused = m_service->createTutorials(tooLong);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"name"_s);
        QCOMPARE(count(u"tutorials"_s), 2);
        QCOMPARE(count(u"comments"_s), 4);

        if (m_test->isMySql())
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON comments FOR EACH ROW BEGIN "
                                 "IF NEW.name = 'anotherKoder' THEN "
                                 "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by trigger'; END IF; END"_s));
        else
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON comments WHEN NEW.name = 'anotherKoder' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"_s));
        auto halfWay = m_service->createTutorials(SampleData::seedDemo()); // fails at the last comment
        QVERIFY(!halfWay);
        QVERIFY2(halfWay.error().message.contains(u"refused by trigger"_s), qPrintable(halfWay.error().message));
        QCOMPARE(count(u"tutorials"_s), 2);
        QCOMPARE(count(u"comments"_s), 4);
        QVERIFY(m_test->exec(u"DROP TRIGGER refuse"_s));

        const QList<qint64> ids = {created->at(0).id, created->at(1).id};
        auto missing = m_service->deleteTutorials({ids[0], ids[1] + 1000}, TutorialService::CommentsOnDelete::Delete);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QCOMPARE(count(u"tutorials"_s), 2); // the first one is not deleted either
        VERIFY_OK(m_service->deleteTutorials(ids, TutorialService::CommentsOnDelete::Delete));
        QCOMPARE(count(u"tutorials"_s), 0);
        QCOMPARE(count(u"comments"_s), 0);
        VERIFY_OK(m_service->restoreTutorials(*created, TutorialService::CommentsOnDelete::Delete));
        all = m_service->findAll();
        VERIFY_OK(all);
        QCOMPARE(*all, *created); // same ids, same timestamps
    }

    // The undo of a move puts each comment back where it was, all or none.
    void placeCommentsEachToItsOwnTutorial()
    {
        const QList<qint64> ids = seedDemo(); // comments 1, 2 in the first tutorial; 3, 4 in the second
        VERIFY_OK(m_service->placeComments({{1, ids[1]}, {3, ids[0]}, {4, std::nullopt}}));
        QCOMPARE(m_test->scalar(u"SELECT tutorialId FROM comments WHERE id = 1"_s).toLongLong(), ids[1]);
        QCOMPARE(m_test->scalar(u"SELECT tutorialId FROM comments WHERE id = 3"_s).toLongLong(), ids[0]);
        QVERIFY(m_test->scalar(u"SELECT tutorialId FROM comments WHERE id = 4"_s).isNull());
        // A tutorial that is gone, half-way through: nothing moves.
        auto refused = m_service->placeComments({{1, ids[0]}, {2, ids[1] + 1000}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::NotFound);
        QCOMPARE(m_test->scalar(u"SELECT tutorialId FROM comments WHERE id = 1"_s).toLongLong(), ids[1]);
        QCOMPARE(m_test->scalar(u"SELECT tutorialId FROM comments WHERE id = 2"_s).toLongLong(), ids[0]);
    }

    void deleteComment()
    {
        seedDemo();
        VERIFY_OK(m_service->deleteComment(2));
        QCOMPARE(count(u"comments"_s), 3);
        auto again = m_service->deleteComment(2);
        QVERIFY(!again);
        QCOMPARE(again.error().message, u"comment 2 not found"_s);
    }

    void counts()
    {
        const QList<qint64> ids = seedDemo();
        auto comments = m_service->countComments(ids[0]);
        VERIFY_OK(comments);
        QCOMPARE(*comments, 2);
        auto none = m_service->countComments(999);
        VERIFY_OK(none);
        QCOMPARE(*none, 0);
    }

    void searchTakesWildcardsLiterally_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("percent") << u"100%"_s << QStringList{u"100% pure"_s};
        QTest::newRow("underscore") << u"a_b"_s << QStringList{u"a_b"_s};
        QTest::newRow("backslash") << u"C:\\"_s << QStringList{u"C:\\dir"_s};
        QTest::newRow("escape char") << u"wow!"_s << QStringList{u"wow!"_s};
        QTest::newRow("quote") << u"O'Brien"_s << QStringList{u"O'Brien's \"guide\""_s};
        QTest::newRow("description matches") << u"in the description"_s << QStringList{u"plain"_s};
        QTest::newRow("case insensitive ascii") << u"PLAIN"_s << QStringList{u"plain"_s};
        QTest::newRow("nothing") << u"zzz"_s << QStringList{};
    }
    void searchTakesWildcardsLiterally()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, titles);
        for (const QString &title :
             {u"100% pure"_s, u"1000 pure"_s, u"a_b"_s, u"axb"_s, u"C:\\dir"_s, u"C:dir"_s, u"wow!"_s, u"wow"_s,
              u"O'Brien's \"guide\""_s})
            VERIFY_OK(m_service->createTutorial(title, QString()));
        VERIFY_OK(m_service->createTutorial(u"plain"_s, u"text in the description"_s));
        auto found = m_service->findAll(search);
        VERIFY_OK(found);
        QStringList got;
        for (const Tutorial &tutorial : *found)
            got << tutorial.title;
        QCOMPARE(got.join(u" | "_s), titles.join(u" | "_s));
    }

    // Case and accents are ignored for every language on both databases, the same way, as MariaDB's
    // utf8mb4_general_ci ignores them (the Node.js service's tables on such a server): "öl" finds "Öl".
    void searchFoldsCaseInEveryLanguage_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("umlaut lower") << u"öl"_s << QStringList{u"Öl und Wasser"_s};
        QTest::newRow("umlaut word") << u"ärger"_s << QStringList{u"Ärger"_s};
        QTest::newRow("upper") << u"ÄRGER"_s << QStringList{u"Ärger"_s};
        QTest::newRow("greek") << u"σοφία"_s << QStringList{u"ΣΟΦΊΑ"_s};
        QTest::newRow("cyrillic") << u"ПРИВЕТ"_s << QStringList{u"привет мир"_s};
        QTest::newRow("description") << u"ÉTÉ"_s << QStringList{u"plain"_s, u"numbered"_s};
        QTest::newRow("accents ignored") << u"arger"_s << QStringList{u"Ärger"_s};
        QTest::newRow("sharp s is s") << u"strase"_s << QStringList{u"Straße"_s};
        QTest::newRow("wildcards still literal") << u"ö%"_s << QStringList{};
        // Digits and signs fold from themselves only (SQLite looks for them in the raw text first); the letters
        // around them still fold.
        QTest::newRow("digits among folded letters") << u"cafe #42"_s << QStringList{u"CAFÉ #42"_s};
        QTest::newRow("a digit missing") << u"cafe #43"_s << QStringList{};
        QTest::newRow("signs first") << u"#42"_s << QStringList{u"CAFÉ #42"_s};
        QTest::newRow("digits in the description") << u"ETE 2024"_s << QStringList{u"numbered"_s};
        QTest::newRow("digits, the letters elsewhere") << u"ete 2023"_s << QStringList{};
    }
    void searchFoldsCaseInEveryLanguage()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, titles);
        for (const QString &title :
             {u"Öl und Wasser"_s, u"Ärger"_s, u"ΣΟΦΊΑ"_s, u"привет мир"_s, u"arg"_s, u"Straße"_s, u"CAFÉ #42"_s})
            VERIFY_OK(m_service->createTutorial(title, QString()));
        VERIFY_OK(m_service->createTutorial(u"plain"_s, u"un été"_s));
        VERIFY_OK(m_service->createTutorial(u"numbered"_s, u"l'été 2024"_s));
        auto found = m_service->findAll(search);
        VERIFY_OK(found);
        QStringList got;
        for (const Tutorial &tutorial : *found)
            got << tutorial.title;
        QCOMPARE(got.join(u" | "_s), titles.join(u" | "_s));
        TutorialService::SummaryQuery query;
        query.search = search;
        auto listed = m_service->findTutorialSummaries(query);
        VERIFY_OK(listed);
        got.clear();
        for (const TutorialSummary &summary : *listed)
            got << summary.title;
        QCOMPARE(got.join(u" | "_s), titles.join(u" | "_s));
    }

    // On MariaDB the search first looks for the longest run of its digits and signs in the raw bytes: the run each
    // search picks.
    void theSearchPicksItsDigitsAndSigns_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("run");
        QTest::newRow("a number") << u"opic 4217"_s << u" 4217"_s;
        QTest::newRow("signs") << u"cafe #42"_s << u" #42"_s;
        QTest::newRow("wildcards") << u"100% pure"_s << u"100% "_s;
        QTest::newRow("the longest") << u"a 1 b 22 c"_s << u" 22 "_s;
        QTest::newRow("spaces alone") << u"two words"_s << QString();
        QTest::newRow("letters only") << u"Ärger"_s << QString();
        QTest::newRow("not ASCII") << u"σ·2"_s << u"2"_s;
    }
    void theSearchPicksItsDigitsAndSigns()
    {
        QFETCH(QString, search);
        QFETCH(QString, run);
        QCOMPARE(TutorialSql::selfMatchingRun(search), run);
    }

    // What that rests on, measured on the test server: every code point that the search's LIKE (utf8mb4_general_ci)
    // matches with one of the characters looked for as bytes is that character itself.
    void theCharactersLookedForAsBytesMatchOnlyThemselvesOnTheServer()
    {
        if (!m_test->isMySql())
            QSKIP("a MariaDB collation's rule; SQLite's search takes its own from its fold table (SqliteText)");
        QString set;
        QList<int> expected;
        for (char16_t u = 1; u < 0x80; ++u) {
            if (TutorialSql::matchesOnlyItself(QChar(u))) {
                set += QChar(u);
                expected << u;
            }
        }
        QVERIFY(set.contains(u'4') && set.contains(u'#') && !set.contains(u'a'));
        // Every code point (but the UTF-16 surrogates, which are no characters) tried as a LIKE pattern against the
        // whole set: it matches if the collation takes it for any of the set's characters.
        QSqlQuery query(m_test->checker());
        QVERIFY2(query.prepare(u"SELECT seq FROM (SELECT seq, CONVERT(CHAR(seq USING utf32) USING utf8mb4) AS ch FROM "
                               "seq_0_to_1114111 WHERE seq NOT BETWEEN 55296 AND 57343) u WHERE CONVERT(? USING utf8mb4) "
                               "COLLATE utf8mb4_general_ci LIKE CONCAT('%', IF(ch IN ('%', '_', '!'), '!', ''), ch, '%') "
                               "ESCAPE '!' ORDER BY seq"_s),
                 qPrintable(query.lastError().text()));
        query.addBindValue(set);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QList<int> matched;
        while (query.next())
            matched << query.value(0).toInt();
        QCOMPARE(matched, expected);
    }

    // Where the columns do not store ASCII as its bytes (a UTF-16 title), the search finds the same without that
    // first look at the raw bytes.
    void searchOfAColumnInUtf16FindsTheSame()
    {
        if (!m_test->isMySql())
            QSKIP("a MariaDB column's character set; SQLite stores all text as UTF-8 or UTF-16 as the file says");
        VERIFY_OK(m_service->createTutorial(u"CAFÉ #42"_s, QString()));
        VERIFY_OK(m_service->createTutorial(u"plain"_s, u"l'été 2024"_s));
        auto utf8 = Schema::columnLimits(*m_database);
        VERIFY_OK(utf8);
        QVERIFY(utf8->tutorialTextAsciiBytes);
        QSqlQuery alter(m_test->checker());
        QVERIFY2(alter.exec(u"ALTER TABLE tutorials MODIFY title VARCHAR(255) CHARACTER SET utf16"_s),
                 qPrintable(alter.lastError().text()));
        auto utf16 = Schema::columnLimits(*m_database);
        VERIFY_OK(utf16);
        QVERIFY(!utf16->tutorialTextAsciiBytes);
        TutorialService service(*m_database); // reads the columns afresh
        for (const auto &[search, title] : {std::pair{u"cafe #42"_s, u"CAFÉ #42"_s}, std::pair{u"ETE 2024"_s, u"plain"_s}}) {
            auto found = service.findAll(search);
            VERIFY_OK(found);
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().title, title);
        }
    }

    // A SQLite file made by the Node.js service has no index on comments.tutorialId. The list's comment counts are
    // then read in one pass over the comments, for a page of rows and for the order by count, not once per tutorial
    // (which scanned every comment for each row: a window on 100,000 tutorials used both cores for seconds).
    // Measured in SQLite's own virtual-machine steps against one plain scan of the comments.
    void listCountsWithoutTheTutorialIdIndexScanTheCommentsOnce()
    {
        if (m_test->isMySql())
            QSKIP("MariaDB always keeps an index for the foreign key; only SQLite files can lack it");
        QList<Tutorial> made;
        for (int t = 0; t < 40; ++t) {
            Tutorial tutorial;
            tutorial.title = u"Counted %1"_s.arg(t);
            for (int c = 0; c < 10 * t; ++c) {
                Comment comment;
                comment.name = u"n"_s;
                comment.text = u"t"_s;
                tutorial.comments.append(comment);
            }
            made.append(tutorial);
        }
        auto stored = m_service->createTutorials(made);
        VERIFY_OK(stored);
        QSqlQuery drop(m_test->checker());
        QVERIFY2(drop.exec(u"DROP INDEX comments_tutorial_id"_s), qPrintable(drop.lastError().text()));
        auto db = m_database->connection();
        VERIFY_OK(db);
        sqlite3 *handle = nativeHandle<sqlite3>(*db, "sqlite3*", "sqlite3*");
        QVERIFY(handle);
        qint64 steps = 0;
        sqlite3_progress_handler(handle, 100, [](void *counted) { return ++*static_cast<qint64 *>(counted), 0; }, &steps);
        const auto guard = qScopeGuard([handle] { sqlite3_progress_handler(handle, 0, nullptr, nullptr); });
        const auto stepsOf = [&steps](const std::function<void()> &work) {
            steps = 0;
            work();
            return steps;
        };
        const qint64 oneScan = stepsOf([&] { (void)m_service->countUnassignedComments(); }); // no index: a scan

        QList<qint64> ids;
        for (const Tutorial &tutorial : *stored)
            ids.append(tutorial.id);
        Result<QList<TutorialSummary>> rows = QList<TutorialSummary>();
        const qint64 pageSteps = stepsOf([&] { rows = m_service->findTutorialSummariesByIds(ids); });
        VERIFY_OK(rows);
        QCOMPARE(rows->size(), 40);
        for (const TutorialSummary &row : *rows)
            QCOMPARE(row.commentCount, 10 * row.title.section(u' ', 1).toInt());
        // One scan with its grouping costs a few plain scans' steps; counted per row it was 40 scans at least.
        qInfo("SQLite steps (x100): one scan %lld, 40 rows with their counts %lld", oneScan, pageSteps);
        QVERIFY2(pageSteps < 10 * oneScan, qPrintable(u"%1 steps for 40 rows, %2 for one scan"_s.arg(pageSteps).arg(oneScan)));

        TutorialService::SummaryQuery query;
        query.sort = TutorialService::SummarySort::CommentCount;
        query.descending = true;
        Result<QList<qint64>> order = QList<qint64>();
        const qint64 orderSteps = stepsOf([&] { order = m_service->findTutorialOrder(query); });
        VERIFY_OK(order);
        QCOMPARE(order->mid(0, 3), (QList<qint64> {ids.at(39), ids.at(38), ids.at(37)}));
        qInfo("SQLite steps (x100): the order by comment count %lld", orderSteps);
        QVERIFY2(orderSteps < 10 * oneScan,
                 qPrintable(u"%1 steps for the order, %2 for one scan"_s.arg(orderSteps).arg(oneScan)));
    }

    // Titles sort as a dictionary of the language does (Unicode collation), not by code point: "Ärger" next to
    // "apple", not after "Zebra".
    void sortByTitleFollowsTheLanguage()
    {
        for (const QString &title : {u"Tut#2"_s, u"Zebra"_s, u"Öl"_s, u"éclair"_s, u"Ärger"_s, u"apple"_s, u"Eagle"_s})
            VERIFY_OK(m_service->createTutorial(title, QString()));
        TutorialService::SummaryQuery query;
        query.sort = TutorialService::SummarySort::Title;
        auto listed = m_service->findTutorialSummaries(query);
        VERIFY_OK(listed);
        QStringList got;
        for (const TutorialSummary &summary : *listed)
            got << summary.title;
        QCOMPARE(got.join(u" | "_s), u"apple | Ärger | Eagle | éclair | Öl | Tut#2 | Zebra"_s);
        query.descending = true;
        query.offset = 1;
        query.limit = 2;
        listed = m_service->findTutorialSummaries(query);
        VERIFY_OK(listed);
        got.clear();
        for (const TutorialSummary &summary : *listed)
            got << summary.title;
        QCOMPARE(got.join(u" | "_s), u"Tut#2 | Öl"_s); // pages follow the same order
    }

    void hostileValuesRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("sql") << u"'; DROP TABLE tutorials; --"_s;
        QTest::newRow("quotes") << u"\"double\" 'single' `back`"_s;
        QTest::newRow("backslashes") << u"C:\\new\\table \\' \\\\"_s;
        QTest::newRow("like wildcards") << u"100% _under_ [x]"_s;
        QTest::newRow("emoji 4-byte") << u"👍🏽 🎉 𝄞"_s;
        QTest::newRow("right to left") << u"\u202Bمرحبا بالعالم\u202C \u200F"_s;
        QTest::newRow("newlines") << u"line 1\nline 2\r\n\ttab"_s;
        QTest::newRow("255 ascii") << QString(255, u'x');
        QTest::newRow("255 emoji") << QString(u"😀"_s).repeated(255); // 510 UTF-16 units, 255 characters
    }
    void hostileValuesRoundTrip()
    {
        QFETCH(QString, value);
        auto tutorial = m_service->createTutorial(value, value);
        VERIFY_OK(tutorial);
        QCOMPARE(tutorial->title, value);
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, tutorial->id).toString(), value);
        auto comment = m_service->createComment(tutorial->id, value, value);
        VERIFY_OK(comment);
        auto found = m_service->findTutorialById(tutorial->id);
        VERIFY_OK(found);
        QCOMPARE(found->description, value);
        QCOMPARE(found->comments.first().text, value);
        QCOMPARE(stored(u"comments"_s, u"name"_s, comment->id).toString(), value);
        QCOMPARE(count(u"tutorials"_s), 1); // nothing was dropped
    }

    void invalidValuesAreRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("256 ascii") << QString(256, u'x') << u"256 characters, at most 255"_s;
        QTest::newRow("256 emoji") << QString(u"😀"_s).repeated(256) << u"256 characters, at most 255"_s;
        QTest::newRow("nul") << u"a\0b"_s << u"NUL"_s;
        QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) << u"not valid Unicode"_s;
    }
    void invalidValuesAreRefusedAndNothingIsWritten()
    {
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        auto tutorial = m_service->createTutorial(u"ok"_s, u"ok"_s);
        VERIFY_OK(tutorial);
        auto comment = m_service->createComment(tutorial->id, u"ok"_s, u"ok"_s);
        VERIFY_OK(comment);

        auto created = m_service->createTutorial(value, QString());
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Error::Kind::Invalid);
        QCOMPARE(created.error().field, u"title"_s);
        QVERIFY2(created.error().message.contains(u"title"_s) && created.error().message.contains(mentions),
                 qPrintable(created.error().message));
        QCOMPARE(count(u"tutorials"_s), 1);

        TutorialService::TutorialChanges changes;
        changes.description = value;
        const qint64 updatedBefore = storedTimestamp(u"tutorials"_s, u"updatedAt"_s, tutorial->id);
        auto updated = m_service->updateTutorial(tutorial->id, changes);
        QVERIFY(!updated);
        QCOMPARE(updated.error().field, u"description"_s);
        QCOMPARE(stored(u"tutorials"_s, u"description"_s, tutorial->id).toString(), u"ok"_s);
        QCOMPARE(storedTimestamp(u"tutorials"_s, u"updatedAt"_s, tutorial->id), updatedBefore);

        auto newComment = m_service->createComment(tutorial->id, u"n"_s, value);
        QVERIFY(!newComment);
        QCOMPARE(newComment.error().field, u"text"_s);
        QCOMPARE(count(u"comments"_s), 1);

        TutorialService::CommentChanges commentChanges;
        commentChanges.name = value;
        auto updatedComment = m_service->updateComment(comment->id, commentChanges);
        QVERIFY(!updatedComment);
        QCOMPARE(updatedComment.error().field, u"name"_s);
        QCOMPARE(stored(u"comments"_s, u"name"_s, comment->id).toString(), u"ok"_s);
    }

    void laxServerModeStillRefusesLongValues()
    {
        if (!m_test->isMySql())
            QSKIP("the server-wide mode exists only on MySQL; the validation above runs on both");
        TestDatabase::LaxServerMode laxMode;
        QVERIFY(laxMode.isActive());
        Database lax(m_test->url()); // a new connection, born under the lax global mode
        TutorialService service(lax);
        auto refused = service.createTutorial(QString(300, u'y'), QString());
        auto ok = service.createTutorial(QString(255, u'y'), QString());
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"title"_s);
        VERIFY_OK(ok);
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, ok->id).toString().size(), 255);
        QCOMPARE(count(u"tutorials"_s), 1);
    }

    // Two editors: this service and a second one with its own connection (another window, or the seed's service).
    void laterSaveSeesAnotherEditorsChange()
    {
        auto created = m_service->createTutorial(u"Original"_s, u"d"_s);
        VERIFY_OK(created);
        Database otherDatabase(m_test->url());
        TutorialService other(otherDatabase);

        auto readByMe = m_service->findTutorialById(created->id);
        VERIFY_OK(readByMe);
        TutorialService::TutorialChanges theirs;
        theirs.title = u"Theirs"_s;
        VERIFY_OK(other.updateTutorial(created->id, theirs));

        TutorialService::TutorialChanges mine;
        mine.title = u"Mine"_s;
        mine.expected = *readByMe;
        auto refused = m_service->updateTutorial(created->id, mine);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(u"changed by someone else"_s), qPrintable(refused.error().message));
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, created->id).toString(), u"Theirs"_s);

        // Reload and save again: now it goes through.
        auto reloaded = m_service->findTutorialById(created->id);
        VERIFY_OK(reloaded);
        mine.expected = *reloaded;
        VERIFY_OK(m_service->updateTutorial(created->id, mine));
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, created->id).toString(), u"Mine"_s);

        // A change made by plain SQL, as the seed's Sequelize sends it, is seen as well.
        auto readAgain = m_service->findTutorialById(created->id);
        VERIFY_OK(readAgain);
        QSqlQuery seed(m_test->checker());
        seed.prepare(u"UPDATE tutorials SET description = ? WHERE id = ?"_s);
        seed.addBindValue(u"changed by the seed"_s);
        seed.addBindValue(created->id);
        QVERIFY(seed.exec());
        mine.title = u"Mine again"_s;
        mine.expected = *readAgain;
        auto refusedAgain = m_service->updateTutorial(created->id, mine);
        QVERIFY(!refusedAgain);
        QCOMPARE(refusedAgain.error().kind, Error::Kind::Conflict);
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, created->id).toString(), u"Mine"_s);
    }

    void saveOverADeletedRowSaysSo()
    {
        const QList<qint64> ids = seedDemo();
        QCOMPARE(ids.size(), 2);
        Database otherDatabase(m_test->url());
        TutorialService other(otherDatabase);
        auto tutorial = m_service->findTutorialById(ids[0]);
        VERIFY_OK(tutorial);
        auto comment = m_service->findCommentById(3);
        VERIFY_OK(comment);
        VERIFY_OK(other.deleteTutorial(ids[0], TutorialService::CommentsOnDelete::Delete));
        VERIFY_OK(other.deleteComment(3));

        TutorialService::TutorialChanges changes;
        changes.title = u"too late"_s;
        changes.expected = *tutorial;
        auto gone = m_service->updateTutorial(ids[0], changes);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        QVERIFY2(gone.error().message.contains(u"deleted by someone else"_s), qPrintable(gone.error().message));

        TutorialService::CommentChanges commentChanges;
        commentChanges.text = u"too late"_s;
        commentChanges.expected = *comment;
        auto commentGone = m_service->updateComment(3, commentChanges);
        QVERIFY(!commentGone);
        QVERIFY2(commentGone.error().message.contains(u"deleted by someone else"_s),
                 qPrintable(commentGone.error().message));
        // Commenting on a tutorial someone deleted says which one.
        auto orphaned = m_service->createComment(ids[0], u"n"_s, u"t"_s);
        QVERIFY(!orphaned);
        QCOMPARE(orphaned.error().message, u"tutorial %1 not found"_s.arg(ids[0]));
        QCOMPARE(count(u"tutorials"_s), 1);
    }

    void commentConflict()
    {
        seedDemo();
        Database otherDatabase(m_test->url());
        TutorialService other(otherDatabase);
        auto mine = m_service->findCommentById(1);
        VERIFY_OK(mine);
        TutorialService::CommentChanges theirs;
        theirs.tutorialId = std::optional<qint64>(); // they detached it
        VERIFY_OK(other.updateComment(1, theirs));
        TutorialService::CommentChanges changes;
        changes.text = u"edited"_s;
        changes.expected = *mine;
        auto refused = m_service->updateComment(1, changes);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(stored(u"comments"_s, u"text"_s, 1).toString(), u"Good job!"_s);
    }

    // A certification conflict (error 1213, as a Galera node reports a write that lost to another node's) is tried
    // once more; a second one reaches the caller as a conflict, and nothing is written.
    void certificationConflictIsRetriedOnce()
    {
        if (!m_test->isMySql())
            QSKIP("error 1213 is MySQL's");
        auto tutorial = m_service->createTutorial(u"before"_s, QString());
        VERIFY_OK(tutorial);
        // A non-transactional counter survives the rollback, so the trigger fails exactly `n` times.
        QVERIFY(m_test->exec(u"CREATE TABLE failures (n INT) ENGINE=Aria"_s));
        QVERIFY(m_test->exec(u"CREATE TRIGGER conflict BEFORE UPDATE ON tutorials FOR EACH ROW BEGIN "
                             "IF (SELECT n FROM failures) > 0 THEN UPDATE failures SET n = n - 1; "
                             "SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found'; "
                             "END IF; END"_s));
        QVERIFY(m_test->exec(u"INSERT INTO failures VALUES (1)"_s));
        TutorialService::TutorialChanges changes;
        changes.title = u"after one conflict"_s;
        VERIFY_OK(m_service->updateTutorial(tutorial->id, changes));
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, tutorial->id).toString(), u"after one conflict"_s);

        QVERIFY(m_test->exec(u"UPDATE failures SET n = 2"_s));
        changes.title = u"after two conflicts"_s;
        auto refused = m_service->updateTutorial(tutorial->id, changes);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(refused.error().nativeCode, 1213);
        QCOMPARE(stored(u"tutorials"_s, u"title"_s, tutorial->id).toString(), u"after one conflict"_s);
        QCOMPARE(m_test->scalar(u"SELECT n FROM failures"_s).toInt(), 0);
    }

    // Not only the edits of one row: every write tries a certification conflict once more. Undo's restores, the
    // selection's moves and deletes of comments and the batch writes each meet one conflict here and go through.
    void everyWriteRetriesACertificationConflict()
    {
        if (!m_test->isMySql())
            QSKIP("error 1213 is MySQL's");
        const QList<qint64> ids = seedDemo();
        QCOMPARE(ids.size(), 2);
        auto tutorial = m_service->findTutorialById(ids[0]);
        VERIFY_OK(tutorial);
        QCOMPARE(tutorial->comments.size(), 2);
        const QList<qint64> commentIds{tutorial->comments[0].id, tutorial->comments[1].id};
        // A non-transactional counter survives the rollback: the first row written after it is set fails once.
        QVERIFY(m_test->exec(u"CREATE TABLE failures (n INT) ENGINE=Aria"_s));
        QVERIFY(m_test->exec(u"INSERT INTO failures VALUES (0)"_s));
        for (const QString &event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
            for (const QString &table : {u"tutorials"_s, u"comments"_s}) {
                QVERIFY(m_test->exec(u"CREATE TRIGGER conflict_%1_%2 BEFORE %1 ON %2 FOR EACH ROW BEGIN "
                                     "IF (SELECT n FROM failures) > 0 THEN UPDATE failures SET n = n - 1; "
                                     "SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found'; "
                                     "END IF; END"_s.arg(event, table)));
            }
        }
        const auto conflictOnce = [this] { return m_test->exec(u"UPDATE failures SET n = 1"_s); };
        const auto conflicted = [this] { return m_test->scalar(u"SELECT n FROM failures"_s).toInt() == 0; };

        QVERIFY(conflictOnce());
        VERIFY_OK(m_service->moveComments(commentIds, ids[1]));
        QVERIFY(conflicted());
        QCOMPARE(m_service->countComments(ids[1]).value(), 4);
        QVERIFY(conflictOnce());
        VERIFY_OK(m_service->placeComments({{commentIds[0], ids[0]}, {commentIds[1], ids[0]}}));
        QVERIFY(conflicted());
        QCOMPARE(m_service->countComments(ids[0]).value(), 2);

        QVERIFY(conflictOnce());
        VERIFY_OK(m_service->deleteComments(commentIds));
        QVERIFY(conflicted());
        QCOMPARE(count(u"comments"_s), 2);
        QVERIFY(conflictOnce());
        VERIFY_OK(m_service->restoreComments(tutorial->comments));
        QVERIFY(conflicted());
        QCOMPARE(count(u"comments"_s), 4);

        QVERIFY(conflictOnce());
        VERIFY_OK(m_service->deleteTutorials({ids[0]}, TutorialService::CommentsOnDelete::Delete));
        QVERIFY(conflicted());
        QVERIFY(conflictOnce());
        VERIFY_OK(m_service->restoreTutorials({*tutorial}, TutorialService::CommentsOnDelete::Delete));
        QVERIFY(conflicted());
        auto restored = m_service->findTutorialById(ids[0]);
        VERIFY_OK(restored);
        QCOMPARE(*restored, *tutorial);
    }

    void escapeLike()
    {
        QCOMPARE(TutorialService::escapeLike(u"a%b_c!d\\e"_s), u"a!%b!_c!!d\\e"_s);
    }

    // A statement the database refuses is logged (tutorialdesk.sql): what was done, the statement with its
    // placeholders, the database's answer; never a value bound to it, which may be anything a person typed.
    void aFailedStatementIsLoggedWithoutItsValues()
    {
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
                [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                    if (QByteArrayView(context.category) == "tutorialdesk.sql")
                        logged << message;
                });
        if (m_test->isMySql())
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON tutorials FOR EACH ROW "
                                 "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by trigger'"_s));
        else
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON tutorials "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"_s));
        auto refused = m_service->createTutorial(u"secret-title-4711"_s, u"secret-description-0815"_s);
        qInstallMessageHandler(previous);
        QVERIFY(m_test->exec(u"DROP TRIGGER refuse"_s));
        QVERIFY(!refused);
        QCOMPARE(logged.size(), 1);
        const QString line = logged.first();
        QVERIFY2(line.contains(u"INSERT INTO tutorials"_s) && line.contains(u"refused by trigger"_s), qPrintable(line));
        QVERIFY2(!line.contains(u"secret"_s), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(tst_TutorialService)
#include "tst_tutorialservice.moc"
