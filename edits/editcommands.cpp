#include "editcommands.h"

#include "tutorialservice.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QList<qint64> commentIdsOf(const Tutorial &tutorial)
{
    QList<qint64> ids;
    for (const Comment &comment : tutorial.comments)
        ids.append(comment.id);
    return ids;
}

EditOutcome showing(std::optional<qint64> tutorialId, QList<qint64> commentIds = {})
{
    EditOutcome outcome;
    outcome.tutorialId = tutorialId;
    outcome.commentIds = std::move(commentIds);
    return outcome;
}

EditOutcome gone()
{
    EditOutcome outcome;
    outcome.clearDetail = true;
    return outcome;
}

QJsonValue jsonText(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString stringOf(const QJsonValue &value)
{
    return value.isNull() ? QString() : value.toString();
}

QJsonValue optionalId(std::optional<qint64> value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> optionalId(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ? std::nullopt : std::optional<qint64>(qint64(value.toDouble()));
}

QJsonObject toJson(const TutorialRow &row)
{
    return {{u"id"_s, double(row.id)}, {u"title"_s, jsonText(row.title)}, {u"description"_s, jsonText(row.description)},
            {u"createdAt"_s, double(row.createdAt)}, {u"updatedAt"_s, double(row.updatedAt)}};
}

TutorialRow tutorialRow(const QJsonObject &object)
{
    return {qint64(object.value(u"id"_s).toDouble()), stringOf(object.value(u"title"_s)),
            stringOf(object.value(u"description"_s)), qint64(object.value(u"createdAt"_s).toDouble()),
            qint64(object.value(u"updatedAt"_s).toDouble())};
}

QJsonObject toJson(const Comment &comment)
{
    return {{u"id"_s, double(comment.id)}, {u"name"_s, jsonText(comment.name)}, {u"text"_s, jsonText(comment.text)},
            {u"createdAt"_s, double(comment.createdAt)}, {u"updatedAt"_s, double(comment.updatedAt)},
            {u"tutorialId"_s, optionalId(comment.tutorialId)}};
}

Comment commentRow(const QJsonObject &object)
{
    Comment comment;
    comment.id = qint64(object.value(u"id"_s).toDouble());
    comment.name = stringOf(object.value(u"name"_s));
    comment.text = stringOf(object.value(u"text"_s));
    comment.createdAt = qint64(object.value(u"createdAt"_s).toDouble());
    comment.updatedAt = qint64(object.value(u"updatedAt"_s).toDouble());
    comment.tutorialId = optionalId(object.value(u"tutorialId"_s));
    return comment;
}

QJsonObject toJson(const std::optional<QString> &first, const char *firstName, const std::optional<QString> &second,
                   const char *secondName, Origin origin)
{
    QJsonObject object{{u"origin"_s, origin == Origin::Kept ? u"kept"_s : u"typed"_s}};
    if (first)
        object.insert(QString::fromLatin1(firstName), jsonText(*first));
    if (second)
        object.insert(QString::fromLatin1(secondName), jsonText(*second));
    return object;
}

std::optional<QString> field(const QJsonObject &object, const char *name)
{
    const QString key = QString::fromLatin1(name);
    return object.contains(key) ? std::optional(stringOf(object.value(key))) : std::nullopt;
}

TutorialChanges tutorialChanges(const QJsonObject &object)
{
    TutorialChanges changes;
    changes.title = field(object, "title");
    changes.description = field(object, "description");
    changes.origin = object.value(u"origin"_s).toString() == u"kept" ? Origin::Kept
                                                                     : Origin::Typed;
    return changes;
}

CommentChanges commentChanges(const QJsonObject &object)
{
    CommentChanges changes;
    changes.name = field(object, "name");
    changes.text = field(object, "text");
    changes.origin = object.value(u"origin"_s).toString() == u"kept" ? Origin::Kept
                                                                     : Origin::Typed;
    return changes;
}

} // namespace

EditCommand *EditCommand::fromJson(const QJsonObject &object, const QString &what)
{
    const QString kind = object.value(u"kind"_s).toString();
    if (kind == u"createTutorial")
        return new CreateTutorialCommand(what, stringOf(object.value(u"title"_s)), stringOf(object.value(u"description"_s)));
    if (kind == u"editTutorial")
        return new EditTutorialCommand(what, tutorialRow(object.value(u"before"_s).toObject()),
                                       tutorialChanges(object.value(u"redo"_s).toObject()),
                                       tutorialChanges(object.value(u"undo"_s).toObject()),
                                       object.value(u"overwrite"_s).toBool());
    if (kind == u"deleteTutorial")
        return new DeleteTutorialCommand(what, qint64(object.value(u"id"_s).toDouble()),
                                         object.value(u"keepComments"_s).toBool()
                                             ? CommentsOnDelete::KeepUnassigned
                                             : CommentsOnDelete::Delete);
    if (kind == u"addComment")
        return new AddCommentCommand(what, qint64(object.value(u"tutorialId"_s).toDouble()),
                                     stringOf(object.value(u"name"_s)), stringOf(object.value(u"text"_s)));
    if (kind == u"editComment")
        return new EditCommentCommand(what, commentRow(object.value(u"before"_s).toObject()),
                                      commentChanges(object.value(u"redo"_s).toObject()),
                                      commentChanges(object.value(u"undo"_s).toObject()));
    if (kind == u"deleteComments") {
        QList<qint64> ids;
        for (const QJsonValue &value : object.value(u"ids"_s).toArray())
            ids.append(qint64(value.toDouble()));
        QList<Comment> comments;
        for (const QJsonValue &value : object.value(u"comments"_s).toArray())
            comments.append(commentRow(value.toObject()));
        if (ids.isEmpty()) { // written before the ids were kept: the comments name them
            for (const Comment &comment : std::as_const(comments))
                ids.append(comment.id);
        }
        return new DeleteCommentsCommand(what, ids, optionalId(object.value(u"shown"_s)), comments);
    }
    if (kind == u"moveComments") {
        QList<qint64> ids;
        for (const QJsonValue &value : object.value(u"ids"_s).toArray())
            ids.append(qint64(value.toDouble()));
        return new MoveCommentsCommand(what, ids, optionalId(object.value(u"target"_s)), optionalId(object.value(u"shown"_s)));
    }
    return nullptr;
}

QJsonObject CreateTutorialCommand::toJson() const
{
    return {{u"kind"_s, u"createTutorial"_s}, {u"title"_s, jsonText(m_title)}, {u"description"_s, jsonText(m_description)}};
}

QJsonObject EditTutorialCommand::toJson() const
{
    return {{u"kind"_s, u"editTutorial"_s},
            {u"before"_s, ::toJson(m_before)},
            {u"redo"_s, ::toJson(m_redo.title, "title", m_redo.description, "description", m_redo.origin)},
            {u"undo"_s, ::toJson(m_undo.title, "title", m_undo.description, "description", m_undo.origin)},
            {u"overwrite"_s, m_overwrite}};
}

QJsonObject DeleteTutorialCommand::toJson() const
{
    return {{u"kind"_s, u"deleteTutorial"_s},
            {u"id"_s, double(m_id)},
            {u"keepComments"_s, m_how == CommentsOnDelete::KeepUnassigned}};
}

QJsonObject AddCommentCommand::toJson() const
{
    return {{u"kind"_s, u"addComment"_s},
            {u"tutorialId"_s, double(m_tutorialId)},
            {u"name"_s, jsonText(m_name)},
            {u"text"_s, jsonText(m_text)}};
}

QJsonObject EditCommentCommand::toJson() const
{
    return {{u"kind"_s, u"editComment"_s},
            {u"before"_s, ::toJson(m_before)},
            {u"redo"_s, ::toJson(m_redo.name, "name", m_redo.text, "text", m_redo.origin)},
            {u"undo"_s, ::toJson(m_undo.name, "name", m_undo.text, "text", m_undo.origin)}};
}

QJsonObject DeleteCommentsCommand::toJson() const
{
    QJsonArray ids;
    for (const qint64 id : m_ids)
        ids.append(double(id));
    QJsonArray comments;
    for (const Comment &comment : m_comments)
        comments.append(::toJson(comment));
    return {{u"kind"_s, u"deleteComments"_s}, {u"ids"_s, ids}, {u"comments"_s, comments},
            {u"shown"_s, optionalId(m_shownId)}};
}

QJsonObject MoveCommentsCommand::toJson() const
{
    QJsonArray ids;
    for (const qint64 value : m_ids)
        ids.append(double(value));
    return {{u"kind"_s, u"moveComments"_s}, {u"ids"_s, ids}, {u"target"_s, optionalId(m_target)}, {u"shown"_s, optionalId(m_shownId)}};
}

CreateTutorialCommand::CreateTutorialCommand(const QString &text, const QString &title, const QString &description)
    : EditCommand(text), m_title(title), m_description(description)
{
}

Result<EditOutcome> CreateTutorialCommand::apply(TutorialService &service, WrittenRows &rows)
{
    if (m_created) { // redo after undo: the same row again, same id
        if (auto restored = service.restoreTutorial(*m_created, CommentsOnDelete::Delete); !restored)
            return restored.error();
        rows.rememberRestored({*m_created});
    } else {
        auto row = service.createTutorial(m_title, m_description);
        if (!row)
            return row.error();
        Tutorial tutorial;
        static_cast<TutorialRow &>(tutorial) = *row;
        m_created = tutorial;
    }
    EditOutcome outcome = showing(m_created->id);
    outcome.tutorial = static_cast<const TutorialRow &>(*m_created);
    return outcome;
}

Result<EditOutcome> CreateTutorialCommand::revert(TutorialService &service, WrittenRows &)
{
    if (auto deleted = service.deleteTutorial(m_created->id, CommentsOnDelete::Delete); !deleted)
        return deleted.error();
    return gone();
}

EditTutorialCommand::EditTutorialCommand(const QString &text, const TutorialRow &before,
                                         TutorialChanges redo, TutorialChanges undo,
                                         bool overwrite)
    : EditCommand(text), m_before(before), m_redo(std::move(redo)), m_undo(std::move(undo)), m_overwrite(overwrite)
{
    m_undo.origin = Origin::Kept; // undo may put back a blank title the row had
}

Result<EditOutcome> EditTutorialCommand::apply(TutorialService &service, WrittenRows &rows)
{
    return step(service, rows, m_redo);
}

Result<EditOutcome> EditTutorialCommand::revert(TutorialService &service, WrittenRows &rows)
{
    return step(service, rows, m_undo);
}

Result<EditOutcome> EditTutorialCommand::step(TutorialService &service, WrittenRows &rows,
                                              TutorialChanges changes)
{
    if (m_first && m_overwrite) {
        changes.expected.reset();
    } else if (m_first) {
        // The row the form was filled from, unless this window wrote it since (an earlier save, still on its way
        // when this one was asked for): that is not someone else's change.
        const std::optional<TutorialRow> written = rows.tutorial(m_before.id);
        changes.expected = written && written->updatedAt >= m_before.updatedAt ? *written : m_before;
    } else
        changes.expected = rows.tutorial(m_before.id);
    auto saved = service.updateTutorial(m_before.id, changes);
    if (!saved)
        return saved.error();
    m_first = false; // (only once it was made: a try that met a fault is made again the same way)
    rows.remember(*saved);
    EditOutcome outcome = showing(m_before.id);
    outcome.tutorial = *saved;
    return outcome;
}

DeleteTutorialCommand::DeleteTutorialCommand(const QString &text, qint64 id, CommentsOnDelete how)
    : EditCommand(text), m_id(id), m_how(how)
{
}

Result<EditOutcome> DeleteTutorialCommand::apply(TutorialService &service, WrittenRows &rows)
{
    if (!m_row) {
        auto tutorial = service.findTutorialById(m_id);
        if (!tutorial)
            return tutorial.error();
        m_row = *tutorial;
    }
    if (auto deleted = service.deleteTutorial(m_id, m_how); !deleted)
        return deleted.error();
    if (m_how == CommentsOnDelete::KeepUnassigned)
        rows.reread(service, commentIdsOf(*m_row)); // detached: their rows changed
    return gone();
}

Result<EditOutcome> DeleteTutorialCommand::revert(TutorialService &service, WrittenRows &rows)
{
    if (auto restored = service.restoreTutorial(*m_row, m_how); !restored)
        return restored.error();
    if (m_how == CommentsOnDelete::KeepUnassigned) {
        rows.rememberRestored({*m_row}, false);
        rows.reread(service, commentIdsOf(*m_row));
    } else {
        rows.rememberRestored({*m_row});
    }
    return showing(m_id);
}

AddCommentCommand::AddCommentCommand(const QString &text, qint64 tutorialId, const QString &name,
                                     const QString &commentText)
    : EditCommand(text), m_tutorialId(tutorialId), m_name(name), m_text(commentText)
{
}

Result<EditOutcome> AddCommentCommand::apply(TutorialService &service, WrittenRows &rows)
{
    if (m_created) {
        if (auto restored = service.restoreComments({*m_created}); !restored)
            return restored.error();
        rows.rememberRestored(QList<Comment> {*m_created});
    } else {
        auto comment = service.createComment(m_tutorialId, m_name, m_text);
        if (!comment)
            return comment.error();
        m_created = *comment;
    }
    EditOutcome outcome = showing(m_tutorialId, {m_created->id});
    outcome.comment = *m_created;
    return outcome;
}

Result<EditOutcome> AddCommentCommand::revert(TutorialService &service, WrittenRows &)
{
    if (auto deleted = service.deleteComment(m_created->id); !deleted)
        return deleted.error();
    return showing(m_tutorialId);
}

EditCommentCommand::EditCommentCommand(const QString &text, const Comment &before, CommentChanges redo,
                                       CommentChanges undo)
    : EditCommand(text), m_before(before), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    m_before.tutorial.reset();
    m_undo.origin = Origin::Kept; // undo may put back a blank the row had
}

