#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// What went wrong, in words for the person who asked. Never debug output.
struct Error
{
    enum class Kind {
        NotFound, // the row asked for does not exist
        Invalid, // a value was refused before anything was written
        Connection, // the database could not be reached, or the connection was lost
        Schema, // the tables are not the seed's tables
        Conflict, // someone else changed the row, or the cluster refused the commit
        Busy, // another program holds the lock for now (SQLite busy, a lock wait timeout): try again later, unchanged
        Database, // any other error the database reported
        Io, // a file could not be read or written
        Cancelled, // the person stopped it (nothing was changed)
    };

    Kind kind = Kind::Database;
    QString message;
    QString field; // the column an Invalid error is about
    int nativeCode = 0; // the server's error number, where one was given

    static Error notFound(QString message) { return {Kind::NotFound, std::move(message), {}, 0}; }
    static Error invalid(QString field, QString message) { return {Kind::Invalid, std::move(message), std::move(field), 0}; }
    static Error connection(QString message, int code = 0) { return {Kind::Connection, std::move(message), {}, code}; }
    static Error schema(QString message) { return {Kind::Schema, std::move(message), {}, 0}; }
    static Error conflict(QString message, int code = 0) { return {Kind::Conflict, std::move(message), {}, code}; }
    static Error busy(QString message, int code = 0) { return {Kind::Busy, std::move(message), {}, code}; }
    static Error database(QString message, int code = 0) { return {Kind::Database, std::move(message), {}, code}; }
    static Error io(QString message) { return {Kind::Io, std::move(message), {}, 0}; }
    static Error cancelled(QString message) { return {Kind::Cancelled, std::move(message), {}, 0}; }
};

// A value or the Error that prevented it.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_value(std::move(error)) { }

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_value); }
    const T &value() const & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    // On a success: an empty Error (so that a message built for a check that passed does not throw).
    const Error &error() const
    {
        static const Error none{};
        return ok() ? none : std::get<1>(m_value);
    }

private:
    std::variant<T, Error> m_value;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        static const Error none{};
        return m_error ? *m_error : none;
    }

private:
    std::optional<Error> m_error;
};
