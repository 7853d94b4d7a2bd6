#include "rememberedorders.h"

void RememberedOrders::remember(const QString &search, const QList<qint64> &ids)
{
    if (ids.size() > m_maxIds)
        return;
    if (const auto old = m_orders.constFind(search); old != m_orders.cend()) {
        m_idsKept -= old->size();
        m_byAge.removeOne(search);
    }
    m_orders.insert(search, ids);
    m_byAge.prepend(search);
    m_idsKept += ids.size();
    while (m_idsKept > m_maxIds && m_byAge.size() > 1)
        m_idsKept -= m_orders.take(m_byAge.takeLast()).size();
}

void RememberedOrders::forget()
{
    m_orders.clear();
    m_byAge.clear();
    m_idsKept = 0;
}

const QList<qint64> *RememberedOrders::find(const QString &search) const
{
    const auto found = m_orders.constFind(search);
    return found == m_orders.cend() ? nullptr : &*found;
}

std::optional<QList<qint64>> RememberedOrders::narrowestFor(const QString &search, qsizetype maxSize) const
{
    const QList<qint64> *narrowest = nullptr;
    for (auto it = m_orders.cbegin(); it != m_orders.cend(); ++it) {
        if (!it.key().isEmpty() && search.contains(it.key()) && (!narrowest || it->size() < narrowest->size()))
            narrowest = &*it;
    }
    if (!narrowest || narrowest->size() > maxSize)
        return std::nullopt;
    return *narrowest;
}