Result<EditOutcome> EditCommentCommand::apply(TutorialService &service, WrittenRows &rows)
{
    return step(service, rows, m_redo);
}

Result<EditOutcome> EditCommentCommand::revert(TutorialService &service, WrittenRows &rows)
{
    return step(service, rows, m_undo);
}

Result<EditOutcome> EditCommentCommand::step(TutorialService &service, WrittenRows &rows,
                                             CommentChanges changes)
{
    changes.expected = m_first ? m_before : rows.commentOr(m_before.id, m_before);
    auto saved = service.updateComment(m_before.id, changes);
    if (!saved)
        return saved.error();
    m_first = false;
    rows.remember(*saved);
    EditOutcome outcome = showing(saved->tutorialId, {saved->id});
    outcome.comment = *saved;
    return outcome;
}

DeleteCommentsCommand::DeleteCommentsCommand(const QString &text, const QList<qint64> &ids,
                                             std::optional<qint64> shownId, const QList<Comment> &comments)
    : EditCommand(text), m_comments(comments), m_ids(ids), m_shownId(shownId)
{
}

Result<EditOutcome> DeleteCommentsCommand::apply(TutorialService &service, WrittenRows &)
{
    if (m_comments.isEmpty()) {
        constexpr qsizetype Chunk = 500; // a bound list each: far below any server's limit on placeholders
        for (qsizetype first = 0; first < m_ids.size(); first += Chunk) {
            auto read = service.findCommentsByIds(m_ids.mid(first, Chunk));
            if (!read) {
                m_comments.clear();
                return read.error();
            }
            for (Comment &comment : *read) {
                comment.tutorial.reset();
                m_comments.append(comment);
            }
        }
    }
    if (auto deleted = service.deleteComments(m_ids); !deleted)
        return deleted.error();
    return showing(m_shownId);
}

