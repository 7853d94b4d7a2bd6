#pragma once

#include "result.h"

#include <QLabel>
#include <memory>
#include <vector>

class Database;
class DbWorker;
struct RowCounts;

// The status bar's row counts ("3 tutorials, 9 comments, 1 unassigned"). COUNT(*) over a million comments takes a
// while on InnoDB, and a lost server must not freeze the window: they are counted on a worker thread with its own
// connection (a DbWorker per database), a count that a newer one overtakes before it starts is skipped, and an answer
// about a database the window no longer shows is dropped.
class CountsLabel : public QLabel
{
    Q_OBJECT

public:
    explicit CountsLabel(QWidget *parent = nullptr);
    ~CountsLabel() override;

    // Counts `database`'s rows again, in the background.
    void count(const std::shared_ptr<Database> &database);
    // Waits for the counting to end and shows its answer (tests check the label afterwards).
    void waitForWork();
    void retranslate();

private:
    void showCounts(const Result<RowCounts> &counts);

    std::unique_ptr<DbWorker> m_worker; // counts the database counted last
    std::vector<std::unique_ptr<DbWorker>> m_retired; // counted databases shown before, until they have answered
};
