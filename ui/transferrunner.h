#pragma once

#include "result.h"
#include "tutorialtransfer.h"

#include <QString>
#include <functional>
#include <memory>

class Database;
class QWidget;

// Runs a long transfer (import, export) on a worker thread with its own connection, behind a progress dialog
// whose Cancel stops it: the transfer's progress callback answers false, and it rolls back or writes nothing.
// The window stays responsive meanwhile; run() returns when the worker has ended.
class TransferRunner
{
public:
    // `work` runs on the worker thread; what it returns (a line for the status bar, or the error) comes back.
    using Work = std::function<Result<QString>(TutorialTransfer &transfer, const TutorialTransfer::Progress &progress)>;

    static Result<QString> run(QWidget *parent, std::shared_ptr<Database> database, const QString &label, Work work);
};
