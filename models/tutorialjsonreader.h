#pragma once

#include "entities.h"
#include "result.h"

#include <QByteArrayView>
#include <QList>

#include <functional>

// Reads the seed's findAll JSON ([{title, description, createdAt?, updatedAt?, comments: [{name, text, …}]}, …])
// straight from the bytes, a few tutorials at a time, so that a large import never holds the whole document as
// objects (QJsonDocument took 4× the file in memory). Unknown keys (ids, tutorialId) are skipped. Errors say where:
// line and column for the syntax, the tutorial's and comment's number for a value of the wrong type.
class TutorialJsonReader
{
public:
    explicit TutorialJsonReader(QByteArrayView json);

    // Up to `count` more tutorials; an empty list when the array has ended (atEnd() is then true).
    Result<QList<Tutorial>> next(qsizetype count);
    bool atEnd() const { return m_done; }
    // How many tutorials have been read so far (to number the next one in a message).
    qsizetype tutorialsRead() const { return m_read; }
    qsizetype bytesRead() const { return m_pos; }

private:
    Error syntaxError(const QString &what) const;
    Error syntaxErrorAt(qsizetype offset, const QString &what) const;
    void skipSpace();
    bool readString(QString &out, Error &error);
    bool readEscape(QString &decoded, Error &error); // at '\\': the escaped character appended to `decoded`
    bool skipUtf8Sequence(Error &error); // at a byte of 0x80 or more: one whole, valid UTF-8 character
    bool skipValue(int depth, Error &error);
    bool skipArray(int depth, Error &error); // at '['
    bool skipNumber(Error &error);
    bool readTutorial(Tutorial &tutorial, Error &error);
    // At '{' (true), or past a value of another type with an Invalid error naming `field` (false).
    bool atObject(const QString &field, const QString &where, Error &error);
    // A timestamp the file leaves out: created now, updated when created.
    void defaultTimes(qint64 &createdAt, qint64 &updatedAt, bool hasCreated, bool hasUpdated) const;
    bool readComment(Comment &comment, const QString &where, Error &error);
    bool readComments(Tutorial &tutorial, const QString &where, Error &error);
    // At '{': reads "key": value pairs to the closing '}', handing each key to `member` to read its value.
    bool readMembers(Error &error, const std::function<bool(const QString &key)> &member);
    // Reads a string or null into `out` (null → a null QString); a value of another type is an Invalid error.
    bool readText(QString &out, const char *key, const QString &where, Error &error);
    bool readTime(qint64 &out, qint64 fallback, const char *key, const QString &where, Error &error);

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    qsizetype m_read = 0;
    qint64 m_now = 0;
    bool m_started = false;
    bool m_done = false;
};