Result<EditOutcome> DeleteCommentsCommand::revert(TutorialService &service, WrittenRows &rows)
{
    if (auto restored = service.restoreComments(m_comments); !restored)
        return restored.error();
    rows.rememberRestored(m_comments);
    return showing(m_shownId, m_ids);
}

MoveCommentsCommand::MoveCommentsCommand(const QString &text, const QList<qint64> &ids, std::optional<qint64> target,
                                         std::optional<qint64> shownId)
    : EditCommand(text), m_ids(ids), m_target(target), m_shownId(shownId)
{
}

Result<EditOutcome> MoveCommentsCommand::apply(TutorialService &service, WrittenRows &rows)
{
    if (!m_before) {
        QList<Comment> before;
        for (const qint64 id : std::as_const(m_ids)) {
            auto comment = service.findCommentById(id);
            if (!comment)
                return comment.error();
            comment->tutorial.reset();
            if (comment->tutorialId != m_target)
                before.append(*comment);
        }
        m_before = before;
    }
    QList<qint64> moved;
    for (const Comment &comment : std::as_const(*m_before))
        moved.append(comment.id);
    if (!moved.isEmpty()) {
        if (auto done = service.moveComments(moved, m_target); !done)
            return done.error();
        rows.reread(service, moved);
    }
    return showing(m_shownId);
}

