// kill -9 of tutorialctl in the middle of a large import: the database holds all of it or none of it, and SQLite's
// integrity check passes. On SQLite and on MariaDB.
#include "testdatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_KilledImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;
    QTemporaryDir m_dir;
    QString m_file;
    static constexpr int Tutorials = 40000;
    static constexpr int CommentsEach = 5;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"large.json"_s);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray json = "[";
        for (int t = 0; t < Tutorials; ++t) {
            json += (t ? ",{\"title\":\"Tutorial " : "{\"title\":\"Tutorial ") + QByteArray::number(t)
                    + "\",\"description\":\"about it\",\"comments\":[";
            for (int c = 0; c < CommentsEach; ++c)
                json += (c ? ",{\"name\":\"n\",\"text\":\"c" : "{\"name\":\"n\",\"text\":\"c") + QByteArray::number(c) + "\"}";
            json += "]}";
        }
        json += "]";
        file.write(json);
    }
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
    }
    void cleanup() { m_test.reset(); }

    void allOrNothing()
    {
        const QString ctl = qEnvironmentVariable("TUTORIALCTL");
        const QString url = m_test->url().toString(true);
        QProcess init;
        init.start(ctl, {u"--database"_s, url, u"init"_s});
        QVERIFY(init.waitForFinished(30000) && init.exitCode() == 0);
        QRandomGenerator random(42);
        int killedMidway = 0;
        int complete = 0;
        const QString wal = m_test->isMySql() ? QString() : m_test->url().path() + u"-wal"_s;
        for (int round = 0; round < 6; ++round) {
            QProcess import;
            const QDateTime started = QDateTime::currentDateTimeUtc();
            import.start(ctl, {u"--database"_s, url, u"import"_s, m_file});
            QVERIFY(import.waitForStarted());
            // Killed only once it is writing: its INSERTs running on the server (the import is one transaction), or
            // pages going to SQLite's write-ahead log; then a little later, somewhere in the middle.
            const bool writing = QTest::qWaitFor(
                [&] {
                    if (import.state() != QProcess::Running)
                        return true;
                    if (m_test->isMySql()) {
                        QSqlQuery inserts(TestDatabase::mariadbAdmin());
                        inserts.prepare(u"SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                                        "WHERE DB = ? AND INFO LIKE 'INSERT INTO %'"_s);
                        inserts.addBindValue(m_test->url().databaseName());
                        return inserts.exec() && inserts.next() && inserts.value(0).toInt() > 0;
                    }
                    const QFileInfo log(wal);
                    return log.exists() && log.lastModified().toUTC() > started;
                },
                30000);
            QVERIFY(writing);
            QTest::qWait(int(random.bounded(200)));
            const bool wasRunning = import.state() == QProcess::Running;
            import.kill(); // SIGKILL
            import.waitForFinished();
            killedMidway += wasRunning;
            const qint64 tutorials = m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toLongLong();
            const qint64 comments = m_test->scalar(u"SELECT COUNT(*) FROM comments"_s).toLongLong();
            QVERIFY2(tutorials % Tutorials == 0, qPrintable(u"a part of an import is there: %1"_s.arg(tutorials)));
            QCOMPARE(comments, tutorials * CommentsEach);
            QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments c LEFT JOIN tutorials t ON c.tutorialId = t.id "
                                    "WHERE t.id IS NULL"_s)
                             .toLongLong(),
                     0);
            complete = int(tutorials / Tutorials);
            if (!m_test->isMySql())
                QCOMPARE(m_test->scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        }
        qInfo("%s: %d of 6 imports killed while running; %d complete imports in the database", qPrintable(m_test->kind()),
              killedMidway, complete);
        QVERIFY2(killedMidway >= 4, "most kills land in the middle of an import's writing");
    }
};

QTEST_GUILESS_MAIN(tst_KilledImport)
#include "tst_killedimport.moc"
