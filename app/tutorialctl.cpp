// tutorialctl: the seed's controller on the command line, answering in the seed's JSON shapes.
#include "database.h"
#include "databaselocator.h"
#ifdef TUTORIALCTL_REPORTS
#include "reportsource.h"
#endif
#include "schema.h"
#include "sqldrivers.h"
#include "translations.h"
#include "tutorialjson.h"
#include "tutorialservice.h"
#include "tutorialtransfer.h"
#include "versiontext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#ifdef TUTORIALCTL_REPORTS
#include <QGuiApplication>
#endif
#include <QSaveFile>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1; // not found, invalid value, connection failure
constexpr int ExitUsage = 2;

const char *const usageText = R"(Usage:
  tutorialctl [--database URL] init
  tutorialctl [--database URL] reset --yes
  tutorialctl [--database URL] demo
  tutorialctl [--database URL] tutorial create --title T [--description D]
  tutorialctl [--database URL] tutorial show ID
  tutorialctl [--database URL] tutorial list [--search TEXT]
  tutorialctl [--database URL] tutorial update ID [--title T] [--description D]
  tutorialctl [--database URL] tutorial delete ID [--keep-comments]
  tutorialctl [--database URL] comment create --tutorial ID --name N --text T
  tutorialctl [--database URL] comment show ID
  tutorialctl [--database URL] comment update ID [--name N] [--text T] [--tutorial ID | --detach]
  tutorialctl [--database URL] comment delete ID
  tutorialctl [--database URL] import FILE
  tutorialctl [--database URL] export [FILE]
  tutorialctl [--database URL] report ID --pdf FILE
  tutorialctl [--database URL] bench lookups N
  tutorialctl --version | --help

URL: sqlite:PATH | sqlite::memory: |
     mysql://USER[:PASSWORD]@HOST[:PORT][,HOST:PORT...]/DB[?socket=PATH&connect-timeout=S&ssl-ca=F&ssl-cert=F&ssl-key=F]
Without --database: $TUTORIALDESK_DATABASE, else the default file %1.
A MySQL password may also come from $TUTORIALDESK_PASSWORD.
import reads the JSON that `tutorial list` and export write (new ids; all or nothing).
report writes the tutorial with its comments as a PDF (the window's File > Export PDF) and prints
  {"tutorial": ID, "comments": N, "pages": N, "pdf": FILE}; FILE is replaced only once it is complete.
bench lookups N times N findTutorialById of existing ids and prints {"lookups": N, "ms": ...}.
Output is JSON on stdout; errors are one line on stderr (exit 1: not found, invalid, connection; exit 2: usage).
)";

// The reason the first write to stdout failed (0: none). A full disk or a closed pipe must not pass for success:
// finish() turns it into exit 1 with a message.
int stdoutErrno = 0;

void noteStdoutFailure()
{
    if (stdoutErrno == 0)
        stdoutErrno = errno != 0 ? errno : EIO;
}

void writeOut(const QByteArray &bytes)
{
    if (stdoutErrno != 0)
        return;
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
        noteStdoutFailure();
}

bool flushStdout()
{
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        noteStdoutFailure();
    return stdoutErrno == 0;
}

QString standardOutput()
{
    return QCoreApplication::translate("tutorialctl", "standard output");
}

void printLine(const QByteArray &bytes)
{
    writeOut(bytes);
    writeOut("\n");
}

// Hands every byte to `out` or fails with its reason: a file device reports a short write (the bytes that fitted
// before the disk filled or `ulimit -f` was reached) without an error, and only the next write says why.
class WholeWrites : public QIODevice
{
public:
    explicit WholeWrites(QFileDevice &out) : m_out(out) { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    // Whether a write failed (and errorString() says why), as opposed to the query.
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        qint64 done = 0;
        while (done < size) {
            const qint64 written = m_out.write(data + done, size - done);
            if (written <= 0) {
                m_failed = true;
                setErrorString(m_out.errorString());
                return -1;
            }
            done += written;
        }
        return done;
    }

private:
    QFileDevice &m_out;
    bool m_failed = false;
};

