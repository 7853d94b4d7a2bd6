#include "movecommentdialog.h"

#include "database.h"
#include "tutoriallistmodel.h"

#include <QPushButton>
#include <QAction>
#include <QTimer>

MoveCommentDialog::MoveCommentDialog(TutorialService &service, std::optional<qint64> currentTutorialId,
                                     int commentCount, QWidget *parent)
    : QDialog(parent), m_model(new TutorialListModel(service, this)), m_current(currentTutorialId)
{
    ui.setupUi(this);
    ui.promptLabel->setText(tr("Move %Ln comment(s) to this &tutorial:", nullptr, commentCount));
    ui.unassignCheck->setText(
        tr("Or &detach the comment(s) from the tutorial (they become unassigned comments)", nullptr, commentCount));
    ui.tutorialView->setModel(m_model);
    ui.tutorialView->header()->setSortIndicator(TutorialListModel::TitleColumn, Qt::AscendingOrder);
    ui.tutorialView->setSortingEnabled(true);
    ui.tutorialView->setColumnHidden(TutorialListModel::CreatedColumn, true);
    ui.tutorialView->setColumnHidden(TutorialListModel::UpdatedColumn, true);
    ui.tutorialView->header()->setStretchLastSection(false);
    ui.tutorialView->header()->setSectionResizeMode(TutorialListModel::TitleColumn, QHeaderView::Stretch);
    m_model->sort(TutorialListModel::TitleColumn, Qt::AscendingOrder);
    // Read on a worker with its own connection, as the window's list is: sorting 100,000 titles takes a moment, and
    // the window never waits on the database. (An in-memory database exists on this connection only.)
    m_model->enableBackgroundLoading(service.database().url());
    if (m_model->hasBackgroundLoading())
        m_model->refreshInBackground();
    else
        (void)m_model->refresh();
    // Already unassigned comments cannot be made unassigned again.
    ui.unassignCheck->setEnabled(m_current != TutorialListModel::NoTutorial);

    for (QAction *action : ui.searchEdit->findChildren<QAction *>()) { // the clear button: named for a screen reader
        if (action->text().isEmpty())
            action->setText(tr("Clear search"));
    }
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(150);
    connect(ui.searchEdit, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] { m_model->setSearch(ui.searchEdit->text()); });
    connect(ui.tutorialView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MoveCommentDialog::updateOk);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MoveCommentDialog::updateOk);
    // The list offers tutorials only: "Unassigned comments" is not a place to move to (the checkbox detaches).
    connect(m_model, &QAbstractItemModel::modelReset, this, &MoveCommentDialog::showTutorialsOnly);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &MoveCommentDialog::showTutorialsOnly);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MoveCommentDialog::showTutorialsOnly);
    showTutorialsOnly();
    connect(ui.unassignCheck, &QCheckBox::toggled, this, [this](bool on) {
        ui.tutorialView->setEnabled(!on);
        ui.searchEdit->setEnabled(!on);
        updateOk();
    });
    connect(ui.tutorialView, &QTreeView::activated, this, [this] {
        if (ui.buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    updateOk();
}

std::optional<qint64> MoveCommentDialog::target() const
{
    if (ui.unassignCheck->isChecked())
        return std::nullopt;
    return m_model->idAt(ui.tutorialView->currentIndex().row());
}

void MoveCommentDialog::updateOk()
{
    bool ok = ui.unassignCheck->isChecked();
    if (!ok) {
        const QModelIndex current = ui.tutorialView->currentIndex();
        const qint64 id = current.isValid() ? m_model->idAt(current.row()) : -1;
        // A real tutorial other than the one the comments are in; the unassigned entry is the checkbox's job.
        ok = id > 0 && id != m_current;
    }
    ui.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void MoveCommentDialog::showTutorialsOnly()
{
    const bool unassignedRow
        = m_model->rowCount() > 0 && m_model->index(0, 0).data(TutorialListModel::IsUnassignedRole).toBool();
    if (unassignedRow)
        ui.tutorialView->setRowHidden(0, {}, true);
    const bool noMatch = m_model->rowCount() == (unassignedRow ? 1 : 0) && !m_model->search().isEmpty();
    ui.noMatchLabel->setText(noMatch ? tr("No tutorial matches “%1”.").arg(m_model->search()) : QString());
    ui.noMatchLabel->setVisible(noMatch);
}
