// Import and export of whole data sets, on SQLite and on a real MariaDB.
#include "database.h"
#include "schema.h"
#include "testdatabase.h"
#include "tutorialservice.h"
#include "tutorialjson.h"
#include "tutorialtransfer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TutorialTransfer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;

    int count(const QString &table) { return m_test->scalar(u"SELECT COUNT(*) FROM "_s + table).toInt(); }

    QByteArray exported(const QString &search = {})
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TutorialTransfer transfer(*m_database);
        auto counts = transfer.exportJson(buffer, search);
        return counts ? buffer.data() : QByteArray();
    }

    // Without the ids, which an import gives anew.
    static QJsonArray withoutIds(QJsonArray tutorials)
    {
        for (qsizetype i = 0; i < tutorials.size(); ++i) {
            QJsonObject tutorial = tutorials[i].toObject();
            tutorial.remove(u"id"_s);
            QJsonArray comments = tutorial.value(u"comments"_s).toArray();
            for (qsizetype j = 0; j < comments.size(); ++j) {
                QJsonObject comment = comments[j].toObject();
                comment.remove(u"id"_s);
                comment.remove(u"tutorialId"_s);
                comments[j] = comment;
            }
            tutorial[u"comments"_s] = comments;
            tutorials[i] = tutorial;
        }
        return tutorials;
    }

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
        m_database = std::make_unique<Database>(m_test->url());
        QVERIFY(Schema::init(*m_database));
    }
    void cleanup()
    {
        m_database.reset();
        m_test.reset();
    }

    void exportIsWhatFindAllReturns()
    {
        TutorialService service(*m_database);
        auto t1 = service.createTutorial(u"One \"quoted\""_s, QString());
        auto t2 = service.createTutorial(u"Two 👍"_s, u"d"_s);
        QVERIFY(t1 && t2);
        QVERIFY(service.createComment(t1->id, u"a"_s, u"b\nc"_s));
        // A comment without a name, as the Node.js service may have stored it (the window refuses to make one).
        Comment nameless;
        nameless.id = 100;
        nameless.text = u"x"_s;
        nameless.tutorialId = t1->id;
        nameless.createdAt = nameless.updatedAt = t1->createdAt;
        QVERIFY(service.restoreComments({nameless}));
        auto all = service.findAll();
        QVERIFY(all);
        QCOMPARE(QJsonDocument::fromJson(exported()), QJsonDocument::fromJson(TutorialJson::tutorials(*all)));
        QCOMPARE(exported().trimmed(), TutorialJson::tutorials(*all)); // byte for byte, too
        QCOMPARE(QJsonDocument::fromJson(exported(u"👍"_s)).array().size(), 1);
    }

    void exportOfAnEmptyDatabase() { QCOMPARE(exported().trimmed(), QByteArray("[]")); }

    // The findAll shape holds comments under their tutorial: unassigned ones cannot be in it, and the export says
    // how many it left out (the person is told; the CSV export has them).
    void exportCountsTheUnassignedCommentsItLeavesOut()
    {
        TutorialService service(*m_database);
        auto gone = service.createTutorial(u"Gone"_s, QString());
        auto kept = service.createTutorial(u"Kept"_s, QString());
        QVERIFY(gone && kept);
        QVERIFY(service.createComment(gone->id, u"a"_s, u"orphan 1"_s));
        QVERIFY(service.createComment(gone->id, u"b"_s, u"orphan 2"_s));
        QVERIFY(service.createComment(kept->id, u"c"_s, u"stays"_s));
        QVERIFY(service.deleteTutorial(gone->id, TutorialService::CommentsOnDelete::KeepUnassigned));
        TutorialTransfer transfer(*m_database);
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        auto counts = transfer.exportJson(json);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
        QCOMPARE(counts->tutorials, 1);
        QCOMPARE(counts->comments, 1);
        QCOMPARE(counts->unassignedLeftOut, 2);
        QVERIFY(!json.data().contains("orphan"));
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        auto rows = transfer.exportCommentsCsv(csv);
        QVERIFY(rows);
        QCOMPARE(*rows, 3);
        QVERIFY(csv.data().contains("orphan 1") && csv.data().contains("orphan 2"));
    }

    void importRoundTrips()
    {
        TutorialService service(*m_database);
        auto t1 = service.createTutorial(u"Tut#1"_s, u"Tut#1 Description"_s);
        QVERIFY(t1);
        QVERIFY(service.createComment(t1->id, u"bezkoder"_s, u"Good job!"_s));
        QVERIFY(service.createTutorial(u"Empty"_s, QString()));
        const QByteArray before = exported();
        TutorialTransfer transfer(*m_database);
        auto counts = transfer.importJson(before);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
        QCOMPARE(counts->tutorials, 2);
        QCOMPARE(counts->comments, 1);
        QCOMPARE(count(u"tutorials"_s), 4);
        QCOMPARE(count(u"comments"_s), 2);
        const QJsonArray after = QJsonDocument::fromJson(exported()).array();
        const QJsonArray original = QJsonDocument::fromJson(before).array();
        QJsonArray imported = after;
        imported.removeFirst();
        imported.removeFirst();
        QCOMPARE(withoutIds(imported), withoutIds(original)); // values and timestamps kept, new ids
        QVERIFY(after[2].toObject().value(u"id"_s).toInteger() > original[1].toObject().value(u"id"_s).toInteger());
        QCOMPARE(after[2].toObject().value(u"comments"_s).toArray()[0].toObject().value(u"tutorialId"_s).toInteger(),
                 after[2].toObject().value(u"id"_s).toInteger());
        // And the ids the database hands out next do not collide with the imported ones.
        auto next = service.createTutorial(u"next"_s, QString());
        QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    }

    void malformedJsonNamesLineAndColumn()
    {
        TutorialTransfer transfer(*m_database);
        // Column 13 of line 3 is the "o" of oops.
        auto parsed = transfer.importJson("[\n  {\"title\": \"a\"},\n  {\"title\": oops}\n]");
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(u"line 3, column 13"_s), qPrintable(parsed.error().message));
        auto notArray = transfer.importJson("{\"title\": \"a\"}");
        QVERIFY(!notArray);
        QVERIFY(notArray.error().message.contains(u"array"_s));
        auto badType = transfer.importJson("[{\"title\": 5}]");
        QVERIFY(!badType);
        QVERIFY2(badType.error().message.contains(u"tutorial 1"_s) && badType.error().message.contains(u"title"_s),
                 qPrintable(badType.error().message));
        auto badTime = transfer.importJson("[{\"title\": \"a\", \"createdAt\": \"yesterday\"}]");
        QVERIFY(!badTime);
        QVERIFY(badTime.error().message.contains(u"createdAt"_s));
        auto invalidUtf8 = transfer.importJson("[{\"title\": \"a\xff\xfe\"}]");
        QVERIFY(!invalidUtf8);
        QVERIFY2(invalidUtf8.error().message.contains(u"line 1"_s), qPrintable(invalidUtf8.error().message));
        QCOMPARE(count(u"tutorials"_s), 0); // the first tutorial of each was read, but not kept
    }

    void aBadRowNearTheEndImportsNothing()
    {
        TutorialService service(*m_database);
        QVERIFY(service.createTutorial(u"existing"_s, QString()));
        const QByteArray before = exported();
        QList<Tutorial> tutorials;
        for (int i = 0; i < 10000; ++i) {
            Tutorial tutorial;
            tutorial.title = u"t%1"_s.arg(i);
            tutorial.createdAt = tutorial.updatedAt = 1764105838000;
            Comment comment;
            comment.name = u"n"_s;
            comment.text = i == 9998 ? QString(256, u'x') : u"ok"_s; // row 9,999
            comment.createdAt = comment.updatedAt = 1764105838000;
            tutorial.comments << comment;
            tutorials << tutorial;
        }
        TutorialTransfer transfer(*m_database);
        auto refused = transfer.importJson(TutorialJson::tutorials(tutorials));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"tutorial 9999"_s) && refused.error().message.contains(u"255"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(exported(), before);

        // A failure inside the database half-way (a trigger refusing row 9,999) also leaves nothing behind.
        tutorials[9998].comments[0].text = u"ok"_s;
        if (m_test->isMySql())
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON comments FOR EACH ROW BEGIN "
                                 "IF NEW.tutorialId = (SELECT MAX(id) FROM tutorials) - 1 THEN "
                                 "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by trigger'; END IF; END"_s));
        else
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON comments "
                                 "WHEN NEW.tutorialId = (SELECT MAX(id) FROM tutorials) - 1 "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"_s));
        auto failed = transfer.importJson(TutorialJson::tutorials(tutorials));
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(u"refused by trigger"_s), qPrintable(failed.error().message));
        QCOMPARE(exported(), before);
        QVERIFY(m_test->exec(u"DROP TRIGGER refuse"_s));
        auto imported = transfer.importJson(TutorialJson::tutorials(tutorials));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(count(u"tutorials"_s), 10001);
        QCOMPARE(count(u"comments"_s), 10000);
    }

    // An import that loses a certification conflict (error 1213, as a Galera node reports a commit that lost to
    // another node's) is tried once more, from the start, and goes through whole: the list's import and the file's.
    void importRetriesACertificationConflict()
    {
        if (!m_test->isMySql())
            QSKIP("error 1213 is MySQL's");
        QVERIFY(m_test->exec(u"CREATE TABLE failures (n INT) ENGINE=Aria"_s));
        QVERIFY(m_test->exec(u"INSERT INTO failures VALUES (1)"_s));
        QVERIFY(m_test->exec(u"CREATE TRIGGER conflict BEFORE INSERT ON comments FOR EACH ROW BEGIN "
                             "IF (SELECT n FROM failures) > 0 THEN UPDATE failures SET n = n - 1; "
                             "SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213, MESSAGE_TEXT = 'Deadlock found'; "
                             "END IF; END"_s));
        Tutorial tutorial;
        tutorial.title = u"imported"_s;
        Comment comment;
        comment.name = u"n"_s;
        comment.text = u"t"_s;
        tutorial.comments << comment << comment;
        TutorialTransfer transfer(*m_database);
        auto imported = transfer.importJson(TutorialJson::tutorials({tutorial, tutorial}));
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(m_test->scalar(u"SELECT n FROM failures"_s).toInt(), 0);
        QCOMPARE(count(u"tutorials"_s), 2);
        QCOMPARE(count(u"comments"_s), 4);

        QVERIFY(m_test->exec(u"UPDATE failures SET n = 1"_s));
        auto streamed = transfer.importJson(R"([{"title": "file", "comments": [{"name": "n", "text": "t"}]}])");
        QVERIFY2(streamed, qPrintable(streamed.error().message));
        QCOMPARE(m_test->scalar(u"SELECT n FROM failures"_s).toInt(), 0);
        QCOMPARE(streamed->tutorials, 1);
        QCOMPARE(count(u"tutorials"_s), 3);
        QCOMPARE(count(u"comments"_s), 5);
    }

    // An import the database refuses half-way is logged (tutorialdesk.sql) with the statement that failed and the
    // database's answer, never the values bound to it: a file's text may be anything.
    void aFailedImportIsLoggedWithoutItsValues()
    {
        static QStringList logged;
        logged.clear();
        if (m_test->isMySql())
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON comments FOR EACH ROW "
                                 "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by trigger'"_s));
        else
            QVERIFY(m_test->exec(u"CREATE TRIGGER refuse BEFORE INSERT ON comments "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by trigger'); END"_s));
        Tutorial tutorial;
        tutorial.title = u"secret-title-4711"_s;
        Comment comment;
        comment.name = u"secret-name-0815"_s;
        comment.text = u"secret-text-1234"_s;
        tutorial.comments << comment;
        const QtMessageHandler previous = qInstallMessageHandler(
                [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                    if (QByteArrayView(context.category) == "tutorialdesk.sql")
                        logged << message;
                });
        TutorialTransfer transfer(*m_database);
        auto refused = transfer.importJson(TutorialJson::tutorials({tutorial}));
        qInstallMessageHandler(previous);
        QVERIFY(m_test->exec(u"DROP TRIGGER refuse"_s));
        QVERIFY(!refused);
        QCOMPARE(count(u"tutorials"_s), 0);
        QCOMPARE(logged.size(), 1);
        const QString line = logged.first();
        QVERIFY2(line.contains(u"INSERT INTO comments"_s) && line.contains(u"refused by trigger"_s), qPrintable(line));
        QVERIFY2(!line.contains(u"secret"_s), qPrintable(line));
    }

    void streamedImportIsAllOrNothing()
    {
        TutorialService service(*m_database);
        QVERIFY(service.createTutorial(u"existing"_s, QString()));
        const QByteArray before = exported();
        // 10,000 tutorials; the comment of tutorial 9,999 is one character too long.
        QByteArray json = "[";
        for (int i = 1; i <= 10000; ++i) {
            json += (i > 1 ? ",\n" : "") + QByteArray("{\"id\": 7, \"title\": \"t") + QByteArray::number(i)
                    + "\", \"description\": null, \"comments\": [{\"name\": \"n\", \"text\": \""
                    + QByteArray(i == 9999 ? 256 : 5, 'x') + "\", \"tutorialId\": 7}]}";
        }
        json += "]";
        TutorialTransfer transfer(*m_database);
        auto refused = transfer.importJson(json);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"tutorial 9999"_s) && refused.error().message.contains(u"255"_s),
                 qPrintable(refused.error().message));
        QCOMPARE(exported(), before); // the 9,998 tutorials already written were rolled back

        // A syntax error at the very end, after every row was written: rolled back too, with line and column.
        json.replace(QByteArray(256, 'x'), "xxxxx");
        QByteArray broken = json;
        broken.chop(1);
        broken += ",}]";
        auto syntax = transfer.importJson(broken);
        QVERIFY(!syntax);
        QVERIFY2(syntax.error().message.contains(u"line 10000, column"_s), qPrintable(syntax.error().message));
        QCOMPARE(exported(), before);

        auto imported = transfer.importJson(json);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->tutorials, 10000);
        QCOMPARE(imported->comments, 10000);
        QCOMPARE(count(u"tutorials"_s), 10001);
        // The ids in the file were ignored: new ones, and each comment points at its own new tutorial.
        QCOMPARE(m_test->scalar(u"SELECT COUNT(DISTINCT c.tutorialId) FROM comments c JOIN tutorials t "
                                "ON c.tutorialId = t.id WHERE t.title <> 'existing'"_s)
                         .toInt(),
                 10000);
    }

    void cancelledImportLeavesNothing()
    {
        QList<Tutorial> tutorials(1200);
        for (Tutorial &tutorial : tutorials)
            tutorial.title = u"t"_s;
        TutorialTransfer transfer(*m_database);
        // Progress counts bytes: cancelled once past half the file, with 500 tutorials written already.
        auto cancelled = transfer.importJson(TutorialJson::tutorials(tutorials),
                                             [](qint64 done, qint64 total) { return done < total / 2; });
        QVERIFY(!cancelled);
        QCOMPARE(count(u"tutorials"_s), 0);
    }

    void commentsAsCsv()
    {
        TutorialService service(*m_database);
        auto tutorial = service.createTutorial(u"Title, with comma"_s, QString());
        QVERIFY(tutorial);
        QVERIFY(service.createComment(tutorial->id, u"Ann \"A\""_s, u"two\nlines"_s));
        QVERIFY(service.createComment(tutorial->id, u"Bob"_s, u"plain"_s));
        QVERIFY(service.deleteTutorial(tutorial->id, TutorialService::CommentsOnDelete::KeepUnassigned));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TutorialTransfer transfer(*m_database);
        auto rows = transfer.exportCommentsCsv(buffer);
        QVERIFY(rows);
        QCOMPARE(*rows, 2);
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBFid,tutorialId,tutorial,name,text,createdAt,updatedAt\r\n"));
        QVERIFY2(csv.contains("1,,,\"Ann \"\"A\"\"\",\"two\nlines\","), csv.constData());
        QVERIFY(csv.contains("2,,,Bob,plain,"));
    }

    // An import takes the blanks an export of the Node.js service's database may hold (typing them is refused).
    void importTakesBlanksAnExportMayHold()
    {
        const QByteArray json = R"([{"title": "", "description": null, "comments": [{"name": "", "text": " "}]},
                                    {"title": "  ", "comments": []}])";
        TutorialTransfer transfer(*m_database);
        auto counts = transfer.importJson(json);
        QVERIFY2(counts, qPrintable(counts.error().message));
        QCOMPARE(count(u"tutorials"_s), 2);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments WHERE name = ''"_s).toInt(), 1);
    }

    // The undo of an import: exactly the rows it stored, in one transaction, and nothing when someone changed them.
    void importIsTakenBackOnlyAsItWasStored()
    {
        TutorialService service(*m_database);
        auto mine = service.createTutorial(u"mine"_s, QString());
        QVERIFY(mine);
        QList<Tutorial> file(3);
        for (int i = 0; i < file.size(); ++i) {
            file[i].title = u"imported %1"_s.arg(i);
            Comment comment;
            comment.name = u"n"_s;
            comment.text = u"t %1"_s.arg(i);
            file[i].comments = {comment, comment};
        }
        TutorialTransfer transfer(*m_database);
        ImportedRows stored;
        QVERIFY(transfer.importJson(TutorialJson::tutorials(file), {}, &stored));
        QCOMPARE(stored.tutorialCount(), 3);
        QCOMPARE(stored.commentCount(), 6);
        QCOMPARE(stored.lastTutorialId(), stored.firstTutorialId() + 2);
        const qint64 second = stored.firstTutorialId() + 1;

        // Someone comments on an imported tutorial: refused, nothing deleted.
        auto theirs = service.createComment(second, u"them"_s, u"their comment"_s);
        QVERIFY(theirs);
        auto refused = service.deleteImported(stored);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(count(u"tutorials"_s), 4);
        QCOMPARE(count(u"comments"_s), 7);
        QVERIFY(service.deleteComment(theirs->id));
        // Someone retitles an imported tutorial, and puts the old title back: its updatedAt moved, refused too.
        for (const QString &title : {u"theirs"_s, u"imported 1"_s}) {
            TutorialService::TutorialChanges retitle;
            retitle.title = title;
            QVERIFY(service.updateTutorial(second, retitle));
        }
        QVERIFY(!service.deleteImported(stored));
        // Had the window made that change itself, it would expect the tutorial as it is now: then it would go...
        ImportedRows expected = stored;
        auto tutorialNow = service.findTutorialRowById(second);
        QVERIFY(tutorialNow);
        expected.tutorials()[1].print = ImportedRows::fingerprint(*tutorialNow);
        // ...but someone edits an imported comment meanwhile: refused.
        const qint64 edited = stored.comments().at(4).id; // the third tutorial's first comment
        TutorialService::CommentChanges changes;
        changes.text = u"edited"_s;
        QVERIFY(service.updateComment(edited, changes));
        QVERIFY(!service.deleteImported(expected));
        QCOMPARE(count(u"tutorials"_s), 4);
        QCOMPARE(count(u"comments"_s), 6);
        // As the window expects them after writing both changes itself: all of it goes, and only it, and the rows it
        // deleted (what a redo puts back) are as they were.
        auto commentNow = service.findCommentById(edited);
        QVERIFY(commentNow);
        expected.comments()[4].print = ImportedRows::fingerprint(*commentNow);
        auto taken = service.deleteImported(expected);
        QVERIFY2(taken, qPrintable(taken.error().message));
        QCOMPARE(count(u"tutorials"_s), 1);
        QCOMPARE(count(u"comments"_s), 0);
        QCOMPARE(taken->size(), 3);
        QCOMPARE(taken->at(2).comments.at(0).text, u"edited"_s);
        QCOMPARE(ImportedRows::of(*taken), expected);
        QVERIFY(service.findTutorialById(mine->id));
    }

    // A cell a spreadsheet would take for a formula (OWASP CSV injection: =, +, -, @, tab, carriage return first) is
    // written as text: a single quote before it, and quoted.
    void csvCellsNeverStartAFormula()
    {
        TutorialService service(*m_database);
        auto tutorial = service.createTutorial(u"+1 tutorial"_s, QString());
        QVERIFY(tutorial);
        QVERIFY(service.createComment(tutorial->id, u"=cmd|' /C calc'!A0"_s, u"@SUM(A1)"_s));
        QVERIFY(service.createComment(tutorial->id, u"-2+3"_s, u"\tTabbed"_s));
        QVERIFY(service.createComment(tutorial->id, u"Ann"_s, u"\rReturn"_s));
        QVERIFY(service.createComment(tutorial->id, u"Bob = Bob"_s, u"1+1 is fine inside"_s));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TutorialTransfer transfer(*m_database);
        auto rows = transfer.exportCommentsCsv(buffer);
        QVERIFY2(rows, qPrintable(rows.error().message));
        const QByteArray csv = buffer.data();
        QVERIFY2(csv.contains(",\"'+1 tutorial\",\"'=cmd|' /C calc'!A0\",\"'@SUM(A1)\","), csv.constData());
        QVERIFY2(csv.contains(",\"'-2+3\",\"'\tTabbed\","), csv.constData());
        QVERIFY2(csv.contains(",Ann,\"'\rReturn\","), csv.constData());
        QVERIFY2(csv.contains(",Bob = Bob,1+1 is fine inside,"), csv.constData());
        // No cell of a data row starts with a formula character.
        const QList<QByteArray> lines = csv.split('\n');
        for (const QByteArray &line : lines) {
            for (const QByteArray &cell : line.split(','))
                QVERIFY2(cell.isEmpty() || !QByteArray("=+-@\t").contains(cell.at(0)), line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_TutorialTransfer)
#include "tst_tutorialtransfer.moc"
