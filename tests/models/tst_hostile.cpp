// The hostile input corpus (tests/data): every value round-trips exactly or is refused in words, and a refusal
// writes nothing. On SQLite and on MariaDB, and on MariaDB again with the server's global sql_mode lax.
#include "database.h"
#include "databaseurl.h"
#include "schema.h"
#include "testdatabase.h"
#include "tutorialservice.h"
#include "tutorialtransfer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(TUTORIALDESK_TEST_DATA) + u'/' + name;
}

QJsonArray loadArray(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

} // namespace

class tst_Hostile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;

    int count(const QString &table) { return m_test->scalar(u"SELECT COUNT(*) FROM "_s + table).toInt(); }

    QString storedText(const QString &table, const QString &column, qint64 id)
    {
        QSqlQuery query(m_test->checker());
        query.prepare(u"SELECT `%1` FROM `%2` WHERE id = ?"_s.arg(column, table));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : u"<missing>"_s;
    }

    // Runs the whole value corpus through the service on `database`; returns the number of values checked.
    void runValueCorpus(Database &database)
    {
        TutorialService service(database);
        auto anchor = service.createTutorial(u"anchor"_s, QString());
        QVERIFY(anchor);
        const QJsonArray corpus = loadArray(u"hostile-values.json"_s);
        QVERIFY2(corpus.size() >= 30, "tests/data/hostile-values.json is read");
        for (const QJsonValue &entry : corpus) {
            const QString name = entry[u"name"_s].toString();
            const QString value = entry[u"value"_s].toString();
            const QString expect = entry[u"expect"_s].toString();
            const int tutorialsBefore = count(u"tutorials"_s);
            const int commentsBefore = count(u"comments"_s);
            auto tutorial = service.createTutorial(value, value);
            auto comment = service.createComment(anchor->id, value, value);
            if (expect == u"keep") {
                QVERIFY2(tutorial, qPrintable(name + u": "_s + (tutorial ? QString() : tutorial.error().message)));
                QVERIFY2(comment, qPrintable(name + u": "_s + (comment ? QString() : comment.error().message)));
                QVERIFY2(storedText(u"tutorials"_s, u"title"_s, tutorial->id) == value, qPrintable(name));
                QVERIFY2(storedText(u"tutorials"_s, u"description"_s, tutorial->id) == value, qPrintable(name));
                QVERIFY2(storedText(u"comments"_s, u"name"_s, comment->id) == value, qPrintable(name));
                QVERIFY2(storedText(u"comments"_s, u"text"_s, comment->id) == value, qPrintable(name));
                auto found = service.findTutorialById(tutorial->id);
                QVERIFY2(found && found->title == value && found->description == value, qPrintable(name));
                // Updating to the value and searching for it work as well.
                TutorialService::TutorialChanges changes;
                changes.title = value;
                QVERIFY2(service.updateTutorial(anchor->id, changes), qPrintable(name));
                if (!value.trimmed().isEmpty()) {
                    auto hits = service.findAll(value);
                    QVERIFY2(hits && !hits->isEmpty(), qPrintable(name + u": search finds it"_s));
                }
            } else if (expect.startsWith(u"blank:")) {
                // Refused where a person types it (a title, a comment's name and text), kept as a description.
                const QString words = expect.mid(u"blank:"_s.size());
                QVERIFY2(!tutorial && !comment, qPrintable(name + u": must be refused"_s));
                QCOMPARE(tutorial.error().kind, Error::Kind::Invalid);
                QCOMPARE(tutorial.error().field, u"title"_s);
                QVERIFY2(tutorial.error().message.contains(words), qPrintable(name + u": "_s + tutorial.error().message));
                QCOMPARE(comment.error().field, u"name"_s);
                QCOMPARE(count(u"tutorials"_s), tutorialsBefore);
                QCOMPARE(count(u"comments"_s), commentsBefore);
                TutorialService::TutorialChanges changes;
                changes.description = value;
                QVERIFY2(service.updateTutorial(anchor->id, changes), qPrintable(name));
                QVERIFY2(storedText(u"tutorials"_s, u"description"_s, anchor->id) == value, qPrintable(name));
            } else {
                const QString words = expect.mid(u"refuse:"_s.size());
                QVERIFY2(!tutorial && !comment, qPrintable(name + u": must be refused"_s));
                QCOMPARE(tutorial.error().kind, Error::Kind::Invalid);
                QCOMPARE(tutorial.error().field, u"title"_s);
                QVERIFY2(tutorial.error().message.contains(words), qPrintable(name + u": "_s + tutorial.error().message));
                QCOMPARE(comment.error().field, u"name"_s);
                QCOMPARE(count(u"tutorials"_s), tutorialsBefore);
                QCOMPARE(count(u"comments"_s), commentsBefore);
                TutorialService::TutorialChanges changes;
                changes.description = value;
                auto update = service.updateTutorial(anchor->id, changes);
                QVERIFY2(!update && update.error().field == u"description", qPrintable(name));
            }
        }
    }

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
    }
    void cleanup() { m_test.reset(); }

    void valuesRoundTripOrAreRefused()
    {
        Database database(m_test->url());
        QVERIFY(Schema::init(database));
        runValueCorpus(database);
    }

    void alsoWhenTheServerIsLax()
    {
        if (!m_test->isMySql())
            QSKIP("the server-wide mode exists only on MySQL");
        TestDatabase::LaxServerMode lax;
        QVERIFY(lax.isActive());
        Database database(m_test->url()); // connections born under the lax mode
        QVERIFY(Schema::init(database));
        runValueCorpus(database);
    }

    void malformedImportsWriteNothing()
    {
        Database database(m_test->url());
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        QVERIFY(service.createTutorial(u"existing"_s, QString()));
        TutorialTransfer transfer(database);
        const QStringList files = QDir(dataPath(u"import"_s)).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString &fileName : files) {
            // From the file, as the window's File > Import JSON and tutorialctl import both read it.
            auto imported = transfer.importFile(dataPath(u"import/"_s + fileName));
            if (fileName == u"bom.json") { // a byte-order mark is not an error
                QVERIFY2(imported, qPrintable(fileName));
                QCOMPARE(count(u"tutorials"_s), 2);
                auto withBom = service.findAll(u"with BOM"_s);
                QVERIFY(withBom && withBom->size() == 1);
                QVERIFY(service.deleteTutorial(withBom->first().id, TutorialService::CommentsOnDelete::Delete));
                continue;
            }
            QVERIFY2(!imported, qPrintable(fileName + u" must be refused"_s));
            QVERIFY2(!imported.error().message.isEmpty(), qPrintable(fileName));
            QCOMPARE(count(u"tutorials"_s), 1);
            QCOMPARE(count(u"comments"_s), 0);
        }
    }

    void malformedUrlsAreRefusedInWords()
    {
        const QJsonArray urls = loadArray(u"malformed-urls.json"_s);
        QVERIFY(urls.size() >= 20);
        for (const QJsonValue &text : urls) {
            auto url = DatabaseUrl::parse(text.toString());
            QVERIFY2(!url, qPrintable(text.toString() + u" must be refused"_s));
            QVERIFY2(url.error().message.startsWith(u"Invalid database URL: "_s), qPrintable(url.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Hostile)
#include "tst_hostile.moc"
