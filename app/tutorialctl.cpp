// tutorialctl: the seed's controller on the command line, answering in the seed's JSON shapes.
// The commands are in ctlcommands.cpp, the output and the exit codes in ctloutput.cpp; here: the global options,
// and the hand-over of `report` to tutorialctl-report.
#include "ctlcommands.h"
#include "ctloutput.h"
#include "database.h"
#include "databaselocator.h"
#include "sqldrivers.h"
#include "translations.h"
#include "versiontext.h"

#include <QCoreApplication>
#include <QFile>
#ifdef TUTORIALCTL_REPORTS
#include <QGuiApplication>

#include <malloc.h>
#endif

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace CtlOutput;

namespace {

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
  tutorialctl --version | --help

URL: sqlite:PATH | sqlite::memory: |
     mysql://USER[:PASSWORD]@HOST[:PORT][,HOST:PORT...]/DB[?socket=PATH&connect-timeout=S&ssl-ca=F&ssl-cert=F&ssl-key=F]
Without --database: $TUTORIALDESK_DATABASE, else the default file %1.
A MySQL password may also come from $TUTORIALDESK_PASSWORD.
import reads the JSON that `tutorial list` and export write (new ids; all or nothing).
report writes the tutorial with its comments as a PDF (the window's File > Export PDF) and prints
  {"tutorial": ID, "comments": N, "pages": N, "pdf": FILE}; FILE is replaced only once it is complete.
Output is JSON on stdout; errors are one line on stderr (exit 1: not found, invalid, connection; exit 2: usage).
)";

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
    if (!CtlCommands::exists(args.first()))
        return usage(QCoreApplication::translate("tutorialctl", "unknown command \"%1\"").arg(args.first()));

    auto url = DatabaseLocator::resolve(databaseText);
    if (!url)
        return fail(url.error());
    // Said before anything is tried, in words that name the package: Qt's own "driver not loaded" says neither.
    if (const QString missing = SqlDrivers::missingFor(*url); !missing.isEmpty())
        return fail(missing, ExitFailure);
    const bool named = !databaseText.isEmpty() || !qEnvironmentVariable("TUTORIALDESK_DATABASE").isEmpty();
    Database database(*url);
    return CtlCommands::run(database, named, !databaseText.isEmpty(), args);
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
        // The PDF engine builds each page in a buffer of its own, grown and freed page after page: with glibc's
        // defaults those large blocks were mapped and unmapped, and the heap's top given back, every time, and the
        // fresh pages zeroed again (28,000 page faults for 10,000 comments; 10,000 with this). Memory freed stays
        // with this short-lived process instead: about a quarter less CPU for such a report.
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
        mallopt(M_TOP_PAD, 16 * 1024 * 1024);
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
