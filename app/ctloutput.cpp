#include "ctloutput.h"

#include "jsonwriter.h"
#include "result.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace CtlOutput {

namespace {

// The reason the first write to stdout failed (0: none). finish() turns it into exit 1 with a message.
int stdoutErrno = 0;

void noteStdoutFailure()
{
    if (stdoutErrno == 0)
        stdoutErrno = errno != 0 ? errno : EIO;
}

} // namespace

void writeOut(const QByteArray &bytes)
{
    if (stdoutErrno != 0)
        return;
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size()))
        noteStdoutFailure();
}

bool flushStdout()
{
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        noteStdoutFailure();
    return stdoutErrno == 0;
}

QString standardOutput()
{
    return QCoreApplication::translate("tutorialctl", "standard output");
}

void printLine(const QByteArray &bytes)
{
    writeOut(bytes);
    writeOut("\n");
}

void printObject(std::initializer_list<JsonMember> members)
{
    QByteArray out;
    JsonWriter json(out);
    json.beginObject();
    for (const JsonMember &member : members) {
        json.key(member.first);
        if (const auto *number = std::get_if<qint64>(&member.second))
            json.value(*number);
        else if (const auto *flag = std::get_if<bool>(&member.second))
            json.boolean(*flag);
        else
            json.value(std::get<QString>(member.second));
    }
    json.endObject();
    printLine(out);
}

int fail(const QString &message, int code)
{
    QString line = message;
    line.replace(u'\n', u' ');
    std::fprintf(stderr, "tutorialctl: %s\n", line.toLocal8Bit().constData());
    return code;
}

int fail(const Error &error)
{
    return fail(error.message, ExitFailure);
}

int usage(const QString &message)
{
    return fail(message + QCoreApplication::translate("tutorialctl", " (see tutorialctl --help)"), ExitUsage);
}

int finish(int code)
{
    if (flushStdout() || code != ExitOk)
        return code;
    return fail(QCoreApplication::translate("tutorialctl", "Cannot write %1: %2")
                        .arg(standardOutput(), QString::fromLocal8Bit(std::strerror(stdoutErrno))),
                ExitFailure);
}

WholeWrites::WholeWrites(QFileDevice &out) : m_out(out)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 WholeWrites::writeData(const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 written = m_out.write(data + done, size - done);
        if (written <= 0) {
            m_failed = true;
            setErrorString(m_out.errorString());
            return -1;
        }
        done += written;
    }
    return done;
}

} // namespace CtlOutput
