#pragma once

#include "entities.h"

#include <QList>

// What an import stored, as its undo needs it, without keeping the rows themselves (a file of a million comments
// would hold hundreds of megabytes for as long as the window is open): each imported tutorial's and comment's id, in
// the order TutorialService reads them back (tutorial id, then comment id), with a fingerprint of the row as it was
// stored. A fingerprint is a 64-bit hash keyed anew in every process (QHashSeed::globalSeed()), so two different rows
// match by chance once in 2^64, and no file can be made to match one on purpose.
class ImportedRows
{
public:
    struct Entry
    {
        qint64 id = 0;
        size_t print = 0;
        bool operator==(const Entry &) const = default;
    };

    static size_t fingerprint(const TutorialRow &row);
    static size_t fingerprint(const Comment &comment); // its tutorialId included: a move is a change
    static ImportedRows of(const QList<Tutorial> &tutorials);

    // In the order they were read: a tutorial, then its comments.
    void add(const TutorialRow &row) { m_tutorials.append({row.id, fingerprint(row)}); }
    void add(const Comment &comment) { m_comments.append({comment.id, fingerprint(comment)}); }

    bool isEmpty() const { return m_tutorials.isEmpty(); }
    qint64 firstTutorialId() const { return m_tutorials.isEmpty() ? 0 : m_tutorials.first().id; }
    qint64 lastTutorialId() const { return m_tutorials.isEmpty() ? 0 : m_tutorials.last().id; }
    qsizetype tutorialCount() const { return m_tutorials.size(); }
    qsizetype commentCount() const { return m_comments.size(); }
    QList<Entry> &tutorials() { return m_tutorials; }
    QList<Entry> &comments() { return m_comments; }

    bool operator==(const ImportedRows &) const = default;

private:
    QList<Entry> m_tutorials;
    QList<Entry> m_comments;
};
