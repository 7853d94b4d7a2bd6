#include "transferrunner.h"

#include "database.h"
#include "dbworker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>
#include <atomic>
#include <optional>

Result<QString> TransferRunner::run(QWidget *parent, std::shared_ptr<Database> database, const QString &label,
                                    Work work)
{
    // The worker only writes these; the dialog reads them on a timer: no signal crosses threads per row.
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    std::atomic<bool> cancelled {false};
    std::optional<Result<QString>> result;

    QEventLoop loop;
    DbWorker worker(std::move(database), QStringLiteral("transfer"));
    worker.run(
            [&done, &total, &cancelled, work](Database &db) {
                TutorialTransfer transfer(db);
                const TutorialTransfer::Progress progress = [&](qint64 rowsDone, qint64 rowsTotal) {
                    done = rowsDone;
                    total = rowsTotal;
                    return !cancelled.load();
                };
                return work(transfer, progress);
            },
            [&result, &loop](Result<QString> &answer) {
                result = std::move(answer);
                loop.quit();
            });

    QProgressDialog dialog(label, QCoreApplication::translate("TransferRunner", "Cancel"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("transferProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    // Shown at once: while the worker runs, the window must take no other command (closing it, above all).
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancelled = true;
        dialog.setLabelText(QCoreApplication::translate("TransferRunner", "Cancelling…"));
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 all = total.load();
        if (all > 0) {
            // QProgressDialog counts in int: scale to per mille for a million rows and more.
            dialog.setMaximum(1000);
            dialog.setValue(int(std::min<qint64>(1000, done.load() * 1000 / all)));
        }
    });
    poll.start(100);
    dialog.show();
    if (!result) // answered already when showing the dialog ran the event loop
        loop.exec();
    poll.stop();
    dialog.reset();
    if (!result)
        return Error::database(QCoreApplication::translate("TransferRunner", "The transfer ended without an answer."));
    if (!*result && cancelled)
        return Error::cancelled(QCoreApplication::translate("TransferRunner", "Cancelled: nothing was changed."));
    return *result;
}
