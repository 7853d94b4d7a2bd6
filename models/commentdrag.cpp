#include "commentdrag.h"

#include <QMimeData>

namespace CommentDrag {

QString mimeType()
{
    return QStringLiteral("application/x-tutorialdesk-comment-ids");
}

QMimeData *mimeData(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), encode(ids));
    return mime;
}

bool carries(const QMimeData *data)
{
    return data && data->hasFormat(mimeType());
}

QList<qint64> ids(const QMimeData *data)
{
    return carries(data) ? decode(data->data(mimeType())) : QList<qint64>{};
}

QByteArray encode(const QList<qint64> &ids)
{
    QByteArray out;
    for (const qint64 id : ids) {
        if (!out.isEmpty())
            out += ' ';
        out += QByteArray::number(id);
    }
    return out;
}

QList<qint64> decode(const QByteArray &data)
{
    QList<qint64> ids;
    for (const QByteArray &part : data.split(' ')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

} // namespace CommentDrag
