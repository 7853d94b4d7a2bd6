// The tutorial list's loader: the order and rows on its own thread and connection, answers back, stale orders skipped,
// a search typed further looked for only among the ids given; comments by id for the comment pane; an order read
// before the loader existed taken only when it is the order asked for.
#include "database.h"
#include "dbworker.h"
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
        QVERIFY(service.deleteTutorial(orphan->id, TutorialService::CommentsOnDelete::KeepUnassigned));
    }
    void cleanup() { m_test.reset(); }

    void anOrderComesBackFromTheWorker()
    {
        SummaryLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &SummaryLoader::orderLoaded);
        TutorialService::SummaryQuery query;
        query.sort = TutorialService::SummarySort::Title;
        const quint64 ticket = loader.requestOrder(query, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0][0].toULongLong(), ticket);
        const auto ids = loaded[0][1].value<QList<qint64>>();
        QCOMPARE(ids.size(), 30); // every tutorial's id, in title order
        auto rows = loaded[0][2].value<QList<TutorialSummary>>();
        QCOMPARE(rows.size(), 10); // the rows asked for, read with it
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.title < b.title; });
        QCOMPARE(rows.first().title, u"Tutorial 00"_s);
        QCOMPARE(rows.first().id, ids.first());
        QCOMPARE(loaded[0][3].toLongLong(), 1); // the orphan, counted with it
    }

    void anOrderReadBeforeTheLoaderExistsIsTakenOnlyForTheSameQuery()
    {
        // As the program does before it builds the window: the order read early, then taken by the list's loader.
        TutorialService::SummaryQuery byTitle;
        byTitle.sort = TutorialService::SummarySort::Title;
        const QList<int> firstTen{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        SummaryLoader::prefetchOrder(m_test->url(), byTitle, firstTen);
        {
            SummaryLoader loader(m_test->url());
            QSignalSpy loaded(&loader, &SummaryLoader::orderLoaded);
            const quint64 ticket = loader.requestOrder(byTitle, firstTen);
            QTRY_COMPARE(loaded.size(), 1);
            QCOMPARE(loaded[0][0].toULongLong(), ticket);
            QCOMPARE(loaded[0][1].value<QList<qint64>>().size(), 30);
            QCOMPARE(loaded[0][2].value<QList<TutorialSummary>>().size(), 10);
            QCOMPARE(loaded[0][3].toLongLong(), 1);
            // The rows after it come from the same loader as ever.
            QSignalSpy rows(&loader, &SummaryLoader::rowsLoaded);
            loader.requestRows(loaded[0][1].value<QList<qint64>>().mid(20, 3));
            QTRY_COMPARE(rows.size(), 1);
            QCOMPARE(rows[0][1].value<QList<TutorialSummary>>().size(), 3);
        }
        // The window restored another sort than the one read early: it gets the order it asked for.
        SummaryLoader::prefetchOrder(m_test->url(), byTitle, firstTen);
        SummaryLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &SummaryLoader::orderLoaded);
        TutorialService::SummaryQuery byTitleDescending = byTitle;
        byTitleDescending.descending = true;
        loader.requestOrder(byTitleDescending, {0});
        QTRY_COMPARE(loaded.size(), 1);
        const auto rows = loaded[0][2].value<QList<TutorialSummary>>();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().title, u"Tutorial 29"_s);
    }

    void aNewerOrderMakesOlderOnesUnnecessary()
    {
        SummaryLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &SummaryLoader::orderLoaded);
        // Five keystrokes arrive while the worker is still busy (held here): only the newest is read.
        QSemaphore busy;
        loader.worker().run([&busy](Database &) { busy.acquire(); return true; }, [](bool) { });
        TutorialService::SummaryQuery query;
        quint64 last = 0;
        for (const QString &typed : {u"T"_s, u"Tu"_s, u"Tut"_s, u"Tuto"_s, u"Tutorial 2"_s}) {
            query.search = typed;
            last = loader.requestOrder(query, {});
        }
        busy.release();
        loader.waitForIdle();
        QTRY_VERIFY(!loaded.isEmpty());
        QCOMPARE(loaded.size(), 1); // the four older ones were never run
        QCOMPARE(loaded.last()[0].toULongLong(), last); // the newest is always answered
        QCOMPARE(loaded.last()[1].value<QList<qint64>>().size(), 10); // Tutorial 20 … 29
    }

    void aSearchTypedFurtherLooksOnlyAmongTheIdsGiven()
    {
        SummaryLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &SummaryLoader::orderLoaded);
        TutorialService::SummaryQuery query;
        query.sort = TutorialService::SummarySort::Title;
        query.search = u"tutorial 2"_s;
        loader.requestOrder(query, {});
        QTRY_COMPARE(loaded.size(), 1);
        const auto all = loaded[0][1].value<QList<qint64>>();
        QCOMPARE(all.size(), 10);
        // "tutorial 2" typed further to "Tutorial 2": the answer comes from among the ids given only (here the first
        // five, so the other five that match are left out), and the search still applies to them.
        query.search = u"Tutorial 2"_s;
        loader.requestOrder(query, {}, all.mid(0, 5) + QList<qint64>{all.first() - 100000});
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(loaded[1][1].value<QList<qint64>>(), all.mid(0, 5));
        // Nothing matched before: nothing can now, and the database is not asked.
        loader.requestOrder(query, {}, QList<qint64>{});
        QTRY_COMPARE(loaded.size(), 3);
        QVERIFY(loaded[2][1].value<QList<qint64>>().isEmpty());
    }

    void commentsComeBackByIdWhateverTheirPlace()
    {
        Database database(m_test->url());
        TutorialService service(database);
        auto orphans = service.findCommentIds(std::nullopt);
        QVERIFY(orphans);
        QCOMPARE(orphans->size(), 1);
        SummaryLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &SummaryLoader::commentsLoaded);
        const quint64 ticket = loader.requestComments({orphans->first(), 999999});
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded[0][0].toULongLong(), ticket);
        const auto comments = loaded[0][1].value<QList<Comment>>();
        QCOMPARE(comments.size(), 1); // a gone id is left out
        QCOMPARE(comments.first().id, orphans->first());
        QCOMPARE(comments.first().name, u"o"_s);
        QVERIFY(!comments.first().tutorialId.has_value());
        database.closeThreadConnection();
    }

    void aFailureComesBackInWords()
    {
        SummaryLoader loader(m_test->url());
        QSignalSpy failed(&loader, &SummaryLoader::failed);
        QVERIFY(m_test->exec(u"DROP TABLE comments"_s));
        loader.requestOrder(TutorialService::SummaryQuery{}, {});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(!failed[0][1].toString().isEmpty(), "the failure has a message");
    }
};

QTEST_GUILESS_MAIN(tst_SummaryLoader)
#include "tst_summaryloader.moc"
