#include "timestamps.h"

#include <chrono>

namespace Timestamps {

namespace {

// Howard Hinnant's civil-calendar algorithms (public domain), for proleptic Gregorian dates.
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil
{
    qint64 year;
    unsigned month, day, hour, minute, second, ms;
};

constexpr Civil civilFromMs(qint64 ms)
{
    qint64 days = ms / 86400000;
    qint64 rem = ms % 86400000;
    if (rem < 0) {
        rem += 86400000;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = static_cast<qint64>(yoe) + era * 400 + (m <= 2);
    const unsigned r = static_cast<unsigned>(rem);
    return {y, m, d, r / 3600000, (r / 60000) % 60, (r / 1000) % 60, r % 1000};
}

unsigned daysInMonth(unsigned year, unsigned month)
{
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

template<typename Char>
bool digits(const Char *p, int count, unsigned &value)
{
    value = 0;
    for (int i = 0; i < count; ++i) {
        const auto c = static_cast<unsigned>(p[i]);
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

template<typename Char>
std::optional<qint64> parseChars(const Char *p, qsizetype n)
{
    // YYYY-MM-DD?HH:MM:SS
    if (n < 19 || p[4] != '-' || p[7] != '-' || (p[10] != ' ' && p[10] != 'T') || p[13] != ':' || p[16] != ':')
        return std::nullopt;
    unsigned year, month, day, hour, minute, second;
    if (!digits(p, 4, year) || !digits(p + 5, 2, month) || !digits(p + 8, 2, day) || !digits(p + 11, 2, hour)
        || !digits(p + 14, 2, minute) || !digits(p + 17, 2, second))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59
        || second > 59)
        return std::nullopt; // 30 February would otherwise roll over into March, silently
    qsizetype i = 19;
    unsigned ms = 0;
    if (i < n && p[i] == '.') {
        ++i;
        int fractionDigits = 0;
        while (i < n && p[i] >= '0' && p[i] <= '9') {
            if (fractionDigits < 3)
                ms = ms * 10 + static_cast<unsigned>(p[i] - '0');
            ++fractionDigits;
            ++i;
        }
        if (fractionDigits == 0)
            return std::nullopt;
        for (int k = fractionDigits; k < 3; ++k)
            ms *= 10;
    }
    while (i < n && p[i] == ' ')
        ++i;
    qint64 offsetMinutes = 0;
    if (i < n) {
        if (p[i] == 'Z' && i + 1 == n) {
            // UTC
        } else if ((p[i] == '+' || p[i] == '-') && n - i == 6 && p[i + 3] == ':') {
            unsigned oh, om;
            if (!digits(p + i + 1, 2, oh) || !digits(p + i + 4, 2, om))
                return std::nullopt;
            offsetMinutes = (p[i] == '-' ? -1 : 1) * static_cast<qint64>(oh * 60 + om);
        } else {
            return std::nullopt;
        }
    }
    const qint64 days = daysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60000 + second * 1000 + ms;
}

char *writeDigits(char *out, unsigned value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + count;
}

// Writes "YYYY-MM-DD?HH:MM:SS" and returns the end.
char *writeDateTime(char *out, const Civil &c, char separator)
{
    out = writeDigits(out, static_cast<unsigned>(c.year), 4);
    *out++ = '-';
    out = writeDigits(out, c.month, 2);
    *out++ = '-';
    out = writeDigits(out, c.day, 2);
    *out++ = separator;
    out = writeDigits(out, c.hour, 2);
    *out++ = ':';
    out = writeDigits(out, c.minute, 2);
    *out++ = ':';
    return writeDigits(out, c.second, 2);
}

} // namespace

qint64 fromFields(int year, int month, int day, int hour, int minute, int second, int millisecond)
{
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    return ((days * 24 + hour) * 60 + minute) * 60000 + qint64(second) * 1000 + millisecond;
}

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

QString toSqliteText(qint64 ms)
{
    char buffer[32];
    char *end = writeDateTime(buffer, civilFromMs(ms), ' ');
    *end++ = '.';
    end = writeDigits(end, civilFromMs(ms).ms, 3);
    for (char c : {' ', '+', '0', '0', ':', '0', '0'})
        *end++ = c;
    return QString::fromLatin1(buffer, end - buffer);
}

QString toMySqlText(qint64 ms)
{
    char buffer[32];
    char *end = writeDateTime(buffer, civilFromMs(ms), ' ');
    return QString::fromLatin1(buffer, end - buffer);
}

std::optional<qint64> parse(QStringView text)
{
    return parseChars(text.utf16(), text.size());
}

std::optional<qint64> parse(const char *text, qsizetype length)
{
    return parseChars(text, length);
}

void appendIso(QByteArray &out, qint64 ms)
{
    char buffer[32];
    const Civil c = civilFromMs(ms);
    char *end = writeDateTime(buffer, c, 'T');
    *end++ = '.';
    end = writeDigits(end, c.ms, 3);
    *end++ = 'Z';
    out.append(buffer, end - buffer);
}

QString toIso(qint64 ms)
{
    QByteArray out;
    appendIso(out, ms);
    return QString::fromLatin1(out);
}

} // namespace Timestamps