int fail(const QString &message, int code)
{
    QString line = message;
    line.replace(u'\n', u' ');
    std::fprintf(stderr, "tutorialctl: %s\n", line.toLocal8Bit().constData());
    return code;
}

int fail(const Error &error)
{
    return fail(error.message, ExitFailure);
}

int usage(const QString &message)
{
    return fail(message + QCoreApplication::translate("tutorialctl", " (see tutorialctl --help)"), ExitUsage);
}

// Every exit goes through here: whatever was written to stdout must have reached it. An error already reported
// keeps its one line and its code.
int finish(int code)
{
    if (flushStdout() || code != ExitOk)
        return code;
    return fail(QCoreApplication::translate("tutorialctl", "Cannot write %1: %2")
                        .arg(standardOutput(), QString::fromLocal8Bit(std::strerror(stdoutErrno))),
                ExitFailure);
}

// A value given on the command line, never null: --title "" means the empty string, not NULL.
QString given(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Digits only: " 1", "+1", "1e3" and "0x10" are not ids, whatever toLongLong() would make of them.
std::optional<qint64> parseId(const QString &text)
{
    if (text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return id;
}

// Parses a subcommand's arguments; returns false (after printing) on a usage error.
struct SubCommand
{
    Q_DECLARE_TR_FUNCTIONS(tutorialctl)

public:
    QCommandLineParser parser;
    QStringList positional;

    explicit SubCommand(const QList<QCommandLineOption> &options)
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions(options);
    }

    int parse(const QString &name, const QStringList &args, int positionalCount)
    {
        if (!parser.parse(QStringList{name} + args))
            return usage(name + u": "_s + parser.errorText());
        positional = parser.positionalArguments();
        if (positional.size() != positionalCount)
            return usage(positionalCount == 0 ? tr("%1 takes no further arguments").arg(name)
                                              : tr("%1 needs an id").arg(name));
        return ExitOk;
    }

    std::optional<qint64> id(int index) const { return parseId(positional.value(index)); }
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tutorialctl)

public:
    // `named`: the database was named by --database or $TUTORIALDESK_DATABASE, not the default file.
    // `viaOption`: by --database (the hint to run init must then name it too).
    Cli(Database &database, bool named, bool viaOption)
        : m_database(database), m_service(database), m_named(named), m_viaOption(viaOption)
    {
    }

    // For the commands that write rows (create, import): the seed's Node service creates the tables at start too.
    int ensureSchema()
    {
        auto state = Schema::init(m_database);
        return state ? ExitOk : fail(state.error());
    }

    // For the commands that read, update or delete: they never create the tables, nor a named SQLite file, so a typo
    // in --database is an error instead of "not found" from a new, empty database. Only the default database is
    // created on first use, by every command (`tutorial list` answers [] on a fresh machine).
    int requireSchema()
    {
        if (!m_named)
            return ensureSchema();
        const DatabaseUrl &url = m_database.url();
        const QString hint = m_viaOption ? u"tutorialctl --database URL init"_s : u"tutorialctl init"_s;
        // Checked before the connection opens: QSQLITE creates a missing file on open.
        if (url.isSqlite() && !url.isInMemory()) {
            const QFileInfo file(url.path());
            if (!file.exists())
                return fail(tr("The SQLite file %1 does not exist (check the name; `%2` creates it)")
                                    .arg(url.path(), hint),
                            ExitFailure);
            if (file.isFile() && file.size() == 0) // an empty SQLite database; opening it would write its header
                return fail(tr("%1 has no tutorials table yet; `%2` creates it").arg(url.location(), hint),
                            ExitFailure);
        }
        auto state = Schema::check(m_database);
        if (!state)
            return fail(state.error());
        if (*state == Schema::State::Missing) {
            const QString where = url.isSqlite() ? url.location() : tr("The database %1").arg(url.displayName());
            return fail(tr("%1 has no tutorials table yet; `%2` creates it").arg(where, hint), ExitFailure);
        }
        return ExitOk;
    }

    int init(const QStringList &args)
    {
        SubCommand cmd({});
        if (int rc = cmd.parse(u"init"_s, args, 0))
            return rc;
        auto before = Schema::check(m_database);
        if (!before)
            return fail(before.error());
        auto state = Schema::init(m_database);
        if (!state)
            return fail(state.error());
        QByteArray out;
        JsonWriter json(out);
        json.beginObject();
        json.key("database");
        json.value(m_database.url().displayName());
        json.key("created");
        json.boolean(*before == Schema::State::Missing);
        json.endObject();
        printLine(out);
        return ExitOk;
    }

    int reset(const QStringList &args)
    {
        SubCommand cmd({{u"yes"_s, tr("Confirm that every tutorial and comment is to be dropped.")}});
        if (int rc = cmd.parse(u"reset"_s, args, 0))
            return rc;
        if (!cmd.parser.isSet(u"yes"_s))
            return usage(tr("reset drops every tutorial and comment in %1; add --yes to confirm")
                                 .arg(m_database.url().displayName()));
        if (auto ok = Schema::reset(m_database); !ok)
            return fail(ok.error());
        printLine("Drop and re-sync db.");
        return ExitOk;
    }

    // The seed's server.js, line for line.
    int demo(const QStringList &args)
    {
        SubCommand cmd({});
        if (int rc = cmd.parse(u"demo"_s, args, 0))
            return rc;
        if (auto ok = Schema::reset(m_database); !ok)
            return fail(ok.error());
        printLine("Drop and re-sync db.");
        qint64 tutorialIds[2] = {};
        const char *const tutorials[2][2] = {{"Tut#1", "Tut#1 Description"}, {"Tut#2", "Tut#2 Description"}};
        for (int i = 0; i < 2; ++i) {
            auto created = m_service.createTutorial(QString::fromUtf8(tutorials[i][0]), QString::fromUtf8(tutorials[i][1]));
            if (!created)
                return fail(created.error());
            tutorialIds[i] = created->id;
            printLine(">> Created tutorial: " + TutorialJson::tutorialRow(*created, 4));
        }
        struct DemoComment
        {
            int tutorial;
            const char *name;
            const char *text;
        };
        const DemoComment comments[] = {{0, "bezkoder", "Good job!"},
                                        {0, "zkoder", "One of the best tuts!"},
                                        {1, "aKoder", "Hi, thank you!"},
                                        {1, "anotherKoder", "Awesome tut!"}};
        qint64 commentIds[4] = {};
        for (int i = 0; i < 4; ++i) {
            auto created = m_service.createComment(tutorialIds[comments[i].tutorial], QString::fromUtf8(comments[i].name),
                                                   QString::fromUtf8(comments[i].text));
            if (!created)
                return fail(created.error());
            commentIds[i] = created->id;
            printLine(">> Created comment: " + TutorialJson::comment(*created, 4));
        }
        for (qint64 id : tutorialIds) {
            auto tutorial = m_service.findTutorialById(id);
            if (!tutorial)
                return fail(tutorial.error());
            printLine(">> Tutorial id=" + QByteArray::number(id) + ' ' + TutorialJson::tutorial(*tutorial));
        }
        for (qint64 id : {commentIds[0], commentIds[2]}) {
            auto comment = m_service.findCommentById(id);
            if (!comment)
                return fail(comment.error());
            printLine(">> Comment id=" + QByteArray::number(id) + ' ' + TutorialJson::commentWithTutorial(*comment));
        }
        auto all = m_service.findAll();
        if (!all)
            return fail(all.error());
        printLine(">> All tutorials " + TutorialJson::tutorials(*all));
        return ExitOk;
    }

    int tutorial(const QString &action, const QStringList &args)
    {
        const QCommandLineOption title(u"title"_s, tr("The title."), u"T"_s);
        const QCommandLineOption description(u"description"_s, tr("The description."), u"D"_s);
        if (action == u"create") {
            SubCommand cmd({title, description});
            if (int rc = cmd.parse(u"tutorial create"_s, args, 0))
                return rc;
            if (!cmd.parser.isSet(title))
                return usage(tr("tutorial create needs --title"));
            const QString descriptionValue = cmd.parser.isSet(description) ? given(cmd.parser.value(description)) : QString();
            if (int rc = ensureSchema())
                return rc;
            auto created = m_service.createTutorial(given(cmd.parser.value(title)), descriptionValue);
            if (!created)
                return fail(created.error());
            printLine(TutorialJson::tutorialRow(*created));
            return ExitOk;
        }
        if (action == u"show") {
            SubCommand cmd({});
            if (int rc = cmd.parse(u"tutorial show"_s, args, 1))
                return rc;
            const auto id = cmd.id(0);
            if (!id)
                return usage(tr("\"%1\" is not a tutorial id").arg(cmd.positional.value(0)));
            if (int rc = requireSchema())
                return rc;
            auto found = m_service.findTutorialById(*id);
            if (!found)
                return fail(found.error());
            printLine(TutorialJson::tutorial(*found));
            return ExitOk;
        }
        if (action == u"list") {
            const QCommandLineOption search(u"search"_s, tr("Only tutorials whose title or description contains TEXT."),
                                            u"TEXT"_s);
            SubCommand cmd({search});
            if (int rc = cmd.parse(u"tutorial list"_s, args, 0))
                return rc;
            if (int rc = requireSchema())
                return rc;
            return writeAll(QString(), cmd.parser.value(search));
        }
        if (action == u"update") {
            SubCommand cmd({title, description});
            if (int rc = cmd.parse(u"tutorial update"_s, args, 1))
                return rc;
            const auto id = cmd.id(0);
            if (!id)
                return usage(tr("\"%1\" is not a tutorial id").arg(cmd.positional.value(0)));
            TutorialService::TutorialChanges changes;
            if (cmd.parser.isSet(title))
                changes.title = given(cmd.parser.value(title));
            if (cmd.parser.isSet(description))
                changes.description = given(cmd.parser.value(description));
            if (int rc = requireSchema())
                return rc;
            auto updated = m_service.updateTutorial(*id, changes);
            if (!updated)
                return fail(updated.error());
            printLine(TutorialJson::tutorialRow(*updated));
            return ExitOk;
        }
        if (action == u"delete") {
            const QCommandLineOption keep(u"keep-comments"_s, tr("Keep the comments, unassigned."));
            SubCommand cmd({keep});
            if (int rc = cmd.parse(u"tutorial delete"_s, args, 1))
                return rc;
            const auto id = cmd.id(0);
            if (!id)
                return usage(tr("\"%1\" is not a tutorial id").arg(cmd.positional.value(0)));
            if (int rc = requireSchema())
                return rc;
            const bool keepComments = cmd.parser.isSet(keep);
            auto deleted = m_service.deleteTutorial(*id, keepComments ? TutorialService::CommentsOnDelete::KeepUnassigned
                                                                      : TutorialService::CommentsOnDelete::Delete);
            if (!deleted)
                return fail(deleted.error());
            QByteArray out;
            JsonWriter json(out);
            json.beginObject();
            json.key("id");
            json.value(*id);
            json.key(keepComments ? "commentsUnassigned" : "commentsDeleted");
            json.value(*deleted);
            json.endObject();
            printLine(out);
            return ExitOk;
        }
        return usage(action.isEmpty() ? tr("tutorial needs an action: create, show, list, update or delete")
                                      : tr("unknown action \"tutorial %1\"").arg(action));
    }

    int comment(const QString &action, const QStringList &args)
    {
        const QCommandLineOption tutorialOption(u"tutorial"_s, tr("The tutorial's id."), u"ID"_s);
        const QCommandLineOption name(u"name"_s, tr("The commenter's name."), u"N"_s);
        const QCommandLineOption text(u"text"_s, tr("The comment's text."), u"T"_s);
        if (action == u"create") {
            SubCommand cmd({tutorialOption, name, text});
            if (int rc = cmd.parse(u"comment create"_s, args, 0))
                return rc;
            if (!cmd.parser.isSet(tutorialOption) || !cmd.parser.isSet(name) || !cmd.parser.isSet(text))
                return usage(tr("comment create needs --tutorial, --name and --text"));
            const auto tutorialId = parseId(cmd.parser.value(tutorialOption));
            if (!tutorialId)
                return usage(tr("\"%1\" is not a tutorial id").arg(cmd.parser.value(tutorialOption)));
            if (int rc = ensureSchema())
                return rc;
            auto created = m_service.createComment(*tutorialId, given(cmd.parser.value(name)), given(cmd.parser.value(text)));
            if (!created)
                return fail(created.error());
            printLine(TutorialJson::comment(*created));
            return ExitOk;
        }
        if (action == u"show") {
            SubCommand cmd({});
            if (int rc = cmd.parse(u"comment show"_s, args, 1))
                return rc;
            const auto id = cmd.id(0);
            if (!id)
                return usage(tr("\"%1\" is not a comment id").arg(cmd.positional.value(0)));
            if (int rc = requireSchema())
                return rc;
            auto found = m_service.findCommentById(*id);
            if (!found)
                return fail(found.error());
            printLine(TutorialJson::commentWithTutorial(*found));
            return ExitOk;
        }
        if (action == u"update") {
            const QCommandLineOption detach(u"detach"_s, tr("Leave the comment without a tutorial."));
            SubCommand cmd({name, text, tutorialOption, detach});
            if (int rc = cmd.parse(u"comment update"_s, args, 1))
                return rc;
            const auto id = cmd.id(0);
            if (!id)
                return usage(tr("\"%1\" is not a comment id").arg(cmd.positional.value(0)));
            if (cmd.parser.isSet(tutorialOption) && cmd.parser.isSet(detach))
                return usage(tr("comment update takes --tutorial or --detach, not both"));
            TutorialService::CommentChanges changes;
            if (cmd.parser.isSet(name))
                changes.name = given(cmd.parser.value(name));
            if (cmd.parser.isSet(text))
                changes.text = given(cmd.parser.value(text));
            if (cmd.parser.isSet(detach))
                changes.tutorialId = std::optional<qint64>();
            if (cmd.parser.isSet(tutorialOption)) {
                const auto tutorialId = parseId(cmd.parser.value(tutorialOption));
                if (!tutorialId)
                    return usage(tr("\"%1\" is not a tutorial id").arg(cmd.parser.value(tutorialOption)));
                changes.tutorialId = std::optional<qint64>(*tutorialId);
            }
            if (int rc = requireSchema())
                return rc;
            auto updated = m_service.updateComment(*id, changes);
            if (!updated)
                return fail(updated.error());
            printLine(TutorialJson::comment(*updated));
            return ExitOk;
        }
        if (action == u"delete") {
            SubCommand cmd({});
            if (int rc = cmd.parse(u"comment delete"_s, args, 1))
                return rc;
            const auto id = cmd.id(0);
            if (!id)
                return usage(tr("\"%1\" is not a comment id").arg(cmd.positional.value(0)));
            if (int rc = requireSchema())
                return rc;
            if (auto deleted = m_service.deleteComment(*id); !deleted)
                return fail(deleted.error());
            QByteArray out;
            JsonWriter json(out);
            json.beginObject();
            json.key("id");
            json.value(*id);
            json.key("deleted");
            json.boolean(true);
            json.endObject();
            printLine(out);
            return ExitOk;
        }
        return usage(action.isEmpty() ? tr("comment needs an action: create, show, update or delete")
                                      : tr("unknown action \"comment %1\"").arg(action));
    }

    int importFile(const QStringList &args)
    {
        SubCommand cmd({});
        if (int rc = cmd.parse(u"import"_s, args, 1))
            return rc;
        QFile file(cmd.positional.first());
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()), ExitFailure);
        // Mapped, not read: the import walks the bytes once, a batch at a time.
        QByteArray contents;
        const uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr;
        if (!mapped)
            contents = file.readAll();
        const QByteArrayView bytes = mapped ? QByteArrayView(mapped, file.size()) : QByteArrayView(contents);
        if (int rc = ensureSchema())
            return rc;
        TutorialTransfer transfer(m_database);
        auto counts = transfer.importJson(bytes);
        if (!counts)
            return fail(tr("%1: %2").arg(file.fileName(), counts.error().message), ExitFailure);
        QByteArray out;
        JsonWriter json(out);
        json.beginObject();
        json.key("tutorials");
        json.value(counts->tutorials);
        json.key("comments");
        json.value(counts->comments);
        json.endObject();
        printLine(out);
        return ExitOk;
    }

    int exportFile(const QStringList &args)
    {
        SubCommand cmd({});
        if (!cmd.parser.parse(QStringList{u"export"_s} + args))
            return usage(u"export: "_s + cmd.parser.errorText());
        const QStringList positional = cmd.parser.positionalArguments();
        if (positional.size() > 1)
            return usage(tr("export takes at most one file name"));
        if (int rc = requireSchema())
            return rc;
        return writeAll(positional.value(0), QString(), true);
    }

