#include "filetransfers.h"

#include "transferrunner.h"
#include "tutorialtransfer.h"
#include "wording.h"

#include <QFileInfo>
#include <QSaveFile>

namespace {

// Writes `path` through a QSaveFile: the old file stays until the new one is complete, and a failure (or a cancel)
// leaves it as it was.
template<typename T>
Result<T> saveAs(const QString &path, const std::function<Result<T>(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(FileTransfers::tr("Cannot write %1: %2").arg(path, file.errorString()));
    Result<T> written = write(file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Error::io(FileTransfers::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace

Result<QString> FileTransfers::importJson(QWidget *parent, std::shared_ptr<Database> database, const QString &path,
                                          ImportedRows *stored)
{
    // run() returns only once the worker has ended, so it may fill `stored`.
    return TransferRunner::run(
        parent, std::move(database), tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [path, stored](TutorialTransfer &transfer, const TutorialTransfer::Progress &progress) -> Result<QString> {
            // The streaming reader, as `tutorialctl import`: the file is never held whole, in bytes or in rows.
            auto counts = transfer.importFile(path, progress, stored);
            if (!counts && counts.error().kind == Error::Kind::Invalid) { // about the file's content: name it
                Error error = counts.error();
                error.message = tr("%1: %2").arg(QFileInfo(path).fileName(), error.message);
                return error;
            }
            if (!counts)
                return counts.error();
            return tr("Imported %1 and %2.")
                .arg(Wording::tutorials(counts->tutorials), Wording::comments(counts->comments));
        });
}

Result<QString> FileTransfers::exportJson(QWidget *parent, std::shared_ptr<Database> database, const QString &path,
                                          const QString &search)
{
    return TransferRunner::run(
        parent, std::move(database), tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [path, search](TutorialTransfer &transfer, const TutorialTransfer::Progress &progress) -> Result<QString> {
            auto counts = saveAs<TutorialTransfer::Counts>(
                path, [&](QIODevice &file) { return transfer.exportJson(file, search, 2, progress); });
            if (!counts)
                return counts.error();
            QString done = tr("Exported %1 and %2 to %3.")
                               .arg(Wording::tutorials(counts->tutorials), Wording::comments(counts->comments), path);
            if (counts->unassignedLeftOut > 0)
                done += u' '
                    + tr("Not in it: %1 (the JSON holds comments under their tutorial; Export comments CSV has "
                         "them).")
                          .arg(Wording::unassignedComments(counts->unassignedLeftOut));
            return done;
        });
}

Result<QString> FileTransfers::exportCommentsCsv(QWidget *parent, std::shared_ptr<Database> database,
                                                 const QString &path)
{
    return TransferRunner::run(
        parent, std::move(database), tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [path](TutorialTransfer &transfer, const TutorialTransfer::Progress &progress) -> Result<QString> {
            auto rows = saveAs<qint64>(path, [&](QIODevice &file) { return transfer.exportCommentsCsv(file, progress); });
            if (!rows)
                return rows.error();
            return tr("Exported %1 to %2.").arg(Wording::comments(*rows), path);
        });
}
