#include "writejournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

#include <signal.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJournal, "tutorialdesk.journal")

namespace {

bool isRunning(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

WriteJournal::WriteJournal(QString folder) : m_folder(std::move(folder))
{
    if (m_folder.isEmpty())
        m_folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/pending"_s;
    m_path = m_folder + u"/writes-%1.json"_s.arg(QCoreApplication::applicationPid());
}

WriteJournal::~WriteJournal()
{
    QFile::remove(m_path);
}

quint64 WriteJournal::add(const QString &database, const QString &what, const QJsonObject &edit)
{
    const quint64 id = m_nextId++;
    m_entries.append({id, database, what, edit});
    write();
    return id;
}

void WriteJournal::remove(quint64 id)
{
    const qsizetype removed = m_entries.removeIf([id](const Entry &entry) { return entry.id == id; });
    if (removed > 0)
        write();
}

void WriteJournal::clear()
{
    m_entries.clear();
    write();
}

bool WriteJournal::write() const
{
    if (m_entries.isEmpty())
        return QFile::remove(m_path) || !QFile::exists(m_path);
    if (!QDir().mkpath(m_folder))
        return false;
    QJsonArray entries;
    for (const Entry &entry : m_entries)
        entries.append(QJsonObject{{u"database"_s, entry.database}, {u"what"_s, entry.what}, {u"edit"_s, entry.edit}});
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcJournal, "cannot write %s: %s", qPrintable(m_path), qPrintable(file.errorString()));
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{u"pid"_s, QCoreApplication::applicationPid()}, {u"writes"_s, entries}})
                       .toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        qCWarning(lcJournal, "cannot write %s: %s", qPrintable(m_path), qPrintable(file.errorString()));
        return false;
    }
    return true;
}

QList<QString> WriteJournal::deadJournals() const
{
    QList<QString> paths;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({u"writes-*.json"_s}, QDir::Files)) {
        const qint64 pid = QStringView(name).mid(7, name.size() - 12).toLongLong();
        if (pid == QCoreApplication::applicationPid() || isRunning(pid))
            continue;
        paths.append(dir.filePath(name));
    }
    return paths;
}

QList<WriteJournal::Entry> WriteJournal::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> entries;
    const QJsonArray writes = QJsonDocument::fromJson(file.readAll()).object().value(u"writes"_s).toArray();
    for (const QJsonValue &value : writes) {
        const QJsonObject object = value.toObject();
        entries.append({0, object.value(u"database"_s).toString(), object.value(u"what"_s).toString(),
                        object.value(u"edit"_s).toObject()});
    }
    return entries;
}

QList<WriteJournal::Entry> WriteJournal::leftOver(const QString &database) const
{
    QList<Entry> found;
    for (const QString &path : deadJournals()) {
        for (const Entry &entry : read(path)) {
            if (entry.database == database)
                found.append(entry);
        }
    }
    return found;
}

void WriteJournal::forgetLeftOver(const QString &database)
{
    for (const QString &path : deadJournals()) {
        QList<Entry> rest = read(path);
        rest.removeIf([&database](const Entry &entry) { return entry.database == database; });
        if (rest.isEmpty()) {
            QFile::remove(path);
            continue;
        }
        // Entries for other databases stay for when those are opened.
        QJsonArray entries;
        for (const Entry &entry : std::as_const(rest))
            entries.append(
                    QJsonObject{{u"database"_s, entry.database}, {u"what"_s, entry.what}, {u"edit"_s, entry.edit}});
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(QJsonObject{{u"pid"_s, 0}, {u"writes"_s, entries}}).toJson(QJsonDocument::Compact));
            file.commit();
        }
    }
}
