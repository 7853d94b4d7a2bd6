#pragma once

#include "entities.h"
#include "result.h"
#include "ui_tutorialform.h"

#include <QWidget>
#include <functional>

#include <optional>

class QAction;
class QFrame;
class QLabel;
class QPushButton;

// The tutorial's title and description editors, its created and updated times, and Save / Revert / Delete. It
// holds the row as last read from the database, so it knows what was edited; saving is the window's (through the
// undo stack), the form only asks for it.
class TutorialForm : public QWidget
{
    Q_OBJECT

public:
    explicit TutorialForm(QWidget *parent = nullptr);

    // What a title is called where it is shown: "(no title)" for a blank one (the Node.js service allows those).
    static QString displayTitle(const QString &title);

    // Shows a row read from the database: not edited, no errors.
    void showRow(const TutorialRow &row);
    // An empty form for a tutorial that does not exist yet.
    void startDraft();
    // Back to the row as read (a draft: empty again).
    void discardEdits();


    // A save of the values shown is on its way to the database: they are what the row will hold ("Saving…"), so
    // they are no longer unsaved edits; the person may go on typing (that is a new edit). endSave() gives the answer:
    // the row as stored (its times; text typed since stays an edit), or nullopt when it was refused (the values
    // become unsaved edits again, nothing is lost).
    void beginSave();
    void endSave(const std::optional<TutorialRow> &saved);
    bool isSaving() const { return m_savesInFlight > 0; }
    // Edits given back (a save refused after the person moved on): typed into the fields, unsaved.
    void applyEdits(const TutorialChanges &changes);
    const TutorialRow &row() const { return m_row; }
    QString title() const;
    QString description() const;
    bool isModified() const;
    // The fields the person changed, as an update (with the values before, for undo).
    TutorialChanges changes() const;
    TutorialChanges previousValues() const;

    // An error about the title or the description, shown at its field; false for any other error.
    bool showFieldError(const Error &error);
    void clearFieldErrors();
    // How the values are checked (the window's service): an error shown follows the text as it is edited, so it
    // never speaks of a length the field no longer has, and goes once the value fits.
    void setCheck(std::function<Result<void>(const QString &title, const QString &description)> check)
    {
        m_check = std::move(check);
    }
    void focusTitle();

    // The shown tutorial was changed (theirs) or deleted (nullopt) elsewhere while the person has unsaved edits: says
    // so at once, in the form, with a choice. "Keep mine" keeps the edits over their version (a save then writes them
    // without a conflict); "Use theirs" shows their version (theirsChosen()).
    void showChangedElsewhere(const std::optional<TutorialRow> &theirs);
    bool hasChangeNotice() const;

signals:
    void edited(); // the title or description changed by the person, not by showRow()
    void saveRequested();
    void revertRequested();
    void deleteRequested();
    void theirsChosen(bool deleted); // the edits are dropped; deleted: there is no row to show any more

protected:
    void changeEvent(QEvent *event) override; // a new language: the form's words and the times again

private:
    void createChangeNotice();
    void keepMyVersion();
    void updateState();
    void showTimes();
    bool placeFieldError(const Error &error); // showFieldError without moving the focus
    void recheckFieldErrors();

    Ui::TutorialForm ui;
    TutorialRow m_row;
    bool m_draft = false;
    bool m_filling = false;
    int m_savesInFlight = 0;
    TutorialRow m_rowBeforeSave; // what the row held before the first save on its way
    QAction *m_titleErrorAction = nullptr;
    std::function<Result<void>(const QString &, const QString &)> m_check;
    QFrame *m_changeNotice = nullptr;
    QLabel *m_changeText = nullptr;
    QPushButton *m_keepMineButton = nullptr;
    QPushButton *m_useTheirsButton = nullptr;
    std::optional<TutorialRow> m_theirs;
};
