#include "ctlcommands.h"

#include "ctlexport.h"
#include "ctloutput.h"
#include "database.h"
#ifdef TUTORIALCTL_REPORTS
#include "reportsource.h"
#endif
#include "schema.h"
#include "tutorialjson.h"
#include "tutorialservice.h"
#include "tutorialtransfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace CtlOutput;

namespace CtlCommands {

namespace {

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

// What a command needs of the seed's two tables before it does its work.
enum class Tables {
    Own, // sees to them itself (init, reset, demo)
    Ensure, // creates them when there are none: the commands that add rows, as the seed's Node service does at start
    Require, // never creates them: the commands that read, update or delete (see Cli::requireSchema)
};

// One command as it was called: its parsed arguments, and the way to its work past the tables' check.
class Call
{
public:
    QCommandLineParser parser;
    QStringList positional;
    std::function<int()> tables; // the command's Tables policy

    bool isSet(const QString &option) const { return parser.isSet(option); }
    QString value(const QString &option) const { return parser.value(option); }
    std::optional<qint64> id(int index) const { return parseId(positional.value(index)); }
    // The arguments are checked: the tables as the command needs them, then its work.
    int then(const std::function<int()> &work) const
    {
        if (int rc = tables())
            return rc;
        return work();
    }
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tutorialctl)

public:
    Cli(Database &database, bool named, bool viaOption)
        : m_database(database), m_service(database), m_named(named), m_viaOption(viaOption)
    {
    }

    struct Command
    {
        const char *name; // "tutorial create": the command and its action
        int positional; // how many positional arguments it takes; -1: at most one
        Tables tables;
        QList<QCommandLineOption> (*options)();
        int (Cli::*handler)(Call &call);
    };
    static const QList<Command> &commands();

    int run(const Command &command, const QStringList &args);

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

private:
    int init(Call &)
    {
        auto before = Schema::check(m_database);
        if (!before)
            return fail(before.error());
        auto state = Schema::init(m_database);
        if (!state)
            return fail(state.error());
        printObject({{"database", m_database.url().displayName()}, {"created", *before == Schema::State::Missing}});
        return ExitOk;
    }

    int reset(Call &call)
    {
        if (!call.isSet(u"yes"_s))
            return usage(tr("reset drops every tutorial and comment in %1; add --yes to confirm")
                                 .arg(m_database.url().displayName()));
        if (auto ok = Schema::reset(m_database); !ok)
            return fail(ok.error());
        printLine("Drop and re-sync db.");
        return ExitOk;
    }

