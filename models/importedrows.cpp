#include "importedrows.h"

#include <QHashFunctions>

size_t ImportedRows::fingerprint(const TutorialRow &row)
{
    return qHashMulti(QHashSeed::globalSeed(), row.id, row.title, row.description, row.createdAt, row.updatedAt);
}

size_t ImportedRows::fingerprint(const Comment &comment)
{
    return qHashMulti(QHashSeed::globalSeed(), comment.id, comment.name, comment.text, comment.createdAt,
                      comment.updatedAt, comment.tutorialId.value_or(0));
}

ImportedRows ImportedRows::of(const QList<Tutorial> &tutorials)
{
    ImportedRows rows;
    for (const Tutorial &tutorial : tutorials) {
        rows.add(static_cast<const TutorialRow &>(tutorial));
        for (const Comment &comment : tutorial.comments)
            rows.add(comment);
    }
    return rows;
}
