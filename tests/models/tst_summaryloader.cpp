// The tutorial list's loader: the order and rows on its own thread and connection, answers back, stale orders skipped,
// a search typed further looked for only among the ids given; comments by id for the comment pane.
#include "database.h"
#include "schema.h"
#include "summaryloader.h"
#include "testdatabase.h"
#include "tutorialservice.h"

#include <QDateTime>
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

    void aNewerOrderMakesOlderOnesUnnecessary()
    {
        SummaryLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &SummaryLoader::orderLoaded);
        // Five keystrokes arrive while the worker is still busy (held here): only the newest is read.
        QSemaphore busy;
        auto *onWorker = new QObject;
        onWorker->moveToThread(&loader.m_thread);
        QMetaObject::invokeMethod(onWorker, [&busy] { busy.acquire(); }, Qt::QueuedConnection);
        TutorialService::SummaryQuery query;
        quint64 last = 0;
        for (const QString &typed : {u"T"_s, u"Tu"_s, u"Tut"_s, u"Tuto"_s, u"Tutorial 2"_s}) {
            query.search = typed;
            last = loader.requestOrder(query, {});
        }
        busy.release();
        onWorker->deleteLater(); // on the worker's thread
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

    // A search of the whole table is scanned in two halves of the id range at once (a second connection for the
    // upper one) when the table is large: what it shows must be exactly what one pass finds, in the same order, for
    // every sort, with matches on both sides of the middle and at it, none at all, and more than the halves keep.
    void aSearchSplitInHalvesFindsWhatOnePassFinds()
    {
        Database database(m_test->url());
        TutorialService service(database);
        QList<Tutorial> spread;
        const qint64 base = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const auto add = [&](qint64 id, const QString &title, const QString &description) {
            Tutorial tutorial;
            tutorial.id = id;
            tutorial.title = title;
            tutorial.description = description;
            tutorial.createdAt = base + id * 1000;
            tutorial.updatedAt = base + (id * 7919 % 1000) * 1000;
            spread << tutorial;
        };
        for (int k = 0; k < 60; ++k) // ids 1000 … 42300, every seventh with the text in its title or description
            add(1000 + 700 * k, u"Spread %1%2"_s.arg(k).arg(k % 7 == 0 ? u" Needle"_s : QString()),
                k % 7 == 3 ? u"a nEEdle inside"_s : QString());
        for (int i = 0; i < TutorialService::MaxWithin + 100; ++i) // ids 50001 … 52100: more than the halves keep
            add(50001 + i, u"Many %1"_s.arg(i), QString());
        // The middle of ids 1 … 52100 is 26051: matches just below, at and just above it.
        add(26050, u"needle below the middle"_s, QString());
        add(26051, u"needle at the middle"_s, QString());
        add(26052, u"needle above the middle"_s, QString());
        QVERIFY2(service.restoreTutorials(spread, TutorialService::CommentsOnDelete::KeepUnassigned),
                 "the tutorials could not be put in");

        SummaryLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &SummaryLoader::orderLoaded);
        int answers = 0;
        for (const QString &search : {u"NEEDLE"_s, u"many"_s, u"Tutorial 2"_s, u"nowhere at all"_s}) {
            for (const auto sort : {TutorialService::SummarySort::Title, TutorialService::SummarySort::UpdatedAt,
                                    TutorialService::SummarySort::CommentCount}) {
                TutorialService::SummaryQuery query;
                query.search = search;
                query.sort = sort;
                query.descending = sort == TutorialService::SummarySort::UpdatedAt;
                auto onePass = service.findTutorialOrder(query);
                QVERIFY(onePass);
                loader.requestOrder(query, {});
                ++answers;
                QTRY_COMPARE(loaded.size(), answers);
                QCOMPARE(loaded.last()[1].value<QList<qint64>>(), *onePass);
            }
        }
        QCOMPARE(loaded[0][1].value<QList<qint64>>().size(), 9 + 9 + 3); // NEEDLE: in 9 titles, 9 descriptions, 3 more
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
