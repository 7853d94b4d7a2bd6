// The tutorial list's order (TutorialService::findTutorialOrder), on SQLite and on a real MariaDB: whatever way it is
// computed, it is the order SQL's ORDER BY gives, row for row, for every column the list sorts by, both ways.
#include "database.h"
#include "schema.h"
#include "testdatabase.h"
#include "tutorialservice.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

#define VERIFY_OK(expression)                                                                                         \
    do {                                                                                                              \
        const auto &verifyOkResult = (expression);                                                                    \
        QVERIFY2(verifyOkResult.ok(), qPrintable(verifyOkResult.ok() ? QString() : verifyOkResult.error().message));  \
    } while (false)

Q_DECLARE_METATYPE(SummarySort)

class tst_TutorialOrder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TutorialService> m_service;
    QList<qint64> m_ids; // fill()'s tutorials, in the order made

    // A statement on the test's own connection, its values bound.
    bool run(const QString &statement, const QVariantList &values)
    {
        QSqlQuery query(m_test->checker());
        if (!query.prepare(statement))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        return query.isActive();
    }

    // A date as each database stores it (SQLite: Sequelize's text).
    QString date(const QString &time) const
    {
        const QString day = u"2025-01-01 "_s + time;
        return m_test->isMySql() ? day : day + u".000 +00:00"_s;
    }

    // Titles in several languages, equal ones in all but case (one sort key: a tie), one without a title; comment
    // counts with ties; dates with ties.
    void fill()
    {
        const QStringList titles = {u"apple"_s, u"Zebra"_s, u"Öl"_s, u"éclair"_s, u"Ärger"_s, u"Apple"_s,
                                    u"Eagle"_s, u"Tut#2"_s, u"oil"_s, u"apple"_s, u"Ölfass"_s, u"Ol"_s};
        m_ids.clear();
        for (int i = 0; i < titles.size(); ++i) {
            auto made = m_service->createTutorial(titles.at(i), u"Description %1"_s.arg(i % 3 ? u"kept"_s : u"öl"_s));
            VERIFY_OK(made);
            m_ids.append(made->id);
            for (int c = 0; c < i % 4; ++c)
                VERIFY_OK(m_service->createComment(made->id, u"n"_s, u"t"_s));
        }
        QVERIFY(run(u"UPDATE tutorials SET title = NULL WHERE id = ?"_s, {m_ids.at(7)}));
        // createdAt: three rows at the same time; updatedAt: two pairs, one pair before every other row.
        const QStringList created = {u"10:00:00"_s, u"09:00:00"_s, u"10:00:00"_s, u"08:00:00"_s, u"10:00:00"_s,
                                     u"11:00:00"_s, u"07:00:00"_s, u"12:00:00"_s, u"06:00:00"_s, u"13:00:00"_s,
                                     u"05:00:00"_s, u"14:00:00"_s};
        const QStringList updated = {u"03:00:00"_s, u"20:00:00"_s, u"03:00:00"_s, u"21:00:00"_s, u"22:00:00"_s,
                                     u"23:00:00"_s, u"23:00:00"_s, u"19:00:00"_s, u"18:00:00"_s, u"17:00:00"_s,
                                     u"16:00:00"_s, u"15:00:00"_s};
        for (int i = 0; i < m_ids.size(); ++i)
            QVERIFY(run(u"UPDATE tutorials SET createdAt = ?, updatedAt = ? WHERE id = ?"_s,
                        {date(created.at(i)), date(updated.at(i)), m_ids.at(i)}));
    }

    // The order SQL's ORDER BY gives: the list's pages (findTutorialSummaries, LIMIT and OFFSET on the same ORDER
    // BY), restricted to `within` when given.
    QList<qint64> sqlOrder(SummaryQuery query, const std::optional<QList<qint64>> &within = {})
    {
        query.offset = 0;
        query.limit = 1000000;
        auto rows = m_service->findTutorialSummaries(query);
        if (!rows) {
            qWarning("%s", qPrintable(rows.error().message));
            return {-1};
        }
        QList<qint64> ids;
        for (const TutorialSummary &row : *rows) {
            if (!within || within->contains(row.id))
                ids.append(row.id);
        }
        return ids;
    }

    QString titlesOf(const QList<qint64> &ids)
    {
        QStringList titles;
        for (const qint64 id : ids)
            titles << u"%1:%2"_s.arg(id).arg(m_test->scalar(u"SELECT title FROM tutorials WHERE id = %1"_s.arg(id)).toString());
        return titles.join(u", "_s);
    }

    void compareOrders(const SummaryQuery &query, const std::optional<QList<qint64>> &within = {})
    {
        auto order = m_service->findTutorialOrder(query, within);
        VERIFY_OK(order);
        const QList<qint64> expected = sqlOrder(query, within);
        QVERIFY2(*order == expected, qPrintable(u"search \"%1\"%2\n got      %3\n expected %4"_s.arg(
                                                   query.search, within ? u" within"_s : QString(),
                                                   titlesOf(*order), titlesOf(expected))));
    }

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
        m_database = std::make_unique<Database>(m_test->url());
        VERIFY_OK(Schema::init(*m_database));
        m_service = std::make_unique<TutorialService>(*m_database);
    }
    void cleanup()
    {
        m_service.reset();
        m_database.reset();
        m_test.reset();
    }

    void orderIsTheSqlOrder_data()
    {
        QTest::addColumn<SummarySort>("sort");
        QTest::addColumn<bool>("descending");
        const std::pair<const char *, SummarySort> sorts[] = {{"title", SummarySort::Title},
                                                              {"createdAt", SummarySort::CreatedAt},
                                                              {"updatedAt", SummarySort::UpdatedAt},
                                                              {"comments", SummarySort::CommentCount}};
        for (const auto &[name, sort] : sorts) {
            QTest::addRow("%s ascending", name) << sort << false;
            QTest::addRow("%s descending", name) << sort << true;
        }
    }

    // An empty table, the whole list, a search (accents and case ignored: "öl" finds "Öl", "Ölfass" and "Ol"), a
    // search within what an earlier one found: each the order SQL gives, ties by id.
    void orderIsTheSqlOrder()
    {
        QFETCH(SummarySort, sort);
        QFETCH(bool, descending);
        SummaryQuery query;
        query.sort = sort;
        query.descending = descending;
        auto empty = m_service->findTutorialOrder(query);
        VERIFY_OK(empty);
        QVERIFY(empty->isEmpty());

        fill();
        if (QTest::currentTestFailed())
            return;
        compareOrders(query);
        QCOMPARE(m_service->findTutorialOrder(query)->size(), m_ids.size());

        query.search = u"öl"_s; // in three titles and four descriptions
        const QList<qint64> found = sqlOrder(query);
        QCOMPARE(found.size(), 7);
        compareOrders(query);

        QList<qint64> within = {m_ids.at(0), m_ids.at(2), m_ids.at(3), m_ids.at(5), m_ids.at(10), m_ids.at(11)};
        query.search = u"ol"_s;
        compareOrders(query, within);
        query.search.clear();
        compareOrders(query, within);
    }

    // A list long enough to be sorted as it is on a real table (a radix sort on SQLite from 64 rows): 700 tutorials,
    // their dates on 97 seconds in a row (many ties, broken by id), 0 to 4 comments each; a search and a search
    // within it too. Each the order SQL gives.
    void aLongListIsOrderedAsSqlOrdersIt_data() { orderIsTheSqlOrder_data(); }
    void aLongListIsOrderedAsSqlOrdersIt()
    {
        QFETCH(SummarySort, sort);
        QFETCH(bool, descending);
        QSqlDatabase db = m_test->checker();
        QVERIFY(db.transaction());
        for (int i = 0; i < 700; ++i) {
            const int second = (i * 7919) % 97;
            const QString when = date(u"10:%1:%2"_s.arg(second / 60, 2, 10, QChar(u'0'))
                                          .arg(second % 60, 2, 10, QChar(u'0')));
            QVERIFY(run(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) "
                        "VALUES (?, ?, ?, ?)"_s,
                        {u"Tutorial %1"_s.arg((i * 31) % 200), u"d%1"_s.arg(i % 5), when, when}));
        }
        QVERIFY(run(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) SELECT 'n', 't', createdAt, "
                    "updatedAt, id FROM tutorials WHERE id % 5 <> 0"_s,
                    {}));
        QVERIFY(run(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) SELECT 'n', 't', createdAt, "
                    "updatedAt, id FROM tutorials WHERE id % 3 = 0"_s,
                    {}));
        QVERIFY(db.commit());
        SummaryQuery query;
        query.sort = sort;
        query.descending = descending;
        compareOrders(query);
        QCOMPARE(m_service->findTutorialOrder(query)->size(), 700);
        query.search = u"d1"_s;
        compareOrders(query);
        QList<qint64> within;
        for (const qint64 id : sqlOrder(query))
            if (id % 2)
                within.append(id);
        query.search.clear();
        compareOrders(query, within);
    }

    // MariaDB searches a large table in two halves of its ids at once when the list is ordered by a date
    // (TutorialService::searchInHalves, here on every table, however small): every match is found, the ones either
    // side of the middle id and at both ends included, case and accents ignored and '%', '_', '!' taken literally,
    // in the order SQL gives.
    void aSearchInHalvesFindsWhatOneStatementFinds_data() { orderIsTheSqlOrder_data(); }
    void aSearchInHalvesFindsWhatOneStatementFinds()
    {
        QFETCH(SummarySort, sort);
        QFETCH(bool, descending);
        m_service->setParallelSearchFrom(1);
        // Nine rows: the middle id is the fifth (searchInHalves splits at first + (last - first) / 2).
        const QStringList titles = {u"Café first"_s, u"plain"_s, u"other"_s, u"plain"_s, u"CAFE middle"_s,
                                    u"cafè after the middle"_s, u"plain"_s, u"plain"_s, u"cafe last"_s};
        const QStringList descriptions = {u"50%_off!"_s, u"50% off"_s, u"50x_off!"_s, u"50%xoff!"_s, u"50%_off!"_s,
                                          u"50%_off!"_s, u"50%_offx"_s, u"nix"_s, u"50%_off!"_s};
        QList<qint64> ids;
        for (int i = 0; i < titles.size(); ++i) {
            auto made = m_service->createTutorial(titles.at(i), descriptions.at(i));
            VERIFY_OK(made);
            ids.append(made->id);
        }
        QCOMPARE(ids.last() - ids.first(), 8);
        SummaryQuery query;
        query.sort = sort;
        query.descending = descending;
        const auto found = [&](const QString &search) {
            query.search = search;
            auto order = m_service->findTutorialOrder(query);
            QList<qint64> sorted = order ? *order : QList<qint64>{-1};
            std::sort(sorted.begin(), sorted.end());
            return sorted;
        };
        const QList<qint64> cafe = {ids.at(0), ids.at(4), ids.at(5), ids.at(8)};
        QCOMPARE(found(u"CAFÉ"_s), cafe);
        compareOrders(query);
        QCOMPARE(found(u"50%_off!"_s), cafe);
        compareOrders(query);
        QCOMPARE(found(u"cafe MIDDLE"_s), QList<qint64>{ids.at(4)});
        QCOMPARE(found(u"AFTER THE"_s), QList<qint64>{ids.at(5)});
        QCOMPARE(found(u"nowhere"_s), QList<qint64>());
        QCOMPARE(found(u"o"_s).size(), ids.size() - 1); // all but "plain" described "nix"
        compareOrders(query);
    }

    // Many matches, dates spread, tied, and apart by a fraction of a second only: the halves' own orders merged
    // (by another column, one statement). Every match, in the order SQL gives.
    void aSearchInHalvesWithManyMatchesFindsThemAll()
    {
        m_service->setParallelSearchFrom(1);
        const int many = TutorialService::MaxWithin + 301;
        // 1 to `many`, from digits (MariaDB stops a recursive WITH at 1,000 rows).
        const QString numbers = u"WITH d(x) AS (SELECT 0 UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 "
                                "UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL "
                                "SELECT 8 UNION ALL SELECT 9), n(i) AS (SELECT 1 + a.x + 10 * b.x + 100 * c.x + 1000 * "
                                "e.x FROM d a, d b, d c, d e WHERE 1 + a.x + 10 * b.x + 100 * c.x + 1000 * e.x <= %1) "_s
                                      .arg(many);
        QVERIFY(run(m_test->isMySql()
                            ? u"INSERT INTO tutorials (title, description, createdAt, updatedAt) "_s + numbers
                                      + u"SELECT CONCAT('Crème ', i), CONCAT('row ', i), '2025-01-01 10:00:00' + "
                                        "INTERVAL (i * 7919) % 1000 SECOND, '2025-01-01 10:00:00' + INTERVAL i % 3 "
                                        "SECOND FROM n"_s
                            : u"INSERT INTO tutorials (title, description, createdAt, updatedAt) "_s + numbers
                                      + u"SELECT 'Crème ' || i, 'row ' || i, '2025-01-01 10:00:00.000 +00:00', "
                                        "'2025-01-01 10:00:00.000 +00:00' FROM n"_s,
                    {}));
        // Dates spread (createdAt) or in three values (updatedAt: ties, by id): a date order merges the halves.
        const std::pair<SummarySort, bool> orders[] = {{SummarySort::Title, false},
                                                        {SummarySort::CreatedAt, false},
                                                        {SummarySort::CreatedAt, true},
                                                        {SummarySort::UpdatedAt, true},
                                                        {SummarySort::UpdatedAt, false}};
        const auto everyOrder = [&] {
            for (const auto &[sort, descending] : orders) {
                SummaryQuery query;
                query.sort = sort;
                query.descending = descending;
                query.search = u"creme"_s;
                auto order = m_service->findTutorialOrder(query);
                VERIFY_OK(order);
                QCOMPARE(order->size(), many);
                compareOrders(query);
                query.search = u"CRÈME 1"_s; // 1, 10-19, 100-199, 1000-1999: 1111, fewer than MaxWithin
                order = m_service->findTutorialOrder(query);
                VERIFY_OK(order);
                QCOMPARE(order->size(), 1 + 10 + 100 + 1000);
                compareOrders(query);
            }
        };
        everyOrder();
        if (QTest::currentTestFailed() || !m_test->isMySql())
            return;
        // Dates with fractions of a second (merged as text), some of them apart by a fraction only.
        QVERIFY(run(u"ALTER TABLE tutorials MODIFY createdAt DATETIME(3) NOT NULL, MODIFY updatedAt DATETIME(3) "
                    "NOT NULL"_s,
                    {}));
        QVERIFY(run(u"UPDATE tutorials SET createdAt = createdAt + INTERVAL (id % 7) * 1000 MICROSECOND"_s, {}));
        m_service = std::make_unique<TutorialService>(*m_database); // the columns' types are read once
        m_service->setParallelSearchFrom(1);
        everyOrder();
    }

    // SQLite keeps what it is given: a date column may hold text of another length, or a number, which ORDER BY puts
    // before every text.
    void aDateThatIsNotTextIsOrderedAsSqlOrdersIt_data() { orderIsTheSqlOrder_data(); }
    void aDateThatIsNotTextIsOrderedAsSqlOrdersIt()
    {
        if (m_test->isMySql())
            QSKIP("a MariaDB DATETIME column holds date-times only, never other text or a number");
        QFETCH(SummarySort, sort);
        QFETCH(bool, descending);
        fill();
        if (QTest::currentTestFailed())
            return;
        SummaryQuery query;
        query.sort = sort;
        query.descending = descending;
        // A date written shorter (without milliseconds) than others of the same second: the text compared byte by
        // byte, the shorter first.
        QVERIFY(run(u"UPDATE tutorials SET createdAt = '2025-01-01 10:00:00', updatedAt = '2025-01-01 03:00:00' "
                    "WHERE id = ?"_s,
                    {m_ids.at(9)}));
        // One as long as the others but written with a 'T' between day and time: a byte that is not a digit differs,
        // and 'T' sorts after ' '.
        QVERIFY(run(u"UPDATE tutorials SET createdAt = '2025-01-01T09:30:00.000 +00:00', "
                    "updatedAt = '2025-01-01T18:30:00.000 +00:00' WHERE id = ?"_s,
                    {m_ids.at(3)}));
        // And one longer by a NUL byte than another, which it begins with: the lengths decide.
        const auto withNul = [this](const QString &time) {
            QByteArray bytes = date(time).toLatin1();
            bytes.append('\0');
            return QString::fromLatin1(bytes.toHex());
        };
        QVERIFY(run(u"UPDATE tutorials SET createdAt = CAST(X'%1' AS TEXT), updatedAt = CAST(X'%2' AS TEXT) WHERE id = ?"_s
                        .arg(withNul(u"10:00:00"_s), withNul(u"03:00:00"_s)),
                    {m_ids.at(6)}));
        QCOMPARE(m_test->scalar(u"SELECT length(CAST(updatedAt AS BLOB)) FROM tutorials WHERE id = %1"_s.arg(m_ids.at(6))).toInt(),
                 date(u"03:00:00"_s).size() + 1);
        compareOrders(query);
        // A number, which ORDER BY puts before every text.
        QVERIFY(run(u"UPDATE tutorials SET createdAt = 20250101, updatedAt = 20250101 WHERE id = ?"_s, {m_ids.at(4)}));
        QCOMPARE(m_test->scalar(u"SELECT typeof(updatedAt) FROM tutorials WHERE id = %1"_s.arg(m_ids.at(4))).toString(),
                 u"integer"_s);
        compareOrders(query);
        const QList<qint64> order = *m_service->findTutorialOrder(query);
        if (sort == SummarySort::CreatedAt || sort == SummarySort::UpdatedAt)
            QCOMPARE(descending ? order.last() : order.first(), m_ids.at(4)); // the number first
        query.search = u"kept"_s;
        compareOrders(query);
    }
};

QTEST_GUILESS_MAIN(tst_TutorialOrder)
#include "tst_tutorialorder.moc"