#ifdef TUTORIALCTL_REPORTS
    // The window's report of one tutorial, as a PDF file.
    int report(const QStringList &args)
    {
        const QCommandLineOption pdf(u"pdf"_s, tr("Write the report as a PDF to FILE."), u"FILE"_s);
        SubCommand cmd({pdf});
        if (int rc = cmd.parse(u"report"_s, args, 1))
            return rc;
        const auto id = cmd.id(0);
        if (!id)
            return usage(tr("\"%1\" is not a tutorial id").arg(cmd.positional.value(0)));
        const QString path = cmd.parser.value(pdf);
        if (path.isEmpty())
            return usage(tr("report needs --pdf FILE"));
        if (int rc = requireSchema())
            return rc;
        auto report = ReportSource::tutorial(m_service, *id);
        if (!report)
            return fail(report.error());
        auto pages = report->writePdf(path);
        if (!pages)
            return fail(pages.error());
        QByteArray out;
        JsonWriter json(out);
        json.beginObject();
        json.key("tutorial");
        json.value(*id);
        json.key("comments");
        json.value(qint64(report->tutorial().comments.size()));
        json.key("pages");
        json.value(qint64(*pages));
        json.key("pdf");
        json.value(path);
        json.endObject();
        printLine(out);
        return ExitOk;
    }
