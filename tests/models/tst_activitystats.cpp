// The Activity view's figures: comments per week (Monday to Sunday, UTC) for a tutorial, the unassigned comments and
// the whole database, and the tutorials with the most comments, on SQLite and MariaDB, from rows stored as the
// Sequelize application stores them; and ActivityLoader counting on its own threads and answering on the thread that asked.
#include "activitydata.h"
#include "activityloader.h"
#include "activitystats.h"
#include "database.h"
#include "schema.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QList<WeekCount> weeks(std::initializer_list<std::pair<QDate, qint64>> list)
{
    QList<WeekCount> out;
    for (const auto &[monday, n] : list)
        out.append({monday, n});
    return out;
}

QString text(const QList<WeekCount> &list)
{
    QStringList parts;
    for (const WeekCount &week : list)
        parts << u"%1: %2"_s.arg(week.monday.toString(Qt::ISODate)).arg(week.comments);
    return parts.join(u", "_s);
}

} // namespace

class tst_ActivityStats : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    ActivityData::Ids m_ids;

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
        m_database = std::make_unique<Database>(m_test->url());
        QVERIFY(Schema::init(*m_database));
        const auto ids = ActivityData::fill(*m_test);
        QVERIFY(ids);
        m_ids = *ids;
    }
    void cleanup()
    {
        m_database.reset();
        m_test.reset();
    }

    void weeksOfOneTutorial()
    {
        ActivityStats stats(*m_database);
        auto a = stats.commentsPerWeek(CommentScope::tutorial(m_ids.a));
        QVERIFY2(a, qPrintable(a.error().message));
        const auto expectedA = weeks({{QDate(2025, 12, 15), 2}, {QDate(2025, 12, 29), 3}, {QDate(2026, 1, 5), 1}});
        QCOMPARE(text(*a), text(expectedA));
        auto b = stats.commentsPerWeek(CommentScope::tutorial(m_ids.b));
        QVERIFY2(b, qPrintable(b.error().message));
        QCOMPARE(text(*b), text(weeks({{QDate(2025, 12, 22), 1}, {QDate(2025, 12, 29), 2}})));
        auto none = stats.commentsPerWeek(CommentScope::tutorial(m_ids.b + 1000));
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }

    void weeksOfTheWholeDatabaseCountUnassignedComments()
    {
        ActivityStats stats(*m_database);
        auto all = stats.commentsPerWeek(CommentScope::all());
        QVERIFY2(all, qPrintable(all.error().message));
        QCOMPARE(text(*all), text(weeks({{QDate(2024, 12, 30), 1},
                                         {QDate(2025, 12, 15), 2},
                                         {QDate(2025, 12, 22), 2},
                                         {QDate(2025, 12, 29), 5},
                                         {QDate(2026, 1, 5), 2}})));
        auto unassigned = stats.commentsPerWeek(CommentScope::unassigned());
        QVERIFY2(unassigned, qPrintable(unassigned.error().message));
        QCOMPARE(text(*unassigned),
                 text(weeks({{QDate(2024, 12, 30), 1}, {QDate(2025, 12, 22), 1}, {QDate(2026, 1, 5), 1}})));
        for (const WeekCount &week : std::as_const(*all))
            QCOMPARE(week.monday.dayOfWeek(), int(Qt::Monday));
    }

    // The whole database counted in two parts of the id range, as the loader does on two connections at once: every
    // split point gives the same weeks as one count.
    void halvesOfTheIdRangeAddUpToTheWhole()
    {
        ActivityStats stats(*m_database);
        auto whole = stats.commentsPerWeek(CommentScope::all());
        QVERIFY2(whole, qPrintable(whole.error().message));
        auto bounds = stats.commentIdBounds();
        QVERIFY2(bounds, qPrintable(bounds.error().message));
        QVERIFY(bounds->second - bounds->first >= 11); // the twelve comments
        for (qint64 middle = bounds->first - 1; middle <= bounds->second; ++middle) {
            auto lower = stats.commentsPerWeek(CommentScope::all(), {{}, middle});
            auto upper = stats.commentsPerWeek(CommentScope::all(), {middle, {}});
            QVERIFY2(lower && upper, qPrintable(u"split after id %1"_s.arg(middle)));
            QCOMPARE(text(ActivityStats::merged(*lower, *upper)), text(*whole));
        }
        auto none = stats.commentsPerWeek(CommentScope::all(), {bounds->second, {}});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        // A tutorial's scope and a span together: only that tutorial's comments in that part.
        auto a = stats.commentsPerWeek(CommentScope::tutorial(m_ids.a), {{}, bounds->second});
        QVERIFY(a);
        QCOMPARE(text(*a), text(weeks({{QDate(2025, 12, 15), 2}, {QDate(2025, 12, 29), 3}, {QDate(2026, 1, 5), 1}})));
    }

    // The loader's parts of the id range: every id from the lowest on in exactly one of them, wherever the bounds fall
    // (here on every comment and between them), so that no comment is counted twice or left out at a boundary.
    void partsOfTheIdRangeAddUpToTheWhole()
    {
        ActivityStats stats(*m_database);
        auto whole = stats.commentsPerWeek(CommentScope::all());
        QVERIFY2(whole, qPrintable(whole.error().message));
        auto bounds = stats.commentIdBounds();
        QVERIFY2(bounds, qPrintable(bounds.error().message));
        const auto [first, last] = *bounds;
        for (int parts = 1; parts <= 5; ++parts) {
            // The range as the loader sees it, and narrower ones, as if the lowest or highest comments were added
            // meanwhile: the first part has no lower bound, the last no upper one.
            const std::pair<qint64, qint64> ranges[] = {
                    {first, last}, {first + 3, last}, {first, last - 4}, {first + 5, first + 6}};
            for (const auto &[from, to] : ranges) {
                const QList<CommentIdSpan> spans = ActivityStats::idParts(from, to, parts);
                QCOMPARE(spans.size(), parts);
                QList<WeekCount> sum;
                for (const CommentIdSpan &span : spans) {
                    auto part = stats.commentsPerWeek(CommentScope::all(), span);
                    QVERIFY2(part, qPrintable(part.error().message));
                    sum = ActivityStats::merged(sum, *part);
                }
                QVERIFY2(text(sum) == text(*whole),
                         qPrintable(u"%1 parts of %2..%3: %4"_s.arg(parts).arg(from).arg(to).arg(text(sum))));
            }
        }
    }

    // The bounds themselves: as even as whole numbers allow, none wider than it must be, and no overflow on a range as
    // wide as a BIGINT key allows.
    void idPartsAreEven()
    {
        for (qint64 width = 1; width <= 20; ++width) {
            for (int parts = 1; parts <= 6; ++parts) {
                const auto spans = ActivityStats::idParts(101, 100 + width, parts);
                QCOMPARE(spans.size(), parts);
                QVERIFY(!spans.first().after);
                QVERIFY(!spans.last().upTo);
                qint64 previous = 100;
                for (int i = 0; i < parts; ++i) {
                    const qint64 upTo = i + 1 < parts ? *spans[i].upTo : 100 + width;
                    if (i > 0)
                        QCOMPARE(*spans[i].after, previous);
                    const qint64 size = upTo - previous;
                    const QString where = u"width %1 in %2 parts: part %3 has %4"_s.arg(width).arg(parts).arg(i);
                    QVERIFY2(size == width / parts || size == width / parts + 1, qPrintable(where.arg(size)));
                    previous = upTo;
                }
            }
        }
        const qint64 top = std::numeric_limits<qint64>::max();
        const auto wide = ActivityStats::idParts(1, top - 1, 4);
        QCOMPARE(*wide[0].upTo, (top - 1) / 4);
        QVERIFY(*wide[1].upTo > *wide[0].upTo && *wide[2].upTo > *wide[1].upTo && *wide[2].upTo < top - 1);
    }

    void loaderCountsTheWholeDatabaseInParts()
    {
        ActivityStats stats(*m_database);
        auto whole = stats.commentsPerWeek(CommentScope::all());
        QVERIFY(whole);
        ActivityLoader loader(m_test->url());
        QCOMPARE(ActivityLoader::partsFor(m_test->url()), m_test->isMySql() ? 4 : 2);
        loader.setPartsFrom(1); // the twelve comments are split too
        QSignalSpy loaded(&loader, &ActivityLoader::loaded);
        QSignalSpy failed(&loader, &ActivityLoader::failed);
        for (int i = 1; i <= 3; ++i) { // again on the same connections: nothing left over from the last count
            loader.request(CommentScope::all(), 0);
            QTRY_COMPARE(loaded.size() + failed.size(), i);
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
            QCOMPARE(text(loaded.last()[1].value<ActivityFigures>().weeks), text(*whole));
        }
        loader.request(CommentScope::unassigned(), 0);
        QTRY_COMPARE(loaded.size() + failed.size(), 4);
        QCOMPARE(loaded.last()[1].value<ActivityFigures>().weeks.size(), 3);
    }

    // A SQLite row written with another timezone setting counts in its UTC week: 01:30 at +02:00 on Monday
    // 2026-01-05 is Sunday 23:30 UTC, the week of 2025-12-29 (cutting the date out of the text would say 2026-01-05).
    void sqliteOffsetsCountInTheirUtcWeek()
    {
        if (m_test->isMySql())
            QSKIP("a MariaDB DATETIME holds no offset");
        QVERIFY(ActivityData::addComment(*m_test, m_ids.b, u"2026-01-05 01:30:00.000 +02:00"_s));
        ActivityStats stats(*m_database);
        auto b = stats.commentsPerWeek(CommentScope::tutorial(m_ids.b));
        QVERIFY2(b, qPrintable(b.error().message));
        QCOMPARE(text(*b), text(weeks({{QDate(2025, 12, 22), 1}, {QDate(2025, 12, 29), 3}})));
    }

    // SQLite keeps whatever text it is given: a createdAt that is no time belongs to no week, and makes none up.
    void sqliteTextThatIsNoTimeCountsNowhere()
    {
        if (m_test->isMySql())
            QSKIP("a MariaDB DATETIME holds times only");
        QVERIFY(ActivityData::addComment(*m_test, m_ids.b, u"not a time"_s));
        QVERIFY(ActivityData::addComment(*m_test, std::nullopt, u""_s));
        ActivityStats stats(*m_database);
        auto all = stats.commentsPerWeek(CommentScope::all());
        QVERIFY2(all, qPrintable(all.error().message));
        QCOMPARE(text(*all), text(weeks({{QDate(2024, 12, 30), 1},
                                         {QDate(2025, 12, 15), 2},
                                         {QDate(2025, 12, 22), 2},
                                         {QDate(2025, 12, 29), 5},
                                         {QDate(2026, 1, 5), 2}})));
        auto b = stats.commentsPerWeek(CommentScope::tutorial(m_ids.b));
        QVERIFY(b);
        QCOMPARE(text(*b), text(weeks({{QDate(2025, 12, 22), 1}, {QDate(2025, 12, 29), 2}})));
    }

    void mostCommented()
    {
        // One more tutorial with as many comments as B: the older one (B) comes first.
        const auto c = ActivityData::addTutorial(*m_test, u"Weekly C"_s);
        QVERIFY(c);
        for (int i = 0; i < 3; ++i)
            QVERIFY(ActivityData::addComment(*m_test, *c, ActivityData::stored(*m_test, 2026, 1, 7, 9, i, 0)));
        QVERIFY(ActivityData::addTutorial(*m_test, u"No comments"_s));
        ActivityStats stats(*m_database);
        auto top = stats.mostCommented(10);
        QVERIFY2(top, qPrintable(top.error().message));
        QCOMPARE(top->size(), 3); // neither the unassigned comments nor a tutorial without any
        QCOMPARE(top->at(0), (TutorialCommentCount{m_ids.a, u"Weekly A"_s, 6}));
        QCOMPARE(top->at(1), (TutorialCommentCount{m_ids.b, u"Weekly B"_s, 3}));
        QCOMPARE(top->at(2), (TutorialCommentCount{*c, u"Weekly C"_s, 3}));
        auto two = stats.mostCommented(2);
        QVERIFY(two);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(1).tutorialId, m_ids.b);
    }

    void loaderCountsOnItsOwnThreadAndAnswersHere()
    {
        ActivityLoader loader(m_test->url());
        QSignalSpy loaded(&loader, &ActivityLoader::loaded);
        QThread *worker = nullptr;
        connect(&loader, &ActivityLoader::loaded, this, [&worker] { worker = QThread::currentThread(); },
                Qt::DirectConnection);
        const quint64 ticket = loader.request(CommentScope::tutorial(m_ids.a), 5);
        QCOMPARE(loaded.size(), 0); // counted on the worker: request() returns at once
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(worker, QThread::currentThread()); // the answer comes back to the thread that asked
        QCOMPARE(loaded[0][0].toULongLong(), ticket);
        const auto figures = loaded[0][1].value<ActivityFigures>();
        QCOMPARE(figures.tutorialTitle, u"Weekly A"_s);
        QCOMPARE(figures.weeks.size(), 3);
        QCOMPARE(figures.mostCommented.size(), 2);
        QCOMPARE(figures.mostCommented.first().comments, 6);
        // A deleted tutorial is no error: it is said to be gone.
        loader.request(CommentScope::tutorial(m_ids.b + 1000), 0);
        QTRY_COMPARE(loaded.size(), 2);
        QVERIFY(!loaded[1][1].value<ActivityFigures>().tutorialFound);
    }
};

QTEST_GUILESS_MAIN(tst_ActivityStats)
#include "tst_activitystats.moc"