Result<EditOutcome> MoveCommentsCommand::revert(TutorialService &service, WrittenRows &rows)
{
    QList<CommentPlacement> placements;
    QList<qint64> ids;
    for (const Comment &comment : std::as_const(*m_before)) {
        placements.append({comment.id, comment.tutorialId});
        ids.append(comment.id);
    }
    if (!placements.isEmpty()) {
        if (auto done = service.placeComments(placements); !done) // all back, or none
            return done.error();
        rows.reread(service, ids);
    }
    return showing(m_shownId, ids);
}

CreateTutorialsCommand::CreateTutorialsCommand(const QString &text, const QList<Tutorial> &tutorials,
                                               const QString &conflict)
    : EditCommand(text), m_tutorials(tutorials), m_conflict(conflict)
{
}

Result<EditOutcome> CreateTutorialsCommand::apply(TutorialService &service, WrittenRows &rows)
{
    if (!m_created.isEmpty()) { // redo after undo: the same rows again, same ids
        if (auto restored = service.restoreTutorials(m_created, CommentsOnDelete::Delete); !restored)
            return restored.error();
        rows.rememberRestored(m_created);
    } else {
        auto created = service.createTutorials(m_tutorials);
        if (!created)
            return created.error();
        m_created = *created;
    }
    return m_created.isEmpty() ? showing(std::nullopt) : showing(m_created.first().id);
}

