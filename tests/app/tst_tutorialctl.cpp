// Runs the built tutorialctl as a person or a script would, and reads its JSON, its stderr and its exit code.
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

class tst_TutorialCtl : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_test;

    Run ctl(const QStringList &args, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
            bool withDatabase = true, const std::function<void(QProcess &)> &setUp = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        if (setUp)
            setUp(process);
        QStringList all;
        if (withDatabase)
            all << u"--database"_s << m_test->url().toString(true);
        all << args;
        process.start(qEnvironmentVariable("TUTORIALCTL"), all);
        Run run;
        if (!process.waitForFinished(60000)) {
            qWarning("tutorialctl did not finish: %s", qPrintable(all.join(u' ')));
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    Run ctlWith(const QStringList &args, const std::function<void(QProcess &)> &setUp)
    {
        return ctl(args, QProcessEnvironment::systemEnvironment(), true, setUp);
    }

    // How many of the seed's two tables the test database has, seen from the test's own connection.
    int seedTables()
    {
        return m_test
                ->scalar(m_test->isMySql() ? u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
                                             "DATABASE() AND TABLE_NAME IN ('tutorials', 'comments')"_s
                                           : u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                                             "('tutorials', 'comments')"_s)
                .toInt();
    }

    // The commands that only read, update or delete rows (FILE is replaced by a path in a temporary folder).
    static void addReadCommandRows()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("tutorial show") << QStringList{u"tutorial"_s, u"show"_s, u"1"_s};
        QTest::newRow("tutorial list") << QStringList{u"tutorial"_s, u"list"_s};
        QTest::newRow("tutorial list --search") << QStringList{u"tutorial"_s, u"list"_s, u"--search"_s, u"x"_s};
        QTest::newRow("tutorial update") << QStringList{u"tutorial"_s, u"update"_s, u"1"_s, u"--title"_s, u"x"_s};
        QTest::newRow("tutorial delete") << QStringList{u"tutorial"_s, u"delete"_s, u"1"_s};
        QTest::newRow("comment show") << QStringList{u"comment"_s, u"show"_s, u"1"_s};
        QTest::newRow("comment update") << QStringList{u"comment"_s, u"update"_s, u"1"_s, u"--text"_s, u"x"_s};
        QTest::newRow("comment delete") << QStringList{u"comment"_s, u"delete"_s, u"1"_s};
        QTest::newRow("export") << QStringList{u"export"_s};
        QTest::newRow("export FILE") << QStringList{u"export"_s, u"FILE"_s};
        QTest::newRow("report") << QStringList{u"report"_s, u"1"_s, u"--pdf"_s, u"FILE"_s};
    }

    // The JSON that follows a label such as ">> Tutorial id=1 " in the demo's output.
    static QJsonDocument sectionAfter(const QByteArray &out, const QByteArray &label)
    {
        const qsizetype start = out.indexOf(label);
        if (start < 0)
            return {};
        const qsizetype jsonStart = start + label.size();
        qsizetype end = out.indexOf("\n>> ", jsonStart);
        if (end < 0)
            end = out.size();
        return QJsonDocument::fromJson(out.mid(jsonStart, end - jsonStart));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("TUTORIALCTL")).isExecutable(), "TUTORIALCTL must name the built binary");
    }
    void initTestCase_data() { TestDatabase::addRows(); }
    void init()
    {
        m_test = TestDatabase::create(this);
        QVERIFY2(m_test, qPrintable(TestDatabase::lastError()));
    }
    void cleanup() { m_test.reset(); }

    void demoPrintsTheSeedsOutput()
    {
        const Run run = ctl({u"demo"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QList<QByteArray> labels{"Drop and re-sync db.",  ">> Created tutorial: ", ">> Created tutorial: ",
                                       ">> Created comment: ",  ">> Created comment: ",  ">> Created comment: ",
                                       ">> Created comment: ",  ">> Tutorial id=1 ",      ">> Tutorial id=2 ",
                                       ">> Comment id=1 ",       ">> Comment id=3 ",       ">> All tutorials "};
        qsizetype at = 0;
        for (const QByteArray &label : labels) {
            const qsizetype found = run.out.indexOf(label, at);
            QVERIFY2(found >= at, label.constData());
            at = found + label.size();
        }
        const QJsonDocument tutorial1 = sectionAfter(run.out, ">> Tutorial id=1 ");
        QCOMPARE(tutorial1.object().value(u"title"_s).toString(), u"Tut#1"_s);
        QCOMPARE(tutorial1.object().value(u"comments"_s).toArray().size(), 2);
        const QJsonDocument comment3 = sectionAfter(run.out, ">> Comment id=3 ");
        QCOMPARE(comment3.object().value(u"name"_s).toString(), u"aKoder"_s);
        QCOMPARE(comment3.object().value(u"tutorial"_s).toObject().value(u"title"_s).toString(), u"Tut#2"_s);
        // ">> All tutorials" is what `tutorial list` answers.
        const Run list = ctl({u"tutorial"_s, u"list"_s});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(sectionAfter(run.out, ">> All tutorials "), list.json());
        QCOMPARE(list.json().array().size(), 2);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 4);
    }

    void createShowUpdateDelete()
    {
        Run created = ctl({u"tutorial"_s, u"create"_s, u"--title"_s, u"First"_s, u"--description"_s, u"About it"_s});
        QCOMPARE(created.exitCode, 0);
        const QJsonObject tutorial = created.json().object();
        const qint64 id = tutorial.value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(tutorial.value(u"title"_s).toString(), u"First"_s);
        QVERIFY(tutorial.value(u"createdAt"_s).toString().endsWith(u"Z"_s));

        Run comment = ctl({u"comment"_s, u"create"_s, u"--tutorial"_s, QString::number(id), u"--name"_s, u"Ann"_s,
                           u"--text"_s, u"Nice 👍"_s});
        QCOMPARE(comment.exitCode, 0);
        QCOMPARE(comment.json().object().value(u"tutorialId"_s).toInteger(), id);
        QCOMPARE(m_test->scalar(u"SELECT text FROM comments"_s).toString(), u"Nice 👍"_s);

        Run shown = ctl({u"tutorial"_s, u"show"_s, QString::number(id)});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().object().value(u"comments"_s).toArray().first().toObject().value(u"name"_s).toString(),
                 u"Ann"_s);

        Run updated = ctl({u"tutorial"_s, u"update"_s, QString::number(id), u"--title"_s, u"Renamed"_s});
        QCOMPARE(updated.exitCode, 0);
        QCOMPARE(updated.json().object().value(u"title"_s).toString(), u"Renamed"_s);
        QCOMPARE(updated.json().object().value(u"description"_s).toString(), u"About it"_s);
        QCOMPARE(m_test->scalar(u"SELECT title FROM tutorials"_s).toString(), u"Renamed"_s);

        Run detached = ctl({u"comment"_s, u"update"_s, u"1"_s, u"--detach"_s});
        QCOMPARE(detached.exitCode, 0);
        QVERIFY(detached.json().object().value(u"tutorialId"_s).isNull());
        Run orphan = ctl({u"comment"_s, u"show"_s, u"1"_s});
        QVERIFY(orphan.json().object().value(u"tutorial"_s).isNull());

        Run deleted = ctl({u"tutorial"_s, u"delete"_s, QString::number(id)});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 0);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 1); // the orphan was not its comment

        Run commentDeleted = ctl({u"comment"_s, u"delete"_s, u"1"_s});
        QCOMPARE(commentDeleted.exitCode, 0);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 0);
    }

    void deleteKeepingComments()
    {
        QCOMPARE(ctl({u"demo"_s}).exitCode, 0);
        Run deleted = ctl({u"tutorial"_s, u"delete"_s, u"1"_s, u"--keep-comments"_s});
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(deleted.json().object().value(u"commentsUnassigned"_s).toInteger(), 2);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments WHERE tutorialId IS NULL"_s).toInt(), 2);
    }

    void searchList()
    {
        QCOMPARE(ctl({u"tutorial"_s, u"create"_s, u"--title"_s, u"50% off"_s}).exitCode, 0);
        QCOMPARE(ctl({u"tutorial"_s, u"create"_s, u"--title"_s, u"500 off"_s}).exitCode, 0);
        Run found = ctl({u"tutorial"_s, u"list"_s, u"--search"_s, u"0%"_s});
        QCOMPARE(found.exitCode, 0);
        QCOMPARE(found.json().array().size(), 1);
        QCOMPARE(found.json().array().first().toObject().value(u"title"_s).toString(), u"50% off"_s);
        // Case is folded for every language, not only for ASCII.
        QCOMPARE(ctl({u"tutorial"_s, u"create"_s, u"--title"_s, u"Ärger mit dem Öl"_s}).exitCode, 0);
        QCOMPARE(ctl({u"tutorial"_s, u"create"_s, u"--title"_s, u"ΣΟΦΊΑ"_s}).exitCode, 0);
        for (const QString &search : {u"ärger"_s, u"öl"_s, u"ÄRGER MIT"_s, u"σοφία"_s}) {
            Run unicode = ctl({u"tutorial"_s, u"list"_s, u"--search"_s, search});
            QCOMPARE(unicode.exitCode, 0);
            QVERIFY2(unicode.json().array().size() == 1, qPrintable(search + u": "_s + QString::fromUtf8(unicode.out)));
        }
    }

    void timestampsAreUtcWhateverTheLocalZone()
    {
        QProcessEnvironment newYork = QProcessEnvironment::systemEnvironment();
        newYork.insert(u"TZ"_s, u"America/New_York"_s);
        Run created = ctl({u"tutorial"_s, u"create"_s, u"--title"_s, u"zoned"_s}, newYork);
        QCOMPARE(created.exitCode, 0);
        const QString printed = created.json().object().value(u"createdAt"_s).toString();
        QVERIFY2(printed.endsWith(u'Z') && printed.size() == 24, qPrintable(printed)); // 2026-11-26T02:15:00.123Z
        const QDateTime printedTime = QDateTime::fromString(printed, Qt::ISODateWithMs);
        QVERIFY(printedTime.isValid());
        QVERIFY(qAbs(printedTime.msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
        QProcessEnvironment tokyo = QProcessEnvironment::systemEnvironment();
        tokyo.insert(u"TZ"_s, u"Asia/Tokyo"_s);
        const QString id = QString::number(created.json().object().value(u"id"_s).toInteger());
        Run shown = ctl({u"tutorial"_s, u"show"_s, id}, tokyo);
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json().object().value(u"createdAt"_s).toString(), printed);
    }

    void errorsAreOneLineWithTheRightExitCode_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not found") << QStringList{u"tutorial"_s, u"show"_s, u"999"_s} << 1 << u"tutorial 999 not found"_s;
        QTest::newRow("comment not found") << QStringList{u"comment"_s, u"show"_s, u"5"_s} << 1 << u"comment 5 not found"_s;
        QTest::newRow("comment on missing tutorial")
                << QStringList{u"comment"_s, u"create"_s, u"--tutorial"_s, u"42"_s, u"--name"_s, u"n"_s, u"--text"_s, u"t"_s}
                << 1 << u"tutorial 42 not found"_s;
        QTest::newRow("too long") << QStringList{u"tutorial"_s, u"create"_s, u"--title"_s, QString(256, u'x')} << 1
                                  << u"at most 255"_s;
        // A blank title, name or text is refused as the window refuses it (TutorialService's one rule).
        QTest::newRow("empty title") << QStringList{u"tutorial"_s, u"create"_s, u"--title"_s, u""_s} << 1
                                     << u"title is empty"_s;
        QTest::newRow("blank title") << QStringList{u"tutorial"_s, u"create"_s, u"--title"_s, u" \t "_s} << 1
                                     << u"title is empty"_s;
        QTest::newRow("comment without name")
                << QStringList{u"comment"_s, u"create"_s, u"--tutorial"_s, u"42"_s, u"--name"_s, u""_s, u"--text"_s,
                               u"t"_s}
                << 1 << u"name is empty"_s;
        QTest::newRow("comment without text")
                << QStringList{u"comment"_s, u"create"_s, u"--tutorial"_s, u"42"_s, u"--name"_s, u"n"_s, u"--text"_s,
                               u"  "_s}
                << 1 << u"text is empty"_s;
        QTest::newRow("non-numeric id") << QStringList{u"tutorial"_s, u"show"_s, u"abc"_s} << 2 << u"\"abc\""_s;
        QTest::newRow("huge id") << QStringList{u"tutorial"_s, u"show"_s, u"99999999999999999999999"_s} << 2
                                 << u"not a tutorial id"_s;
        QTest::newRow("huge but valid id") << QStringList{u"tutorial"_s, u"show"_s, u"9223372036854775807"_s} << 1
                                           << u"not found"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"frobnicate"_s;
        QTest::newRow("unknown option") << QStringList{u"tutorial"_s, u"list"_s, u"--colour"_s} << 2 << u"colour"_s;
        QTest::newRow("missing title") << QStringList{u"tutorial"_s, u"create"_s} << 2 << u"--title"_s;
        QTest::newRow("reset unconfirmed") << QStringList{u"reset"_s} << 2 << u"--yes"_s;
        QTest::newRow("tutorial and detach")
                << QStringList{u"comment"_s, u"update"_s, u"1"_s, u"--tutorial"_s, u"1"_s, u"--detach"_s} << 2
                << u"not both"_s;
    }
    void errorsAreOneLineWithTheRightExitCode()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QCOMPARE(ctl({u"init"_s}).exitCode, 0);
        const int before = m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt();
        const Run run = ctl(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), before);
    }

    void hostileIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("exitCode");
        QFile corpus(QStringLiteral(TUTORIALDESK_TEST_DATA "/hostile-ids.json"));
        QVERIFY(corpus.open(QIODevice::ReadOnly));
        const QJsonArray ids = QJsonDocument::fromJson(corpus.readAll()).array();
        for (const QJsonValue &entry : ids)
            QTest::newRow(qPrintable(entry[u"name"_s].toString())) << entry[u"id"_s].toString()
                                                                    << entry[u"exitCode"_s].toInt();
    }
    void hostileIds()
    {
        QFETCH(QString, id);
        QFETCH(int, exitCode);
        QCOMPARE(ctl({u"demo"_s}).exitCode, 0);
        for (const QStringList &args : {QStringList{u"tutorial"_s, u"show"_s, id}, QStringList{u"comment"_s, u"show"_s, id},
                                        QStringList{u"tutorial"_s, u"delete"_s, id},
                                        QStringList{u"comment"_s, u"update"_s, id, u"--text"_s, u"x"_s}}) {
            const Run run = ctl(args);
            QVERIFY2(run.exitCode == exitCode, qPrintable(args.join(u' ') + u" → "_s + QString::number(run.exitCode)));
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments WHERE text = 'x'"_s).toInt(), 0);
    }

    void resetNeedsConfirmation()
    {
        QCOMPARE(ctl({u"demo"_s}).exitCode, 0);
        QCOMPARE(ctl({u"reset"_s}).exitCode, 2);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 2);
        Run reset = ctl({u"reset"_s, u"--yes"_s});
        QCOMPARE(reset.exitCode, 0);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 0);
    }

    void connectionFailureNeverShowsThePassword()
    {
        if (!m_test->isMySql()) {
            QProcess process;
            process.start(qEnvironmentVariable("TUTORIALCTL"),
                          {u"--database"_s, u"sqlite:/no/such/folder/t.sqlite"_s, u"tutorial"_s, u"list"_s});
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 1);
            QVERIFY(process.readAllStandardError().contains("/no/such/folder/t.sqlite"));
            return;
        }
        QProcess process;
        process.start(qEnvironmentVariable("TUTORIALCTL"),
                      {u"--database"_s, u"mysql://root:hunter2@127.0.0.1:1/db?connect-timeout=3"_s, u"tutorial"_s,
                       u"list"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains("127.0.0.1:1"), err.constData());
        QVERIFY(!err.contains("hunter2"));
        QCOMPARE(err.count('\n'), 1);
    }

    void passwordFromTheEnvironment()
    {
        if (!m_test->isMySql())
            QSKIP("SQLite has no password");
        QSqlQuery admin(TestDatabase::mariadbAdmin());
        const auto dropUsers = qScopeGuard([] { // the server is shared with the other suites
            QSqlQuery(TestDatabase::mariadbAdmin()).exec(u"DROP USER IF EXISTS 'tdpass'@'127.0.0.1', 'tdpass'@'localhost'"_s);
        });
        QVERIFY(admin.exec(u"CREATE USER IF NOT EXISTS 'tdpass'@'127.0.0.1' IDENTIFIED BY 'pa ss;word'"_s));
        QVERIFY(admin.exec(u"CREATE USER IF NOT EXISTS 'tdpass'@'localhost' IDENTIFIED BY 'pa ss;word'"_s));
        QVERIFY(admin.exec(u"GRANT ALL ON `%1`.* TO 'tdpass'@'127.0.0.1', 'tdpass'@'localhost'"_s.arg(
                m_test->url().databaseName())));
        DatabaseUrl url = m_test->url();
        QString text = url.toString().replace(u"mysql://root@"_s, u"mysql://tdpass@"_s);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TUTORIALDESK_PASSWORD"_s, u"pa ss;word"_s);
        environment.insert(u"TUTORIALDESK_DATABASE"_s, text);
        Run withPassword = ctl({u"init"_s}, environment, false);
        QCOMPARE(withPassword.exitCode, 0);
        environment.insert(u"TUTORIALDESK_PASSWORD"_s, u"wr0ngPassw0rd"_s);
        Run wrong = ctl({u"init"_s}, environment, false);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("Access denied"));
        QVERIFY(!wrong.err.contains("wr0ngPassw0rd"));
        QVERIFY(!withPassword.err.contains("pa ss;word"));
    }

    // Unassigned comments have no place in the findAll shape: `export` says how many it left out (on stderr, the
    // file stays the seed's shape); `tutorial list`, the seed's own answer, says nothing extra.
    void exportNamesTheUnassignedCommentsItLeavesOut()
    {
        QCOMPARE(ctl({u"demo"_s}).exitCode, 0);
        QCOMPARE(ctl({u"tutorial"_s, u"delete"_s, u"1"_s, u"--keep-comments"_s}).exitCode, 0);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"all.json"_s);
        Run exported = ctl({u"export"_s, file});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.err.contains("2 unassigned comments"), exported.err.constData());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("Good job!")); // Tut#1's comments, now unassigned
        Run listed = ctl({u"tutorial"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.err.isEmpty(), listed.err.constData());
    }

    void exportThenImport()
    {
        QCOMPARE(ctl({u"demo"_s}).exitCode, 0);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"all.json"_s);
        Run exported = ctl({u"export"_s, file});
        QCOMPARE(exported.exitCode, 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonDocument document = QJsonDocument::fromJson(written.readAll());
        QCOMPARE(document, ctl({u"tutorial"_s, u"list"_s}).json());
        Run imported = ctl({u"import"_s, file});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().object().value(u"tutorials"_s).toInteger(), 2);
        QCOMPARE(imported.json().object().value(u"comments"_s).toInteger(), 4);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 4);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM comments"_s).toInt(), 8);

        const QString broken = dir.filePath(u"broken.json"_s);
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("[\n  {\"title\": \"fine\"},\n  {\"title\": \"unterminated}\n]\n");
        brokenFile.close();
        Run refused = ctl({u"import"_s, broken});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("line ") && refused.err.contains("column "), refused.err.constData());
        QCOMPARE(refused.err.count('\n'), 1);
        QCOMPARE(m_test->scalar(u"SELECT COUNT(*) FROM tutorials"_s).toInt(), 4);
    }

    void unwritableOutputFails_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("stdoutToFullDisk");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("tutorial list") << QStringList{u"tutorial"_s, u"list"_s} << true << u"standard output"_s;
        QTest::newRow("tutorial list --search")
                << QStringList{u"tutorial"_s, u"list"_s, u"--search"_s, u"Tut"_s} << true << u"standard output"_s;
        QTest::newRow("tutorial show") << QStringList{u"tutorial"_s, u"show"_s, u"1"_s} << true << u"standard output"_s;
        QTest::newRow("export to stdout") << QStringList{u"export"_s} << true << u"standard output"_s;
        QTest::newRow("export -") << QStringList{u"export"_s, u"-"_s} << true << u"standard output"_s;
        QTest::newRow("demo") << QStringList{u"demo"_s} << true << u"standard output"_s;
        QTest::newRow("--version") << QStringList{u"--version"_s} << true << u"standard output"_s;
        QTest::newRow("export /dev/full") << QStringList{u"export"_s, u"/dev/full"_s} << false << u"/dev/full"_s;
    }
    // A full disk is not success: `tutorialctl tutorial list > file` on a full disk must not exit 0 with an empty file.
    void unwritableOutputFails()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, stdoutToFullDisk);
        QFETCH(QString, mentions);
        QVERIFY2(QFileInfo::exists(u"/dev/full"_s), "this test needs /dev/full");
        QCOMPARE(ctl({u"demo"_s}).exitCode, 0);
        const Run run = ctlWith(args, [stdoutToFullDisk](QProcess &process) {
            if (stdoutToFullDisk)
                process.setStandardOutputFile(u"/dev/full"_s);
        });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
        QVERIFY2(run.err.contains(qPrintable(qt_error_string(ENOSPC))), run.err.constData());
        QVERIFY(!QFileInfo(u"/dev/full"_s).isFile()); // still the device, not a file renamed over it
    }

    void failedExportKeepsTheOldFile_data()
    {
        QTest::addColumn<bool>("ignoreSignal");
        QTest::newRow("SIGXFSZ ignored by the caller") << true;
        QTest::newRow("SIGXFSZ as the shell leaves it") << false;
    }
    // `ulimit -f` (or a full disk) part-way through an export: yesterday's file stays as it was, exit 1, one line.
    void failedExportKeepsTheOldFile()
    {
        QFETCH(bool, ignoreSignal);
        QTemporaryDir dir;
        // About 350 KB of JSON, well past the limit below, which itself is past what SQLite's -shm file takes (32 KB).
        QJsonArray tutorials;
        for (int i = 0; i < 300; ++i) {
            QJsonArray comments;
            for (int j = 0; j < 3; ++j)
                comments.append(QJsonObject{{u"name"_s, u"name %1"_s.arg(j)}, {u"text"_s, QString(100, u'c')}});
            tutorials.append(QJsonObject{
                    {u"title"_s, u"T%1"_s.arg(i)}, {u"description"_s, QString(100, u'd')}, {u"comments"_s, comments}});
        }
        const QString data = dir.filePath(u"data.json"_s);
        QFile dataFile(data);
        QVERIFY(dataFile.open(QIODevice::WriteOnly));
        dataFile.write(QJsonDocument(tutorials).toJson());
        dataFile.close();
        QCOMPARE(ctl({u"import"_s, data}).exitCode, 0);

        const QString backup = dir.filePath(u"backup.json"_s);
        const QByteArray yesterday = "[{\"title\": \"yesterday's backup\", \"comments\": []}]\n";
        QFile old(backup);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(yesterday);
        old.close();

        constexpr rlim_t limit = 64 * 1024;
        const Run run = ctlWith({u"export"_s, backup}, [ignoreSignal](QProcess &process) {
            process.setChildProcessModifier([ignoreSignal] {
                std::signal(SIGXFSZ, ignoreSignal ? SIG_IGN : SIG_DFL);
                const rlimit fileSize{limit, limit};
                ::setrlimit(RLIMIT_FSIZE, &fileSize);
            });
        });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains(backup.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains(qPrintable(qt_error_string(EFBIG))), run.err.constData());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), yesterday);
        old.close();
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{u"backup.json"_s, u"data.json"_s})); // no half-written file left beside it

        // Without the limit the same export replaces it.
        QCOMPARE(ctl({u"export"_s, backup}).exitCode, 0);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(old.readAll()).array().size(), 300);
    }

    void readCommandsNeverCreateTables_data() { addReadCommandRows(); }
    // `comment show 1` against an unrelated database answers that the tables are missing, and creates nothing.
    void readCommandsNeverCreateTables()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"export.json"_s);
        args.replaceInStrings(u"FILE"_s, file);
        QVERIFY(m_test->exec(u"CREATE TABLE other (x INTEGER)"_s)); // someone else's database
        const Run run = ctl(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("has no tutorials table yet") && run.err.contains("init"), run.err.constData());
        QCOMPARE(seedTables(), 0);
        QVERIFY(!QFileInfo::exists(file));
        // Once init made them, the same command works on them.
        QCOMPARE(ctl({u"init"_s}).exitCode, 0);
        QCOMPARE(seedTables(), 2);
    }

    void namedSqliteFileIsNeverCreated_data() { addReadCommandRows(); }
    // A typo in --database or $TUTORIALDESK_DATABASE is an error naming the file, not a new, empty database.
    void namedSqliteFileIsNeverCreated()
    {
        QFETCH(QStringList, args);
        if (m_test->isMySql())
            QSKIP("about a misspelt SQLite file name; the MariaDB row has no file (readCommandsNeverCreateTables covers it)");
        QTemporaryDir dir;
        const QString typo = dir.filePath(u"tutorails.sqlite"_s);
        args.replaceInStrings(u"FILE"_s, dir.filePath(u"export.json"_s));
        QProcessEnvironment viaEnvironment = QProcessEnvironment::systemEnvironment();
        viaEnvironment.insert(u"TUTORIALDESK_DATABASE"_s, u"sqlite:"_s + typo);
        QProcessEnvironment viaOption = QProcessEnvironment::systemEnvironment();
        viaOption.remove(u"TUTORIALDESK_DATABASE"_s);
        for (bool option : {true, false}) {
            const Run run = ctl(option ? QStringList{u"--database"_s, u"sqlite:"_s + typo} + args : args,
                                option ? viaOption : viaEnvironment, false);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err.count('\n'), 1);
            QVERIFY2(run.err.contains(typo.toUtf8()) && run.err.contains("does not exist"), run.err.constData());
            QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
        }
        // An empty file is an empty SQLite database: it has no tables, and stays empty (opening it would write).
        QFile empty(typo);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const Run run = ctl(QStringList{u"--database"_s, u"sqlite:"_s + typo} + args, viaOption, false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("has no tutorials table yet"), run.err.constData());
        QCOMPARE(QFileInfo(typo).size(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"tutorails.sqlite"_s});
    }

    void writeCommandsCreateTheTables_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("init") << QStringList{u"init"_s} << 0;
        QTest::newRow("tutorial create") << QStringList{u"tutorial"_s, u"create"_s, u"--title"_s, u"t"_s} << 0;
        QTest::newRow("comment create") << QStringList{u"comment"_s, u"create"_s, u"--tutorial"_s, u"1"_s, u"--name"_s,
                                                       u"n"_s, u"--text"_s, u"t"_s}
                                        << 1; // tutorial 1 not found, but the tables are there now
        QTest::newRow("import") << QStringList{u"import"_s, u"FILE"_s} << 0;
        QTest::newRow("demo") << QStringList{u"demo"_s} << 0;
    }
    // What writes may make the tables, as the seed's service does at start.
    void writeCommandsCreateTheTables()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"one.json"_s);
        QFile json(file);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write("[{\"title\": \"one\", \"comments\": []}]\n");
        json.close();
        args.replaceInStrings(u"FILE"_s, file);
        const Run run = ctl(args);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QCOMPARE(seedTables(), 2);
    }

    // No --database and no $TUTORIALDESK_DATABASE: the default file is made on first use, by any command.
    void defaultDatabaseIsCreatedOnFirstUse()
    {
        if (m_test->isMySql())
            QSKIP("the default database is a SQLite file");
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"TUTORIALDESK_DATABASE"_s);
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        const Run list = ctl({u"tutorial"_s, u"list"_s}, environment, false);
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(list.json().array().size(), 0);
        QVERIFY(list.json().isArray());
        QVERIFY(QFileInfo::exists(home.filePath(u"data/tutorialdesk/tutorials.sqlite"_s)));
        const Run show = ctl({u"comment"_s, u"show"_s, u"1"_s}, environment, false);
        QCOMPARE(show.exitCode, 1);
        QVERIFY2(show.err.contains("comment 1 not found"), show.err.constData());
    }

    void versionAndHelp()
    {
        QProcess process;
        process.start(qEnvironmentVariable("TUTORIALCTL"), {u"--version"_s});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> version = process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(version.first(), QByteArray("tutorialctl " TUTORIALDESK_VERSION));
        QVERIFY(version.size() > 2 && version.at(2).contains("GPLv3+: GNU GPL version 3 or later"));
        process.start(qEnvironmentVariable("TUTORIALCTL"), {u"--help"_s});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        QVERIFY(help.contains("tutorial create --title"));
        QVERIFY(help.contains("report ID --pdf FILE"));
        // The lookup benchmark is bench/lookups' program, not a command of tutorialctl.
        QVERIFY(!help.contains("bench"));
        process.start(qEnvironmentVariable("TUTORIALCTL"), {u"--database"_s, u"sqlite::memory:"_s, u"bench"_s,
                                                            u"lookups"_s, u"1"_s});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(process.readAllStandardError(),
                 QByteArray("tutorialctl: unknown command \"bench\" (see tutorialctl --help)\n"));
    }

    // `report` writes what the window's File > Export PDF writes, through tutorialctl-report (Qt Gui), and answers
    // like the other commands: JSON on stdout, one line on stderr and exit 1 for an unknown id, 2 for a usage error.
    void reportWritesThePdf()
    {
        QTemporaryDir dir;
        const Run created = ctl({u"tutorial"_s, u"create"_s, u"--title"_s, u"<b>x</b> &amp;"_s, u"--description"_s,
                                 u"a <i>report</i>"_s});
        QCOMPARE(created.exitCode, 0);
        const qint64 id = created.json().object().value(u"id"_s).toInteger();
        for (const QString &text : {u"first comment"_s, u"second <br> comment"_s, u"third & last"_s})
            QCOMPARE(ctl({u"comment"_s, u"create"_s, u"--tutorial"_s, QString::number(id), u"--name"_s, u"me"_s,
                          u"--text"_s, text})
                             .exitCode,
                     0);
        const QString pdf = dir.filePath(u"report.pdf"_s);
        const Run run = ctl({u"report"_s, QString::number(id), u"--pdf"_s, pdf});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QJsonObject answer = run.json().object();
        QCOMPARE(answer.value(u"tutorial"_s).toInteger(), id);
        QCOMPARE(answer.value(u"comments"_s).toInteger(), 3);
        QCOMPARE(answer.value(u"pages"_s).toInteger(), 1);
        QCOMPARE(answer.value(u"pdf"_s).toString(), pdf);
        QProcess text;
        text.start(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(printed.contains(u"<b>x</b> &amp;"_s), qPrintable(printed));
        QVERIFY(printed.contains(u"a <i>report</i>"_s));
        const qsizetype first = printed.indexOf(u"first comment"_s);
        const qsizetype second = printed.indexOf(u"second <br> comment"_s);
        const qsizetype third = printed.indexOf(u"third & last"_s);
        QVERIFY(first > 0 && second > first && third > second);

        // An unknown id: one line, exit 1, and no file.
        const QString missing = dir.filePath(u"missing.pdf"_s);
        const Run unknown = ctl({u"report"_s, u"999999"_s, u"--pdf"_s, missing});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.out.isEmpty());
        QCOMPARE(unknown.err, QByteArray("tutorialctl: tutorial 999999 not found\n"));
        QVERIFY(!QFileInfo::exists(missing));
        // Usage: no --pdf, no id.
        QCOMPARE(ctl({u"report"_s, QString::number(id)}).exitCode, 2);
        QCOMPARE(ctl({u"report"_s, u"--pdf"_s, pdf}).exitCode, 2);
        // A file that cannot be written: exit 1, the reason named.
        const Run unwritable = ctl({u"report"_s, QString::number(id), u"--pdf"_s, dir.filePath(u"no/such/dir.pdf"_s)});
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY2(unwritable.err.contains("Cannot write"), unwritable.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_TutorialCtl)
#include "tst_tutorialctl.moc"
