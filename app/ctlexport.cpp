#include "ctlexport.h"

#include "ctloutput.h"
#include "tutorialtransfer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace CtlOutput;

namespace CtlExport {

namespace {

// One export to one of the three kinds of place; each says why it could not write in tutorialctl's words.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(tutorialctl)

public:
    Writer(Database &database, const QString &search, bool isExport)
        : m_transfer(database), m_search(search), m_isExport(isExport)
    {
    }

    int toStandardOutput()
    {
        if (!flushStdout())
            return ExitOk; // finish() reports it
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return cannotWrite(standardOutput(), out.errorString());
        WholeWrites whole(out);
        auto counts = m_transfer.exportJson(whole, m_search);
        if (!counts && whole.failed())
            return cannotWrite(standardOutput(), whole.errorString());
        if (!counts)
            return fail(counts.error());
        if (!out.flush())
            return cannotWrite(standardOutput(), out.errorString());
        return done(*counts);
    }

    // A device or a pipe (/dev/stdout, a FIFO): written in place, there is nothing to replace atomically.
    int toDevice(const QString &fileName)
    {
        QFile out(fileName);
        if (!out.open(QIODevice::WriteOnly))
            return cannotWrite(fileName, out.errorString());
        WholeWrites whole(out);
        auto counts = m_transfer.exportJson(whole, m_search);
        if (!counts && whole.failed())
            return cannotWrite(fileName, whole.errorString());
        if (!counts)
            return fail(tr("%1: %2").arg(fileName, counts.error().message), ExitFailure);
        if (!out.flush())
            return cannotWrite(fileName, out.errorString());
        out.close();
        if (out.error() != QFileDevice::NoError)
            return cannotWrite(fileName, out.errorString());
        return done(*counts);
    }

    // A new file beside the old one, renamed over it only when the whole export is written and synced: a full disk,
    // `ulimit -f` or a failed query leave yesterday's export exactly as it was.
    int toFile(const QString &fileName)
    {
        QSaveFile out(fileName);
        if (!out.open(QIODevice::WriteOnly))
            return cannotWrite(fileName, out.errorString());
        WholeWrites whole(out);
        auto counts = m_transfer.exportJson(whole, m_search);
        if (!counts) {
            out.cancelWriting();
            return whole.failed() ? cannotWrite(fileName, whole.errorString())
                                  : fail(tr("%1: %2").arg(fileName, counts.error().message), ExitFailure);
        }
        if (!out.commit())
            return cannotWrite(fileName, out.errorString());
        return done(*counts);
    }

private:
    static int cannotWrite(const QString &where, const QString &why)
    {
        return fail(tr("Cannot write %1: %2").arg(where, why), ExitFailure);
    }

    int done(const TutorialTransfer::Counts &counts) const
    {
        if (m_isExport && counts.unassignedLeftOut > 0)
            fail(tr("note: %n unassigned comment(s) (tutorialId NULL) are not in the export: the findAll "
                    "shape of the Sequelize tutorials application holds comments under their tutorial",
                    nullptr, int(counts.unassignedLeftOut)),
                 ExitOk);
        return ExitOk;
    }

    TutorialTransfer m_transfer;
    QString m_search;
    bool m_isExport = false;
};

} // namespace

int writeAll(Database &database, const QString &fileName, const QString &search, bool isExport)
{
    Writer writer(database, search, isExport);
    if (fileName.isEmpty() || fileName == u"-")
        return writer.toStandardOutput();
    const QFileInfo target(fileName);
    if (target.exists() && !target.isFile() && !target.isDir())
        return writer.toDevice(fileName);
    return writer.toFile(fileName);
}

} // namespace CtlExport