#endif

    // Diagnostics for bench/run: N lookups of existing ids in one process, timed here.
    int bench(const QStringList &args)
    {
        SubCommand cmd({});
        if (int rc = cmd.parse(u"bench"_s, args, 2))
            return rc;
        bool ok = false;
        const int n = cmd.positional.value(1).toInt(&ok);
        if (cmd.positional.value(0) != u"lookups" || !ok || n < 1)
            return usage(tr("bench takes: lookups N"));
        if (int rc = requireSchema())
            return rc;
        auto counts = m_service.counts();
        if (!counts)
            return fail(counts.error());
        if (counts->tutorials == 0)
            return fail(tr("bench lookups needs tutorials in the database"), ExitFailure);
        auto all = m_service.findAll(u"\u0001"_s); // warms the connection without loading anything
        Q_UNUSED(all);
        quint64 state = 42;
        QList<qint64> ids;
        ids.reserve(n);
        for (int i = 0; i < n; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            ids << qint64((state >> 33) % quint64(counts->tutorials)) + 1;
        }
        QElapsedTimer timer;
        timer.start();
        qint64 found = 0;
        for (qint64 id : std::as_const(ids)) {
            auto tutorial = m_service.findTutorialById(id);
            if (tutorial)
                ++found;
            else if (tutorial.error().kind != Error::Kind::NotFound)
                return fail(tutorial.error());
        }
        const qint64 ms = timer.elapsed();
        QByteArray out;
        JsonWriter json(out);
        json.beginObject();
        json.key("lookups");
        json.value(qint64(n));
        json.key("found");
        json.value(found);
        json.key("ms");
        json.value(ms);
        json.endObject();
        printLine(out);
        return ExitOk;
    }

