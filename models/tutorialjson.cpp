#include "tutorialjson.h"

namespace TutorialJson {

namespace {

void writeTutorialFields(JsonWriter &json, const TutorialRow &tutorial)
{
    json.key("id");
    json.value(tutorial.id);
    json.key("title");
    json.value(tutorial.title);
    json.key("description");
    json.value(tutorial.description);
    json.key("createdAt");
    json.timestamp(tutorial.createdAt);
    json.key("updatedAt");
    json.timestamp(tutorial.updatedAt);
}

void writeCommentFields(JsonWriter &json, const Comment &comment)
{
    json.key("id");
    json.value(comment.id);
    json.key("name");
    json.value(comment.name);
    json.key("text");
    json.value(comment.text);
    json.key("createdAt");
    json.timestamp(comment.createdAt);
    json.key("updatedAt");
    json.timestamp(comment.updatedAt);
    json.key("tutorialId");
    if (comment.tutorialId)
        json.value(*comment.tutorialId);
    else
        json.nullValue();
}

template<typename T, typename Write>
QByteArray render(const T &value, int indent, Write write)
{
    QByteArray out;
    JsonWriter json(out, indent);
    write(json, value);
    return out;
}

} // namespace

void writeTutorialRow(JsonWriter &json, const TutorialRow &tutorial)
{
    json.beginObject();
    writeTutorialFields(json, tutorial);
    json.endObject();
}

void beginTutorial(JsonWriter &json, const TutorialRow &tutorial)
{
    json.beginObject();
    writeTutorialFields(json, tutorial);
    json.key("comments");
    json.beginArray();
}

void endTutorial(JsonWriter &json)
{
    json.endArray();
    json.endObject();
}

void writeTutorial(JsonWriter &json, const Tutorial &tutorial)
{
    beginTutorial(json, tutorial);
    for (const Comment &comment : tutorial.comments)
        writeComment(json, comment);
    endTutorial(json);
}

void writeComment(JsonWriter &json, const Comment &comment)
{
    json.beginObject();
    writeCommentFields(json, comment);
    json.endObject();
}

void writeCommentWithTutorial(JsonWriter &json, const Comment &comment)
{
    json.beginObject();
    writeCommentFields(json, comment);
    json.key("tutorial");
    if (comment.tutorial)
        writeTutorialRow(json, *comment.tutorial);
    else
        json.nullValue();
    json.endObject();
}

QByteArray tutorialRow(const TutorialRow &value, int indent)
{
    return render(value, indent, writeTutorialRow);
}

QByteArray tutorial(const Tutorial &value, int indent)
{
    return render(value, indent, writeTutorial);
}

QByteArray tutorials(const QList<Tutorial> &values, int indent)
{
    return render(values, indent, [](JsonWriter &json, const QList<Tutorial> &list) {
        json.beginArray();
        for (const Tutorial &tutorial : list)
            writeTutorial(json, tutorial);
        json.endArray();
    });
}

QByteArray comment(const Comment &value, int indent)
{
    return render(value, indent, writeComment);
}

QByteArray commentWithTutorial(const Comment &value, int indent)
{
    return render(value, indent, writeCommentWithTutorial);
}

} // namespace TutorialJson
