#include "tutorialform.h"

#include "timestamps.h"
#include "wording.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

// What the form shows for a column value: NULL and empty look the same, and neither is an edit.
QString shown(const QString &value)
{
    return value.isNull() ? QString(u""_s) : value;
}

} // namespace

TutorialForm::TutorialForm(QWidget *parent) : QWidget(parent)
{
    ui.setupUi(this);
    m_titleErrorAction
        = ui.titleEdit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_titleErrorAction->setVisible(false);
    ui.titleError->hide();
    ui.descriptionError->hide();
    connect(ui.saveButton, &QPushButton::clicked, this, &TutorialForm::saveRequested);
    connect(ui.titleEdit, &QLineEdit::returnPressed, this, &TutorialForm::saveRequested);
    connect(ui.revertButton, &QPushButton::clicked, this, &TutorialForm::revertRequested);
    connect(ui.deleteTutorialButton, &QPushButton::clicked, this, &TutorialForm::deleteRequested);
    const auto changed = [this] {
        if (m_filling)
            return;
        updateState();
        recheckFieldErrors();
        emit edited();
    };
    connect(ui.titleEdit, &QLineEdit::textChanged, this, changed);
    connect(ui.descriptionEdit, &QPlainTextEdit::textChanged, this, changed);

    createChangeNotice();
}

// Said in the form, under the fields, when the tutorial changes elsewhere while it is being edited.
void TutorialForm::createChangeNotice()
{
    m_changeNotice = new QFrame(this);
    m_changeNotice->setObjectName(u"changeNotice"_s);
    m_changeNotice->setFrameShape(QFrame::StyledPanel);
    m_changeNotice->setAccessibleName(tr("Changed elsewhere"));
    auto *noticeLayout = new QHBoxLayout(m_changeNotice);
    auto *icon = new QLabel(m_changeNotice);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_changeText = new QLabel(m_changeNotice);
    m_changeText->setObjectName(u"changeNoticeText"_s);
    m_changeText->setWordWrap(true);
    m_keepMineButton = new QPushButton(tr("Keep my version"), m_changeNotice);
    m_keepMineButton->setObjectName(u"keepMineButton"_s);
    m_useTheirsButton = new QPushButton(m_changeNotice);
    m_useTheirsButton->setObjectName(u"useTheirsButton"_s);
    noticeLayout->addWidget(icon);
    noticeLayout->addWidget(m_changeText, 1);
    noticeLayout->addWidget(m_keepMineButton);
    noticeLayout->addWidget(m_useTheirsButton);
    ui.tutorialLayout->addWidget(m_changeNotice, ui.tutorialLayout->rowCount(), 0, 1, ui.tutorialLayout->columnCount());
    m_changeNotice->hide();
    connect(m_keepMineButton, &QPushButton::clicked, this, &TutorialForm::keepMyVersion);
    connect(m_useTheirsButton, &QPushButton::clicked, this, [this] {
        m_changeNotice->hide();
        const bool deleted = !m_theirs;
        if (m_theirs)
            showRow(*m_theirs);
        emit theirsChosen(deleted);
    });
}

// "Keep my version" in the notice.
void TutorialForm::keepMyVersion()
{
    m_changeNotice->hide();
    if (m_theirs) {
        // The fields the person edited stay theirs to save; the others take the other program's values. Their
        // row is what the edits now apply to: a save writes them over it, with no conflict.
        const TutorialChanges edited = changes();
        const QScopedValueRollback filling(m_filling, true);
        m_row = *m_theirs;
        if (!edited.title)
            ui.titleEdit->setText(shown(m_row.title));
        if (!edited.description)
            ui.descriptionEdit->setPlainText(shown(m_row.description));
        ui.updatedValue->setText(Wording::localTime(m_row.updatedAt));
        ui.updatedValue->setToolTip(Timestamps::toIso(m_row.updatedAt));
    }
    updateState();
    emit edited();
}

void TutorialForm::showChangedElsewhere(const std::optional<TutorialRow> &theirs)
{
    m_theirs = theirs;
    if (theirs) {
        m_changeText->setText(tr("Someone else changed this tutorial while you were editing it: now “%1”.")
                                      .arg(theirs->title.isNull() ? tr("(no title)") : theirs->title));
        m_useTheirsButton->setText(tr("Use their version"));
    } else {
        m_changeText->setText(tr("Someone else deleted this tutorial while you were editing it."));
        m_useTheirsButton->setText(tr("Discard my edits"));
    }
    m_changeNotice->setAccessibleDescription(m_changeText->text());
    m_changeNotice->show();
}

bool TutorialForm::hasChangeNotice() const
{
    return !m_changeNotice->isHidden();
}

void TutorialForm::showRow(const TutorialRow &row)
{
    const QScopedValueRollback filling(m_filling, true);
    m_row = row;
    m_draft = false;
    m_savesInFlight = 0;
    ui.titleEdit->setText(shown(row.title));
    ui.titleEdit->setPlaceholderText(row.title.isEmpty() ? tr("(no title)") : QString());
    ui.descriptionEdit->setPlainText(shown(row.description));
    showTimes();
    clearFieldErrors();
    if (m_changeNotice)
        m_changeNotice->hide();
    updateState();
}

QString TutorialForm::displayTitle(const QString &title)
{
    return title.trimmed().isEmpty() ? tr("(no title)") : title;
}

