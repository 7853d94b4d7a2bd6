#pragma once

#include "entities.h"
#include "importedrows.h"
#include "result.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QList>

#include <functional>

class Database;

// Bulk moves of whole data sets: streaming import of the seed's findAll JSON (new ids, all or nothing) and streaming
// export in the same shape, or of the comments as CSV. Works on any thread: it uses that thread's connection.
class TutorialTransfer
{
public:
    explicit TutorialTransfer(Database &database);

    struct Counts
    {
        qint64 tutorials = 0;
        qint64 comments = 0;
        // Export: unassigned comments (tutorialId NULL) that the seed's findAll shape has no place for, so they are
        // not in the file (exportCommentsCsv has them). Counted for a full export only.
        qint64 unassignedLeftOut = 0;
    };
    // Called now and then with rows done and rows in all; returning false cancels (and rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Reads the seed's findAll JSON ([{title, description, createdAt?, updatedAt?, comments: [{name, text, ...}]}])
    // straight from the file's bytes, a batch at a time (TutorialJsonReader: memory stays small whatever the file's
    // size), and inserts every tutorial and comment with new ids (ids in the file are ignored) in one transaction.
    // A syntax error names its line and column; a bad value names its tutorial, comment and field; it or any other
    // failure rolls the whole import back. Blank titles, names and texts are taken (an export of the Node.js
    // service's database may hold them). Progress counts bytes of the file. With `stored`, it receives the rows as
    // stored (their fingerprints), read inside the same transaction: what TutorialService::deleteImported takes back.
    Result<Counts> importJson(QByteArrayView json, const Progress &progress = {}, ImportedRows *stored = nullptr);
    // The same from the file at `path`, mapped rather than read into memory, its pages let go once read: what the
    // window's File > Import JSON and `tutorialctl import` both do.
    Result<Counts> importFile(const QString &path, const Progress &progress = {}, ImportedRows *stored = nullptr);

    // Writes every tutorial with its comments (the seed's findAll JSON, as `tutorial list`) to `out`, streamed
    // from one forward-only LEFT JOIN. `search` filters as findAll(search) does.
    Result<Counts> exportJson(QIODevice &out, const QString &search = {}, int indent = 2,
                              const Progress &progress = {});
    // Every comment with its tutorial's title, as RFC 4180 CSV for spreadsheets (UTF-8 with BOM).
    Result<qint64> exportCommentsCsv(QIODevice &out, const Progress &progress = {});

private:
    // importJson; `read(bytes)` is told how far the reader has come after each batch.
    Result<Counts> importBytes(QByteArrayView json, const Progress &progress, ImportedRows *stored,
                               const std::function<void(qsizetype bytes)> &read);
    Result<Counts> withUnassignedCount(Result<Counts> counts);
    class Importer;
    Database &m_database;
};
