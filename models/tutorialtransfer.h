#pragma once

#include "entities.h"
#include "result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <functional>

class Database;

// Bulk moves of whole data sets: import of the seed's findAll JSON (new ids, all or nothing) and streaming export
// in the same shape, or of the comments as CSV. Works on any thread: it uses that thread's connection.
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

    // Parses the findAll shape: [{title, description, createdAt?, updatedAt?, comments: [{name, text, ...}]}].
    // Ids in the file are ignored. A syntax error names its line and column.
    static Result<QList<Tutorial>> parseJson(const QByteArray &json);

    // Inserts every tutorial and comment with new ids in one transaction; the first bad value or failure leaves the
    // database exactly as before. Blank titles, names and texts are taken (an export of the Node.js service's
    // database may hold them). With `stored`, it receives the rows as stored, read inside the same transaction:
    // what TutorialService::deleteImported takes back.
    Result<Counts> importTutorials(const QList<Tutorial> &tutorials, const Progress &progress = {},
                                   QList<Tutorial> *stored = nullptr);
    // The same straight from the file's bytes, read and written a batch at a time (memory stays small whatever the
    // file's size); a syntax error, a bad value or a failure anywhere rolls the whole import back. Progress counts
    // bytes of the file.
    Result<Counts> importJson(QByteArrayView json, const Progress &progress = {});

    // Writes every tutorial with its comments (the seed's findAll JSON, as `tutorial list`) to `out`, streamed
    // from one forward-only LEFT JOIN. `search` filters as findAll(search) does.
    Result<Counts> exportJson(QIODevice &out, const QString &search = {}, int indent = 2,
                              const Progress &progress = {});
    // Every comment with its tutorial's title, as RFC 4180 CSV for spreadsheets (UTF-8 with BOM).
    Result<qint64> exportCommentsCsv(QIODevice &out, const Progress &progress = {});

private:
    Result<Counts> withUnassignedCount(Result<Counts> counts);
    class Importer;
    Database &m_database;
};
