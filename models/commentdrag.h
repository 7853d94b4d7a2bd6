#pragma once

#include <QList>
#include <QString>

class QMimeData;

// What a drag of comments carries: their ids, under a MIME type of our own, so that only our comment table's
// drags drop onto the tutorial list (the comment table makes them, the list takes them).
namespace CommentDrag {

QString mimeType();
// The ids as the drag carries them; none gives no drag (nullptr).
QMimeData *mimeData(const QList<qint64> &ids);
// Whether a drag carries comments.
bool carries(const QMimeData *data);
// The ids a drag carries, in the order given; an id that is not a positive number is left out.
QList<qint64> ids(const QMimeData *data);

// The bytes inside: the ids in decimal, separated by a space.
QByteArray encode(const QList<qint64> &ids);
QList<qint64> decode(const QByteArray &data);

} // namespace CommentDrag
