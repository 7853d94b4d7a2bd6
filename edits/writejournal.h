#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The window's edits on their way to the database, kept on disk until the database has answered them: should the
// program stop before that (a crash, kill -9, a power cut), the next start finds them and offers to make them again,
// each through the normal conflict check. One file per running process (two windows never overwrite each other's
// journal), in the application's data folder, always written whole through QSaveFile (all of it or nothing).
class WriteJournal
{
public:
    struct Entry
    {
        quint64 id = 0;
        QString database; // the database's address, without a password
        QString what; // for a person: "edit tutorial “Tut#1”"
        QJsonObject edit; // EditCommand::toJson()
    };

    // `folder`: where the journals live (the application's data folder by default).
    explicit WriteJournal(QString folder = {});
    ~WriteJournal(); // a clean end: this process's journal goes (whatever is still in it was asked about)

    quint64 add(const QString &database, const QString &what, const QJsonObject &edit);
    void remove(quint64 id);
    void clear(); // the person dropped what was pending
    int count() const { return int(m_entries.size()); }
    QString path() const { return m_path; }

    // What processes that are no longer running left behind for this database.
    QList<Entry> leftOver(const QString &database) const;
    // Those are being made again by this process (they are in its own journal now), or were discarded.
    void forgetLeftOver(const QString &database);

private:
    bool write() const;
    QList<QString> deadJournals() const;
    static QList<Entry> read(const QString &path);

    QString m_folder;
    QString m_path;
    QList<Entry> m_entries;
    quint64 m_nextId = 1;
};