void TutorialForm::showTimes()
{
    ui.createdValue->setText(m_row.id ? Wording::localTime(m_row.createdAt) : tr("not saved yet"));
    ui.updatedValue->setText(m_row.id ? Wording::localTime(m_row.updatedAt) : QString());
    ui.createdValue->setToolTip(m_row.id ? Timestamps::toIso(m_row.createdAt) : QString());
    ui.updatedValue->setToolTip(m_row.id ? Timestamps::toIso(m_row.updatedAt) : QString());
}

void TutorialForm::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    ui.retranslateUi(this);
    if (m_draft)
        ui.titleEdit->setPlaceholderText(tr("Title of the new tutorial"));
    else
        ui.titleEdit->setPlaceholderText(m_row.title.isNull() ? tr("(no title)") : QString());
    showTimes();
    updateState();
    recheckFieldErrors(); // an error shown is said again, in the new language
}

void TutorialForm::startDraft()
{
    showRow(TutorialRow {});
    m_draft = true;
    ui.titleEdit->setPlaceholderText(tr("Title of the new tutorial"));
    updateState();
}

void TutorialForm::discardEdits()
{
    if (m_draft) {
        startDraft();
        return;
    }
    showRow(m_row);
}

QString TutorialForm::title() const
{
    return ui.titleEdit->text();
}

QString TutorialForm::description() const
{
    return ui.descriptionEdit->toPlainText();
}

void TutorialForm::beginSave()
{
    if (m_savesInFlight++ == 0)
        m_rowBeforeSave = m_row;
    m_row.title = title();
    m_row.description = description();
    updateState();
}

void TutorialForm::endSave(const std::optional<TutorialRow> &saved)
{
    if (m_savesInFlight == 0)
        return;
    if (!saved) {
        // Refused: what was being saved is an edit again, over the row as it was.
        m_savesInFlight = 0;
        m_row = m_rowBeforeSave;
        updateState();
        emit edited();
        return;
    }
    --m_savesInFlight;
    const QString title = m_row.title;
    const QString description = m_row.description;
    m_row = *saved;
    if (m_savesInFlight > 0) { // a later save of other values is still on its way
        m_row.title = title;
        m_row.description = description;
    }
    m_draft = false;
    ui.titleEdit->setPlaceholderText(m_row.title.isEmpty() ? tr("(no title)") : QString());
    showTimes();
    updateState();
}

void TutorialForm::applyEdits(const TutorialChanges &changes)
{
    if (changes.title)
        ui.titleEdit->setText(*changes.title);
    if (changes.description)
        ui.descriptionEdit->setPlainText(*changes.description);
}

bool TutorialForm::isModified() const
{
    if (m_draft && m_savesInFlight == 0)
        return !title().isEmpty() || !description().isEmpty();
    return title() != shown(m_row.title) || description() != shown(m_row.description);
}

TutorialChanges TutorialForm::changes() const
{
    TutorialChanges changes;
    if (title() != shown(m_row.title))
        changes.title = title();
    if (description() != shown(m_row.description))
        changes.description = description();
    return changes;
}

TutorialChanges TutorialForm::previousValues() const
{
    const TutorialChanges edited = changes();
    TutorialChanges previous;
    if (edited.title)
        previous.title = m_row.title;
    if (edited.description)
        previous.description = m_row.description;
    return previous;
}

bool TutorialForm::showFieldError(const Error &error)
{
    if (!placeFieldError(error))
        return false;
    (error.field == u"description" ? static_cast<QWidget *>(ui.descriptionEdit) : ui.titleEdit)
        ->setFocus(Qt::OtherFocusReason);
    return true;
}

bool TutorialForm::placeFieldError(const Error &error)
{
    clearFieldErrors();
    if (error.field == u"description") {
        ui.descriptionError->setText(error.message);
        ui.descriptionError->show();
        ui.descriptionEdit->setAccessibleDescription(error.message);
        return true;
    }
    if (error.field == u"title") {
        ui.titleError->setText(error.message);
        ui.titleError->show();
        m_titleErrorAction->setToolTip(error.message);
        m_titleErrorAction->setText(error.message); // what a screen reader says for the warning sign
        m_titleErrorAction->setVisible(true);
        ui.titleEdit->setAccessibleDescription(error.message);
        return true;
    }
    return false;
}

void TutorialForm::recheckFieldErrors()
{
    if (!m_check || (ui.titleError->text().isEmpty() && ui.descriptionError->text().isEmpty()))
        return;
    auto checked = m_check(title(), description());
    if (checked || !placeFieldError(checked.error()))
        clearFieldErrors();
}

void TutorialForm::clearFieldErrors()
{
    ui.titleError->hide();
    ui.titleError->clear();
    ui.descriptionError->hide();
    ui.descriptionError->clear();
    m_titleErrorAction->setVisible(false);
    ui.titleEdit->setAccessibleDescription({});
    ui.descriptionEdit->setAccessibleDescription({});
}

void TutorialForm::focusTitle()
{
    ui.titleEdit->setFocus(Qt::OtherFocusReason);
}

void TutorialForm::updateState()
{
    const bool modified = isModified();
    ui.saveButton->setEnabled(modified);
    ui.revertButton->setEnabled(modified || (m_draft && m_savesInFlight == 0));
    ui.deleteTutorialButton->setEnabled(!m_draft);
    if (m_savesInFlight > 0 && !modified)
        ui.formState->setText(tr("Saving…"));
    else if (m_draft && m_savesInFlight == 0)
        ui.formState->setText(tr("New tutorial: not saved yet"));
    else if (modified)
        ui.formState->setText(tr("Unsaved changes"));
    else
        ui.formState->setText(tr("Saved"));
}
