#include "validation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The messages keep the context they had when the service checked values itself ("TutorialService"), so that the
// translations still find them.
namespace {

// The field as the person knows it from the window, in their language; Error::field keeps the column's name.
QString fieldLabel(const QString &field)
{
    if (field == u"title")
        return QCoreApplication::translate("TutorialService", "title",
                                           "a field, in messages such as: The title is too long");
    if (field == u"description")
        return QCoreApplication::translate("TutorialService", "description",
                                           "a field, in messages such as: The description is too long");
    if (field == u"name")
        return QCoreApplication::translate("TutorialService", "name",
                                           "a field of a comment, in messages such as: The name is too long");
    if (field == u"text")
        return QCoreApplication::translate("TutorialService", "text",
                                           "a field of a comment, in messages such as: The text is too long");
    return field;
}

// A typed title, name or text must say something: empty, NULL and white space alone are refused.
Result<void> requireNotBlank(const QString &value, const QString &field)
{
    if (!value.trimmed().isEmpty())
        return {};
    if (field == u"title")
        return Error::invalid(field,
                              QCoreApplication::translate("TutorialService",
                                                          "The title is empty: a tutorial needs a title (spaces "
                                                          "alone are not one)."));
    if (field == u"name")
        return Error::invalid(field,
                              QCoreApplication::translate("TutorialService",
                                                          "The name is empty: a comment needs the name of the "
                                                          "person who wrote it (spaces alone are not one)."));
    return Error::invalid(field,
                          QCoreApplication::translate("TutorialService",
                                                      "The text is empty: a comment needs text (spaces alone "
                                                      "are not one)."));
}

Result<void> requireNotBlank(const std::optional<QString> &value, const QString &field)
{
    return value ? requireNotBlank(*value, field) : Result<void>();
}

// What the column can hold: no NUL, no lone surrogate, at most `limit` characters (0: any number).
Result<void> requireStorable(const QString &value, const QString &field, int limit)
{
    if (value.isNull())
        return {};
    const QString label = fieldLabel(field);
    qsizetype characters = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isNull())
            return Error::invalid(field,
                                  QCoreApplication::translate(
                                      "TutorialService", "The %1 contains a NUL character, which cannot be stored.")
                                      .arg(label));
        if (c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return Error::invalid(
                field,
                QCoreApplication::translate("TutorialService",
                                            "The %1 is not valid Unicode text (a lone surrogate at position %2).")
                    .arg(label)
                    .arg(i + 1));
        ++characters;
    }
    if (limit > 0 && characters > limit)
        return Error::invalid(
            field,
            QCoreApplication::translate("TutorialService", "The %1 is too long: %2 characters, at most %3 are allowed.")
                .arg(label)
                .arg(characters)
                .arg(limit));
    return {};
}

} // namespace

Validation::Validation(Database &database) : m_database(database) { }

Result<const ColumnLimits *> Validation::limits()
{
    if (!m_limits) {
        auto limits = Schema::columnLimits(m_database);
        if (!limits)
            return limits.error();
        m_limits = *limits;
    }
    return &*m_limits;
}

Result<void> Validation::readColumnLimits()
{
    if (auto read = limits(); !read)
        return read.error();
    return {};
}

Result<void> Validation::tutorial(const QString &title, const QString &description, Origin origin)
{
    if (origin == Origin::Typed) {
        if (auto ok = requireNotBlank(title, u"title"_s); !ok)
            return ok;
    }
    auto columns = limits();
    if (!columns)
        return columns.error();
    if (auto ok = requireStorable(title, u"title"_s, (*columns)->tutorialTitle); !ok)
        return ok;
    return requireStorable(description, u"description"_s, (*columns)->tutorialDescription);
}

Result<void> Validation::comment(const QString &name, const QString &text, Origin origin)
{
    if (origin == Origin::Typed) {
        if (auto ok = requireNotBlank(name, u"name"_s); !ok)
            return ok;
        if (auto ok = requireNotBlank(text, u"text"_s); !ok)
            return ok;
    }
    auto columns = limits();
    if (!columns)
        return columns.error();
    if (auto ok = requireStorable(name, u"name"_s, (*columns)->commentName); !ok)
        return ok;
    return requireStorable(text, u"text"_s, (*columns)->commentText);
}

Result<void> Validation::tutorialEdit(const TutorialRow &row, const std::optional<QString> &title,
                                      const std::optional<QString> &description, Origin origin)
{
    if (origin == Origin::Typed) {
        if (auto ok = requireNotBlank(title, u"title"_s); !ok)
            return ok;
    }
    return tutorial(title.value_or(row.title), description.value_or(row.description), Origin::Kept);
}

Result<void> Validation::commentEdit(const Comment &row, const std::optional<QString> &name,
                                     const std::optional<QString> &text, Origin origin)
{
    if (origin == Origin::Typed) {
        if (auto ok = requireNotBlank(name, u"name"_s); !ok)
            return ok;
        if (auto ok = requireNotBlank(text, u"text"_s); !ok)
            return ok;
    }
    return comment(name.value_or(row.name), text.value_or(row.text), Origin::Kept);
}
