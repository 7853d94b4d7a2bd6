#include "tutorialform.h"

#include "timestamps.h"
#include "wording.h"

#include <QAction>
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
}

void TutorialForm::showRow(const TutorialRow &row)
{
    const QScopedValueRollback filling(m_filling, true);
    m_row = row;
    m_draft = false;
    ui.titleEdit->setText(shown(row.title));
    ui.titleEdit->setPlaceholderText(row.title.isEmpty() ? tr("(no title)") : QString());
    ui.descriptionEdit->setPlainText(shown(row.description));
    showTimes();
    clearFieldErrors();
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

bool TutorialForm::isModified() const
{
    if (m_draft)
        return !title().isEmpty() || !description().isEmpty();
    return title() != shown(m_row.title) || description() != shown(m_row.description);
}

TutorialService::TutorialChanges TutorialForm::changes() const
{
    TutorialService::TutorialChanges changes;
    if (title() != shown(m_row.title))
        changes.title = title();
    if (description() != shown(m_row.description))
        changes.description = description();
    return changes;
}

TutorialService::TutorialChanges TutorialForm::previousValues() const
{
    const TutorialService::TutorialChanges edited = changes();
    TutorialService::TutorialChanges previous;
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
    ui.revertButton->setEnabled(modified || m_draft);
    ui.deleteTutorialButton->setEnabled(!m_draft);
    if (m_draft)
        ui.formState->setText(tr("New tutorial: not saved yet"));
    else if (modified)
        ui.formState->setText(tr("Unsaved changes"));
    else
        ui.formState->setText(tr("Saved"));
}
