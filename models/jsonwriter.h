#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

// Streams JSON into a buffer byte for byte as JavaScript's JSON.stringify(value, null, indent) would print it, so
// tutorialctl's output reads like the seed's. Appending to one buffer, instead of building a QJsonDocument, keeps an
// export of a large database to one pass over the rows and one allocation that grows.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out, int indent = 2) : m_out(out), m_indent(indent) { }

    void beginObject() { begin('{', false); }
    void endObject() { end('}'); }
    void beginArray() { begin('[', true); }
    void endArray() { end(']'); }

    void key(const char *latin1Name);
    void value(qint64 number);
    void value(const QString &text); // a null QString is written as null
    void valueUtf8(const char *utf8, qsizetype size); // text already in valid UTF-8
    void nullValue();
    void rawNumber(const char *digits, qsizetype size); // an integer the database already printed
    void boolean(bool value);
    void timestamp(qint64 msSinceEpoch); // "2026-11-25T21:23:58.000Z"

    // Appends text as a JSON string literal, escaped as JSON.stringify does.
    static void appendString(QByteArray &out, QStringView text);
    static void appendUtf8String(QByteArray &out, const char *utf8, qsizetype size);

private:
    struct Level
    {
        bool array;
        bool empty;
    };
    void begin(char bracket, bool array);
    void end(char bracket);
    void beforeValue();
    void newline(qsizetype level);

    QByteArray &m_out;
    int m_indent;
    bool m_afterKey = false;
    QVarLengthArray<Level, 8> m_stack;
};