    // The seed's server.js, line for line.
    int demo(Call &)
    {
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

    int tutorialCreate(Call &call)
    {
        if (!call.isSet(u"title"_s))
            return usage(tr("tutorial create needs --title"));
        const QString description = call.isSet(u"description"_s) ? given(call.value(u"description"_s)) : QString();
        return call.then([&] {
            auto created = m_service.createTutorial(given(call.value(u"title"_s)), description);
            if (!created)
                return fail(created.error());
            printLine(TutorialJson::tutorialRow(*created));
            return ExitOk;
        });
    }

    int tutorialShow(Call &call)
    {
        const auto id = call.id(0);
        if (!id)
            return usage(tr("\"%1\" is not a tutorial id").arg(call.positional.value(0)));
        return call.then([&] {
            auto found = m_service.findTutorialById(*id);
            if (!found)
                return fail(found.error());
            printLine(TutorialJson::tutorial(*found));
            return ExitOk;
        });
    }

    int tutorialList(Call &call)
    {
        return call.then([&] { return CtlExport::writeAll(m_database, QString(), call.value(u"search"_s), false); });
    }

    int tutorialUpdate(Call &call)
    {
        const auto id = call.id(0);
        if (!id)
            return usage(tr("\"%1\" is not a tutorial id").arg(call.positional.value(0)));
        TutorialChanges changes;
        if (call.isSet(u"title"_s))
            changes.title = given(call.value(u"title"_s));
        if (call.isSet(u"description"_s))
            changes.description = given(call.value(u"description"_s));
        return call.then([&] {
            auto updated = m_service.updateTutorial(*id, changes);
            if (!updated)
                return fail(updated.error());
            printLine(TutorialJson::tutorialRow(*updated));
            return ExitOk;
        });
    }

    int tutorialDelete(Call &call)
    {
        const auto id = call.id(0);
        if (!id)
            return usage(tr("\"%1\" is not a tutorial id").arg(call.positional.value(0)));
        return call.then([&] {
            const bool keepComments = call.isSet(u"keep-comments"_s);
            auto deleted = m_service.deleteTutorial(*id, keepComments ? CommentsOnDelete::KeepUnassigned
                                                                      : CommentsOnDelete::Delete);
            if (!deleted)
                return fail(deleted.error());
            printObject({{"id", *id}, {keepComments ? "commentsUnassigned" : "commentsDeleted", *deleted}});
            return ExitOk;
        });
    }

    int commentCreate(Call &call)
    {
        if (!call.isSet(u"tutorial"_s) || !call.isSet(u"name"_s) || !call.isSet(u"text"_s))
            return usage(tr("comment create needs --tutorial, --name and --text"));
        const auto tutorialId = parseId(call.value(u"tutorial"_s));
        if (!tutorialId)
            return usage(tr("\"%1\" is not a tutorial id").arg(call.value(u"tutorial"_s)));
        return call.then([&] {
            auto created = m_service.createComment(*tutorialId, given(call.value(u"name"_s)), given(call.value(u"text"_s)));
            if (!created)
                return fail(created.error());
            printLine(TutorialJson::comment(*created));
            return ExitOk;
        });
    }

    int commentShow(Call &call)
    {
        const auto id = call.id(0);
        if (!id)
            return usage(tr("\"%1\" is not a comment id").arg(call.positional.value(0)));
        return call.then([&] {
            auto found = m_service.findCommentById(*id);
            if (!found)
                return fail(found.error());
            printLine(TutorialJson::commentWithTutorial(*found));
            return ExitOk;
        });
    }

    int commentUpdate(Call &call)
    {
        const auto id = call.id(0);
        if (!id)
            return usage(tr("\"%1\" is not a comment id").arg(call.positional.value(0)));
        if (call.isSet(u"tutorial"_s) && call.isSet(u"detach"_s))
            return usage(tr("comment update takes --tutorial or --detach, not both"));
        CommentChanges changes;
        if (call.isSet(u"name"_s))
            changes.name = given(call.value(u"name"_s));
        if (call.isSet(u"text"_s))
            changes.text = given(call.value(u"text"_s));
        if (call.isSet(u"detach"_s))
            changes.tutorialId = std::optional<qint64>();
        if (call.isSet(u"tutorial"_s)) {
            const auto tutorialId = parseId(call.value(u"tutorial"_s));
            if (!tutorialId)
                return usage(tr("\"%1\" is not a tutorial id").arg(call.value(u"tutorial"_s)));
            changes.tutorialId = std::optional<qint64>(*tutorialId);
        }
        return call.then([&] {
            auto updated = m_service.updateComment(*id, changes);
            if (!updated)
                return fail(updated.error());
            printLine(TutorialJson::comment(*updated));
            return ExitOk;
        });
    }

    int commentDelete(Call &call)
    {
        const auto id = call.id(0);
        if (!id)
            return usage(tr("\"%1\" is not a comment id").arg(call.positional.value(0)));
        return call.then([&] {
            if (auto deleted = m_service.deleteComment(*id); !deleted)
                return fail(deleted.error());
            printObject({{"id", *id}, {"deleted", true}});
            return ExitOk;
        });
    }

    int importFile(Call &call)
    {
        const QString path = call.positional.first();
        // Refused before the database is touched: a typo in FILE creates no tables.
        if (QFile file(path); !file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(path, file.errorString()), ExitFailure);
        return call.then([&] {
            TutorialTransfer transfer(m_database);
            auto counts = transfer.importFile(path); // the window's File > Import JSON does the same
            if (!counts)
                return fail(tr("%1: %2").arg(path, counts.error().message), ExitFailure);
            printObject({{"tutorials", counts->tutorials}, {"comments", counts->comments}});
            return ExitOk;
        });
    }

    int exportFile(Call &call)
    {
        return call.then([&] { return CtlExport::writeAll(m_database, call.positional.value(0), QString(), true); });
    }

#ifdef TUTORIALCTL_REPORTS
    // The window's report of one tutorial, as a PDF file.
    int report(Call &call)
    {
        const auto id = call.id(0);
        if (!id)
            return usage(tr("\"%1\" is not a tutorial id").arg(call.positional.value(0)));
        const QString path = call.value(u"pdf"_s);
        if (path.isEmpty())
            return usage(tr("report needs --pdf FILE"));
        return call.then([&] {
            auto report = ReportSource::tutorial(m_service, *id);
            if (!report)
                return fail(report.error());
            auto pages = report->writePdf(path);
            if (!pages)
                return fail(pages.error());
            printObject({{"tutorial", *id},
                         {"comments", qint64(report->tutorial().comments.size())},
                         {"pages", qint64(*pages)},
                         {"pdf", path}});
            return ExitOk;
        });
    }
#endif

    static QList<QCommandLineOption> noOptions() { return {}; }
    static QList<QCommandLineOption> resetOptions()
    {
        return {{u"yes"_s, tr("Confirm that every tutorial and comment is to be dropped.")}};
    }
    static QList<QCommandLineOption> tutorialOptions()
    {
        return {{u"title"_s, tr("The title."), u"T"_s}, {u"description"_s, tr("The description."), u"D"_s}};
    }
    static QList<QCommandLineOption> listOptions()
    {
        return {{u"search"_s, tr("Only tutorials whose title or description contains TEXT."), u"TEXT"_s}};
    }
    static QList<QCommandLineOption> deleteTutorialOptions()
    {
        return {{u"keep-comments"_s, tr("Keep the comments, unassigned.")}};
    }
    static QList<QCommandLineOption> commentOptions()
    {
        return {{u"tutorial"_s, tr("The tutorial's id."), u"ID"_s},
                {u"name"_s, tr("The commenter's name."), u"N"_s},
                {u"text"_s, tr("The comment's text."), u"T"_s}};
    }
    static QList<QCommandLineOption> updateCommentOptions()
    {
        return commentOptions() << QCommandLineOption(u"detach"_s, tr("Leave the comment without a tutorial."));
    }
#ifdef TUTORIALCTL_REPORTS
    static QList<QCommandLineOption> reportOptions()
    {
        return {{u"pdf"_s, tr("Write the report as a PDF to FILE."), u"FILE"_s}};
    }
#endif

    Database &m_database;
    TutorialService m_service;
    bool m_named = false;
    bool m_viaOption = false;
};

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> table{
        {"init", 0, Tables::Own, &Cli::noOptions, &Cli::init},
        {"reset", 0, Tables::Own, &Cli::resetOptions, &Cli::reset},
        {"demo", 0, Tables::Own, &Cli::noOptions, &Cli::demo},
        {"tutorial create", 0, Tables::Ensure, &Cli::tutorialOptions, &Cli::tutorialCreate},
        {"tutorial show", 1, Tables::Require, &Cli::noOptions, &Cli::tutorialShow},
        {"tutorial list", 0, Tables::Require, &Cli::listOptions, &Cli::tutorialList},
        {"tutorial update", 1, Tables::Require, &Cli::tutorialOptions, &Cli::tutorialUpdate},
        {"tutorial delete", 1, Tables::Require, &Cli::deleteTutorialOptions, &Cli::tutorialDelete},
        {"comment create", 0, Tables::Ensure, &Cli::commentOptions, &Cli::commentCreate},
        {"comment show", 1, Tables::Require, &Cli::noOptions, &Cli::commentShow},
        {"comment update", 1, Tables::Require, &Cli::updateCommentOptions, &Cli::commentUpdate},
        {"comment delete", 1, Tables::Require, &Cli::noOptions, &Cli::commentDelete},
        {"import", 1, Tables::Ensure, &Cli::noOptions, &Cli::importFile},
        {"export", -1, Tables::Require, &Cli::noOptions, &Cli::exportFile},
#ifdef TUTORIALCTL_REPORTS
        {"report", 1, Tables::Require, &Cli::reportOptions, &Cli::report},
#endif
    };
    return table;
}

int Cli::run(const Command &command, const QStringList &args)
{
    Call call;
    call.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    call.parser.addOptions(command.options());
    const QString name = QString::fromLatin1(command.name);
    if (!call.parser.parse(QStringList{name} + args))
        return usage(name + u": "_s + call.parser.errorText());
    call.positional = call.parser.positionalArguments();
    if (command.positional < 0 && call.positional.size() > 1) // export
        return usage(tr("export takes at most one file name"));
    if (command.positional >= 0 && call.positional.size() != command.positional)
        return usage(command.positional == 0 ? tr("%1 takes no further arguments").arg(name)
                                             : tr("%1 needs an id").arg(name));
    switch (command.tables) {
    case Tables::Own:
        call.tables = [] { return ExitOk; };
        break;
    case Tables::Ensure:
        call.tables = [this] { return ensureSchema(); };
        break;
    case Tables::Require:
        call.tables = [this] { return requireSchema(); };
        break;
    }
    return (this->*command.handler)(call);
}

// The commands that take an action (`tutorial create`): what is said when it is missing or unknown.
int unknownAction(const QString &command, const QString &action)
{
    if (command == u"tutorial")
        return usage(action.isEmpty()
                             ? QCoreApplication::translate("tutorialctl",
                                                           "tutorial needs an action: create, show, list, update or delete")
                             : QCoreApplication::translate("tutorialctl", "unknown action \"tutorial %1\"").arg(action));
    return usage(action.isEmpty()
                         ? QCoreApplication::translate("tutorialctl", "comment needs an action: create, show, update or delete")
                         : QCoreApplication::translate("tutorialctl", "unknown action \"comment %1\"").arg(action));
}

} // namespace

bool exists(const QString &name)
{
    // `report` is one in both builds: tutorialctl hands it to tutorialctl-report before it gets here.
    if (name == u"report")
        return true;
    const QString prefix = name + u' ';
    return std::any_of(Cli::commands().cbegin(), Cli::commands().cend(), [&](const Cli::Command &command) {
        const QString known = QString::fromLatin1(command.name);
        return known == name || known.startsWith(prefix);
    });
}

int run(Database &database, bool named, bool viaOption, QStringList args)
{
    const QString command = args.takeFirst();
    Cli cli(database, named, viaOption);
    for (const Cli::Command &entry : Cli::commands()) {
        if (QString::fromLatin1(entry.name) == command)
            return cli.run(entry, args);
    }
    // A command with actions: the action is the next word, whatever it looks like.
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const QString name = command + u' ' + action;
    for (const Cli::Command &entry : Cli::commands()) {
        if (QString::fromLatin1(entry.name) == name)
            return cli.run(entry, args);
    }
    return unknownAction(command, action);
}

} // namespace CtlCommands