private:
    // `tutorial list` and `export`: streamed from one forward-only query, never one big document in memory.
    // `export` (isExport) also says on stderr how many unassigned comments the findAll shape left out.
    int writeAll(const QString &fileName, const QString &search, bool isExport = false)
    {
        const auto done = [isExport](const TutorialTransfer::Counts &counts) {
            if (isExport && counts.unassignedLeftOut > 0)
                fail(tr("note: %n unassigned comment(s) (tutorialId NULL) are not in the export: the findAll "
                        "shape of the Sequelize tutorials application holds comments under their tutorial",
                        nullptr, int(counts.unassignedLeftOut)),
                     ExitOk);
            return ExitOk;
        };
        TutorialTransfer transfer(m_database);
        if (fileName.isEmpty() || fileName == u"-") {
            if (!flushStdout())
                return ExitOk; // finish() reports it
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                return fail(tr("Cannot write %1: %2").arg(standardOutput(), out.errorString()), ExitFailure);
            WholeWrites whole(out);
            auto counts = transfer.exportJson(whole, search);
            if (!counts && whole.failed())
                return fail(tr("Cannot write %1: %2").arg(standardOutput(), whole.errorString()), ExitFailure);
            if (!counts)
                return fail(counts.error());
            if (!out.flush())
                return fail(tr("Cannot write %1: %2").arg(standardOutput(), out.errorString()), ExitFailure);
            return done(*counts);
        }
        const QFileInfo target(fileName);
        if (target.exists() && !target.isFile() && !target.isDir()) {
            // A device or a pipe (/dev/stdout, a FIFO): written in place, there is nothing to replace atomically.
            QFile out(fileName);
            if (!out.open(QIODevice::WriteOnly))
                return fail(tr("Cannot write %1: %2").arg(fileName, out.errorString()), ExitFailure);
            WholeWrites whole(out);
            auto counts = transfer.exportJson(whole, search);
            if (!counts && whole.failed())
                return fail(tr("Cannot write %1: %2").arg(fileName, whole.errorString()), ExitFailure);
            if (!counts)
                return fail(tr("%1: %2").arg(fileName, counts.error().message), ExitFailure);
            if (!out.flush())
                return fail(tr("Cannot write %1: %2").arg(fileName, out.errorString()), ExitFailure);
            out.close();
            if (out.error() != QFileDevice::NoError)
                return fail(tr("Cannot write %1: %2").arg(fileName, out.errorString()), ExitFailure);
            return done(*counts);
        }
        // A new file beside the old one, renamed over it only when the whole export is written and synced: a full
        // disk, `ulimit -f` or a failed query leave yesterday's export exactly as it was.
        QSaveFile out(fileName);
        if (!out.open(QIODevice::WriteOnly))
            return fail(tr("Cannot write %1: %2").arg(fileName, out.errorString()), ExitFailure);
        WholeWrites whole(out);
        auto counts = transfer.exportJson(whole, search);
        if (!counts) {
            out.cancelWriting();
            return fail(whole.failed() ? tr("Cannot write %1: %2").arg(fileName, whole.errorString())
                                       : tr("%1: %2").arg(fileName, counts.error().message),
                        ExitFailure);
        }
        if (!out.commit())
            return fail(tr("Cannot write %1: %2").arg(fileName, out.errorString()), ExitFailure);
        return done(*counts);
    }

    Database &m_database;
    TutorialService m_service;
    bool m_named = false;
    bool m_viaOption = false;
};

