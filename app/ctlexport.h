#pragma once

#include <QString>

class Database;

// `tutorial list` and `export`: every tutorial with its comments, in the seed's findAll JSON, streamed from one
// forward-only query (never one big document in memory) to standard output, to a device or pipe, or to a file that
// is replaced only once the whole export is written.
namespace CtlExport {

// `fileName` empty or "-": standard output. `isExport` (the `export` command): also says on stderr how many
// unassigned comments the findAll shape left out. Returns the exit code.
int writeAll(Database &database, const QString &fileName, const QString &search, bool isExport);

} // namespace CtlExport
