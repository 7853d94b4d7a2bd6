#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class Database;
class DbWorker;

// Finds out, off the GUI thread, when a database that stopped answering (a lost or frozen server) answers again.
// After start() it tries every two seconds, and at once on retryNow(): each try asks the server something cheap on a
// worker of its own with its own connection (a DbWorker, gone with that connection once the try has answered), so a
// server that does not answer never holds up the window, and at most one try is on its way at a time. It says how
// each try went, and stops once one succeeds.
class Reconnector : public QObject
{
    Q_OBJECT

public:
    explicit Reconnector(std::shared_ptr<Database> database, QObject *parent = nullptr);
    ~Reconnector() override; // waits for a try on its way

    void start(); // the database stopped answering: try until it answers
    void retryNow();
    void stop();
    bool isActive() const { return m_active; }
    void setInterval(int msecs) { m_timer.setInterval(msecs); }

signals:
    void stillDown(const QString &reason);
    void reconnected(const QString &serverVersion);

private:
    void tryOnce();

    std::shared_ptr<Database> m_database;
    QTimer m_timer;
    std::unique_ptr<DbWorker> m_try; // the try on its way
    bool m_active = false;
};