int run(const QCoreApplication &app)
{
    QStringList args = app.arguments().mid(1);
    QString databaseText;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u"-"_s)) {
        const QString option = args.takeFirst();
        if (option == u"--help" || option == u"-h") {
            writeOut(QString::fromUtf8(usageText).arg(DatabaseLocator::defaultSqlitePath()).toUtf8());
            return ExitOk;
        }
        if (option == u"--version" || option == u"-v") {
            writeOut(versionText("tutorialctl").toUtf8());
            return ExitOk;
        }
        if (option == u"--database") {
            if (args.isEmpty())
                return usage(QCoreApplication::translate("tutorialctl", "--database needs a URL"));
            databaseText = args.takeFirst();
        } else if (option.startsWith(u"--database="_s)) {
            databaseText = option.mid(11);
        } else {
            return usage(QCoreApplication::translate("tutorialctl", "unknown option \"%1\"").arg(option));
        }
        if (databaseText.isEmpty())
            return usage(QCoreApplication::translate("tutorialctl", "--database needs a URL"));
    }
    if (args.isEmpty())
        return usage(QCoreApplication::translate("tutorialctl", "a command is missing"));
    const QString command = args.takeFirst();
    static const QStringList commands{u"init"_s,    u"reset"_s,  u"demo"_s,  u"tutorial"_s,
                                      u"comment"_s, u"import"_s, u"export"_s, u"bench"_s, u"report"_s};
    if (!commands.contains(command))
        return usage(QCoreApplication::translate("tutorialctl", "unknown command \"%1\"").arg(command));

    auto url = DatabaseLocator::resolve(databaseText);
    if (!url)
        return fail(url.error());
    // Said before anything is tried, in words that name the package: Qt's own "driver not loaded" says neither.
    if (const QString missing = SqlDrivers::missingFor(*url); !missing.isEmpty())
        return fail(missing, ExitFailure);
    const bool named = !databaseText.isEmpty() || !qEnvironmentVariable("TUTORIALDESK_DATABASE").isEmpty();
    Database database(*url);
    Cli cli(database, named, !databaseText.isEmpty());
    if (command == u"init")
        return cli.init(args);
    if (command == u"reset")
        return cli.reset(args);
    if (command == u"demo")
        return cli.demo(args);
    if (command == u"import")
        return cli.importFile(args);
    if (command == u"export")
        return cli.exportFile(args);
    if (command == u"bench")
        return cli.bench(args);
