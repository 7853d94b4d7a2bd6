// The tutorial list's page loader: queries on its own thread and connection, answers back, stale resets skipped.
#include "database.h"
#include "schema.h"
#include "summaryloader.h"
#include "testdatabase.h"
#include "tutorialservice.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_SummaryLoader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
        Database database(m_test->url());
        QVERIFY(Schema::init(database));
        TutorialService service(database);
        for (int i = 0; i < 30; ++i) {
            auto tutorial = service.createTutorial(u"Tutorial %1"_s.arg(i, 2, 10, QChar(u'0')), QString());
            QVERIFY(tutorial);
            for (int c = 0; c < i % 4; ++c)
                QVERIFY(service.createComment(tutorial->id, u"n"_s, u"t"_s));
        }
        auto orphan = service.createTutorial(u"gone"_s, QString());
        QVERIFY(orphan && service.createComment(orphan->id, u"o"_s, u"o"_s));
        QVERIFY(service.deleteTutorial(orphan->id, TutorialService::CommentsOnDelete::KeepAsOrphans));
    }
    void cleanup() { m_test.reset(); }

    void pagesComeBackFromTheWorker()
    {
        SummaryLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &SummaryLoader::loaded);
        TutorialService::SummaryQuery query;
        query.sort = TutorialService::SummarySort::Title;
        query.limit = 10;
        const quint64 first = loader.request(query, true);
        query.offset = 10;
        const quint64 second = loader.request(query, false);
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(loaded[0][0].toULongLong(), first);
        const auto rows = loaded[0][2].value<QList<TutorialSummary>>();
        QCOMPARE(rows.size(), 10);
        QCOMPARE(rows.first().title, u"Tutorial 00"_s);
        QCOMPARE(loaded[0][3].toLongLong(), 1); // the orphan, counted with the reset
        QCOMPARE(loaded[1][0].toULongLong(), second);
        const auto page = loaded[1][2].value<QList<TutorialSummary>>();
        QCOMPARE(page.first().title, u"Tutorial 10"_s);
        QCOMPARE(loaded[1][3].toLongLong(), -1);
    }

    void aNewerResetMakesOlderOnesUnnecessary()
    {
        SummaryLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &SummaryLoader::loaded);
        // Five keystrokes arrive while the worker is still busy (held here): only the newest is read.
        QSemaphore busy;
        auto *onWorker = new QObject;
        onWorker->moveToThread(&loader.m_thread);
        QMetaObject::invokeMethod(onWorker, [&busy] { busy.acquire(); }, Qt::QueuedConnection);
        TutorialService::SummaryQuery query;
        quint64 last = 0;
        for (const QString &typed : {u"T"_s, u"Tu"_s, u"Tut"_s, u"Tuto"_s, u"Tutorial 2"_s}) {
            query.search = typed;
            last = loader.request(query, true);
        }
        busy.release();
        onWorker->deleteLater(); // on the worker's thread
        loader.waitForIdle();
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.size(), 1); // the four older ones were never run
        QCOMPARE(loaded.last()[0].toULongLong(), last); // the newest is always answered
        const auto rows = loaded.last()[2].value<QList<TutorialSummary>>();
        QCOMPARE(rows.size(), 10); // Tutorial 20 … 29
    }

    void aFailureComesBackInWords()
    {
        SummaryLoader loader(m_test->url());
        QSignalSpy failed(&loader, &SummaryLoader::failed);
        QVERIFY(m_test->exec(u"DROP TABLE comments"_s));
        loader.request(TutorialService::SummaryQuery{}, true);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(!failed[0][1].toString().isEmpty(), "the failure has a message");
    }
};

QTEST_GUILESS_MAIN(tst_SummaryLoader)
#include "tst_summaryloader.moc"
