#pragma once

#include "entities.h"
#include "importedrows.h"
#include "result.h"

#include <QCoreApplication>
#include <memory>

class Database;
class QWidget;

// The window's File ▸ Import / Export: each runs on a worker thread with its own connection behind a cancellable
// progress dialog (TransferRunner), and answers a line for the status bar or the error to show.
class FileTransfers
{
    Q_DECLARE_TR_FUNCTIONS(FileTransfers)

public:
    // The seed's findAll JSON shape; all or nothing, new ids. `stored` receives the rows as the import stored them
    // (for its undo).
    static Result<QString> importJson(QWidget *parent, std::shared_ptr<Database> database, const QString &path,
                                      ImportedRows *stored);
    // The tutorials matching `search` (all when empty), in the seed's findAll shape. The old file stays until the
    // new one is complete.
    static Result<QString> exportJson(QWidget *parent, std::shared_ptr<Database> database, const QString &path,
                                      const QString &search);
    // Every comment with its tutorial's title, for spreadsheets.
    static Result<QString> exportCommentsCsv(QWidget *parent, std::shared_ptr<Database> database, const QString &path);
};