#ifdef TUTORIALCTL_REPORTS
    if (command == u"report")
        return cli.report(args);
#endif
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (command == u"tutorial")
        return cli.tutorial(action, args);
    return cli.comment(action, args);
}

} // namespace

// Whether the command is `report`, the one that lays text out (global options come before the command).
bool isReportCommand(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--database")
            ++i;
        else if (!argument.startsWith('-'))
            return argument == "report";
    }
    return false;
}

#ifndef TUTORIALCTL_REPORTS
// `report` is tutorialctl-report's: this program, built with Qt Gui, which lays text out. Linking Qt Gui here would
// add its libraries' loading (about 45 ms here) to the start of every other command. Replaces this process, so the
// exit code and the messages are the helper's own; returns only when it cannot be started.
int execReportHelper(char *argv[])
{
    const QString dir = QCoreApplication::applicationDirPath();
    // Beside this binary in a build tree, else where the package installs it, relative to this binary's prefix.
    const QStringList candidates{dir + u"/tutorialctl-report"_s,
                                 dir + u"/../"_s + QStringLiteral(TUTORIALCTL_REPORT_HELPER)};
    int reason = ENOENT;
    for (const QString &candidate : candidates) {
        const QByteArray path = QFile::encodeName(candidate);
        ::execv(path.constData(), argv);
        if (errno != ENOENT)
            reason = errno;
    }
    return fail(QCoreApplication::translate("tutorialctl", "report needs %1, which cannot be started: %2")
                        .arg(candidates.last(), QString::fromLocal8Bit(std::strerror(reason))),
                ExitFailure);
}
#endif

int main(int argc, char *argv[])
{
    // Past `ulimit -f` a write fails with EFBIG and is reported, instead of the signal killing the process half-way.
    std::signal(SIGXFSZ, SIG_IGN);
    std::unique_ptr<QCoreApplication> app;
#ifdef TUTORIALCTL_REPORTS
    // A report measures text, which needs fonts: a QGuiApplication, on the offscreen platform (nothing is shown, and
    // no display is needed). Every other command stays a QCoreApplication.
    if (isReportCommand(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // An error is one line on stderr: Qt Gui's notes about its surroundings (no XDG_RUNTIME_DIR for a root
        // shell, a font substituted) are not errors of this command.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                std::fprintf(stderr, "tutorialctl: %s\n", message.toLocal8Bit().constData());
        });
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
#else
    app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(u"tutorialctl"_s);
    Translations::install(); // messages and --help in the system's language; the JSON stays as it is
    QCoreApplication::setApplicationVersion(QStringLiteral(TUTORIALDESK_VERSION));
#ifndef TUTORIALCTL_REPORTS
    if (isReportCommand(argc, argv))
        return execReportHelper(argv);
#endif
    return finish(run(*app));
}
