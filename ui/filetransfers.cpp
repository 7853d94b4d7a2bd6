#include "filetransfers.h"

#include "transferrunner.h"
#include "tutorialtransfer.h"
#include "wording.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

Result<QString> FileTransfers::importJson(QWidget *parent, std::shared_ptr<Database> database, const QString &path)
{
    return TransferRunner::run(
        parent, std::move(database), tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [path](TutorialTransfer &transfer, const TutorialTransfer::Progress &progress) -> Result<QString> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error::io(tr("Cannot read %1: %2").arg(path, file.errorString()));
            auto tutorials = TutorialTransfer::parseJson(file.readAll());
            if (!tutorials)
                return Error::invalid(tutorials.error().field,
                                      tr("%1 was not imported, nothing was changed: %2")
                                          .arg(QFileInfo(path).fileName(), tutorials.error().message));
            auto counts = transfer.importTutorials(*tutorials, progress);
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
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
            auto counts = transfer.exportJson(file, search, 2, progress);
            if (!counts) {
                file.cancelWriting();
                return counts.error();
            }
            if (!file.commit())
                return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
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
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
            auto rows = transfer.exportCommentsCsv(file, progress);
            if (!rows) {
                file.cancelWriting();
                return rows.error();
            }
            if (!file.commit())
                return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString()));
            return tr("Exported %1 to %2.").arg(Wording::comments(*rows), path);
        });
}
