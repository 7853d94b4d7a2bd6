#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The orders (matching ids, in the list's order) of the searches answered since the data last changed, for one sort:
// a search typed again (Backspace, undoing a keystroke) is shown from here without a query, and a new text that
// contains a remembered one matches only rows that matched it (containing the longer text means containing the
// shorter one, whatever the case and accents), so it is looked for among those only. At most `maxIds` ids in all,
// the oldest searches forgotten first; the newest is kept whatever its size up to that.
class RememberedOrders
{
public:
    explicit RememberedOrders(qsizetype maxIds) : m_maxIds(maxIds) { }
    void remember(const QString &search, const QList<qint64> &ids);
    void forget();
    const QList<qint64> *find(const QString &search) const;
    // The smallest remembered order of a text that `search` contains, if it has at most `maxSize` ids.
    std::optional<QList<qint64>> narrowestFor(const QString &search, qsizetype maxSize) const;

private:
    qsizetype m_maxIds;
    QHash<QString, QList<qint64>> m_orders; // search -> its order
    QStringList m_byAge; // their searches, newest first
    qsizetype m_idsKept = 0;
};
