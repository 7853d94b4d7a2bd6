#include "jsonwriter.h"
#include "timestamps.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Timestamps : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("mysql datetime") << u"2026-11-25 21:23:58"_s << u"2026-11-25T21:23:58.000Z"_s;
        QTest::newRow("sequelize sqlite") << u"2026-11-25 21:23:58.123 +00:00"_s << u"2026-11-25T21:23:58.123Z"_s;
        QTest::newRow("offset applied") << u"2026-11-25 16:23:58.120 -05:00"_s << u"2026-11-25T21:23:58.120Z"_s;
        QTest::newRow("iso with Z") << u"2026-11-25T21:23:58.5Z"_s << u"2026-11-25T21:23:58.500Z"_s;
        QTest::newRow("microseconds") << u"2026-11-25 21:23:58.123456"_s << u"2026-11-25T21:23:58.123Z"_s;
        QTest::newRow("leap day") << u"2024-02-29 00:00:00"_s << u"2024-02-29T00:00:00.000Z"_s;
        QTest::newRow("before epoch") << u"1969-12-31 23:59:59.999"_s << u"1969-12-31T23:59:59.999Z"_s;
        QTest::newRow("mysql minimum") << u"1000-01-01 00:00:00"_s << u"1000-01-01T00:00:00.000Z"_s;
        QTest::newRow("mysql maximum") << u"9999-12-31 23:59:59"_s << u"9999-12-31T23:59:59.000Z"_s;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const auto ms = Timestamps::parse(text);
        QVERIFY(ms);
        QCOMPARE(Timestamps::toIso(*ms), iso);
        // The same instant as Qt computes it, independent of the local zone.
        QCOMPARE(Timestamps::toDateTime(*ms), QDateTime::fromString(iso, Qt::ISODateWithMs));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << u"2026-11-25"_s;
        QTest::newRow("month 13") << u"2026-13-01 00:00:00"_s;
        QTest::newRow("letters") << u"20x6-11-25 21:23:58"_s;
        QTest::newRow("bad zone") << u"2026-11-25 21:23:58 CET"_s;
        QTest::newRow("dot without digits") << u"2026-11-25 21:23:58."_s;
        // Days the month does not have: refused, not rolled over into the next month.
        QTest::newRow("30 February") << u"2026-02-30T10:00:00.000Z"_s;
        QTest::newRow("29 February, common year") << u"2026-02-29 00:00:00"_s;
        QTest::newRow("29 February 1900") << u"1900-02-29 00:00:00"_s;
        QTest::newRow("31 April") << u"2026-04-31 00:00:00"_s;
        QTest::newRow("31 November") << u"2026-11-31 12:00:00.000 +00:00"_s;
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Timestamps::parse(text));
    }

    void lastDaysOfMonths()
    {
        QVERIFY(Timestamps::parse(u"2024-02-29 00:00:00"_s)); // leap year
        QVERIFY(Timestamps::parse(u"2000-02-29 00:00:00"_s)); // divisible by 400
        QCOMPARE(Timestamps::toIso(*Timestamps::parse(u"2026-04-30T23:59:59.999Z"_s)), u"2026-04-30T23:59:59.999Z"_s);
        QCOMPARE(Timestamps::toIso(*Timestamps::parse(u"2026-12-31T23:59:59.999Z"_s)), u"2026-12-31T23:59:59.999Z"_s);
    }

    void storageFormats()
    {
        const qint64 ms = *Timestamps::parse(u"2026-01-02 03:04:05.006"_s);
        QCOMPARE(Timestamps::toSqliteText(ms), u"2026-01-02 03:04:05.006 +00:00"_s);
        QCOMPARE(Timestamps::toMySqlText(ms), u"2026-01-02 03:04:05"_s);
    }

    void independentOfLocalZone()
    {
        const QByteArray saved = qgetenv("TZ");
        qputenv("TZ", "America/New_York");
        tzset();
        // 02:30 on 2026-03-08 does not exist in New York (the clocks jump): it must still round-trip as UTC.
        const auto ms = Timestamps::parse(u"2026-03-08 02:30:00"_s);
        QVERIFY(ms);
        QCOMPARE(Timestamps::toIso(*ms), u"2026-03-08T02:30:00.000Z"_s);
        QCOMPARE(Timestamps::toMySqlText(*ms), u"2026-03-08 02:30:00"_s);
        if (saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", saved);
        tzset();
    }

    void nowIsUtcNow()
    {
        const qint64 ours = Timestamps::nowMs();
        const qint64 qt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(qAbs(ours - qt) < 1000);
    }
};

QTEST_GUILESS_MAIN(tst_Timestamps)
#include "tst_timestamps.moc"
