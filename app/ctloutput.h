#pragma once

// tutorialctl's output: JSON lines on stdout, errors as one line on stderr, and the exit codes. Every write to
// stdout is checked: a full disk or a closed pipe must not pass for success.
#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <initializer_list>
#include <variant>

class QFileDevice;
struct Error;

namespace CtlOutput {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1; // not found, invalid value, connection failure
constexpr int ExitUsage = 2;

void writeOut(const QByteArray &bytes);
void printLine(const QByteArray &bytes);
// Flushes stdout; false once any write to it has failed.
bool flushStdout();
QString standardOutput(); // "standard output", in the person's language

// One JSON object on one line, its members in the order given: {"id":1,"deleted":true}.
using JsonMember = std::pair<const char *, std::variant<qint64, bool, QString>>;
void printObject(std::initializer_list<JsonMember> members);

// An error as one line on stderr ("tutorialctl: ..."); returns `code`.
int fail(const QString &message, int code);
int fail(const Error &error); // ExitFailure
int usage(const QString &message); // ExitUsage, with a pointer to --help
// Every exit goes through here: whatever was written to stdout must have reached it. An error already reported
// keeps its one line and its code.
int finish(int code);

// Hands every byte to `out` or fails with its reason: a file device reports a short write (the bytes that fitted
// before the disk filled or `ulimit -f` was reached) without an error, and only the next write says why.
class WholeWrites : public QIODevice
{
public:
    explicit WholeWrites(QFileDevice &out);
    // Whether a write failed (and errorString() says why), as opposed to the query.
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFileDevice &m_out;
    bool m_failed = false;
};

} // namespace CtlOutput