Result<EditOutcome> CreateTutorialsCommand::revert(TutorialService &service, WrittenRows &rows)
{
    // Only what this step put there goes (steps this window made after it are undone before this one).
    QList<qint64> ids;
    for (const Tutorial &tutorial : std::as_const(m_created)) {
        auto now = service.findTutorialById(tutorial.id);
        if (!now)
            return now.error();
        const TutorialRow expected = rows.tutorialOr(tutorial.id, tutorial);
        if (static_cast<const TutorialRow &>(*now) != expected || commentIdsOf(*now) != commentIdsOf(tutorial))
            return Error::conflict(m_conflict.arg(tutorial.title));
        ids.append(tutorial.id);
    }
    if (auto deleted = service.deleteTutorials(ids, CommentsOnDelete::Delete); !deleted)
        return deleted.error();
    return gone();
}

ImportCommand::ImportCommand(const QString &text, const ImportedRows &stored, std::optional<qint64> shownId)
    : EditCommand(text), m_stored(stored), m_shownId(shownId)
{
}

Result<EditOutcome> ImportCommand::apply(TutorialService &service, WrittenRows &rows)
{
    if (auto restored = service.restoreTutorials(m_deleted, CommentsOnDelete::Delete); !restored)
        return restored.error();
    rows.rememberRestored(m_deleted);
    m_stored = ImportedRows::of(m_deleted);
    m_deleted = {};
    return showing(m_shownId);
}

Result<EditOutcome> ImportCommand::revert(TutorialService &service, WrittenRows &rows)
{
    // The rows as this window last wrote them: its own later edits were undone before this step, and an undone edit
    // leaves a new updatedAt behind. Anything else is someone else's work.
    ImportedRows expected = m_stored;
    for (ImportedRows::Entry &entry : expected.tutorials()) {
        if (const auto written = rows.tutorial(entry.id))
            entry.print = ImportedRows::fingerprint(*written);
    }
    for (ImportedRows::Entry &entry : expected.comments()) {
        if (const auto written = rows.comment(entry.id))
            entry.print = ImportedRows::fingerprint(*written);
    }
    auto deleted = service.deleteImported(expected);
    if (!deleted)
        return deleted.error();
    m_deleted = std::move(*deleted); // what redo puts back
    return showing(m_shownId);
}
