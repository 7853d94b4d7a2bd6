#pragma once

#include <QLabel>
#include <QList>
#include <memory>

class Database;
class QThread;

// The status bar's row counts ("3 tutorials, 9 comments, 1 unassigned"). COUNT(*) over a million comments takes a
// while on InnoDB, and a lost server must not freeze the window: they are counted on a worker thread with its own
// connection, and an answer about a database the window no longer shows is dropped.
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
    std::weak_ptr<Database> m_database; // the one counted last
    QList<QThread *> m_workers;
};
