#pragma once

#include "entities.h"
#include "jsonwriter.h"

#include <QByteArray>
#include <QList>

// The seed's JSON shapes, as its controller prints them: a tutorial with "comments" (`[]` when it has none), a comment
// with "tutorial" (null when it has none), findAll's array of tutorials; timestamps in ISO 8601, UTC, with ms and Z.
namespace TutorialJson {

void writeTutorialRow(JsonWriter &json, const TutorialRow &tutorial);
void writeTutorial(JsonWriter &json, const Tutorial &tutorial); // with "comments"
// A tutorial written as its rows stream in: its fields and the opening of "comments"; then its comments
// (writeComment), then endTutorial.
void beginTutorial(JsonWriter &json, const TutorialRow &tutorial);
void endTutorial(JsonWriter &json);
void writeComment(JsonWriter &json, const Comment &comment); // the six columns
void writeCommentWithTutorial(JsonWriter &json, const Comment &comment); // plus "tutorial" (null for an unassigned comment)

QByteArray tutorialRow(const TutorialRow &tutorial, int indent = 2);
QByteArray tutorial(const Tutorial &tutorial, int indent = 2);
QByteArray tutorials(const QList<Tutorial> &tutorials, int indent = 2);
QByteArray comment(const Comment &comment, int indent = 2);
QByteArray commentWithTutorial(const Comment &comment, int indent = 2);

} // namespace TutorialJson
