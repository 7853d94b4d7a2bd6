#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The menu's own words, without the mnemonics' ampersands; in a submenu its title first ("Print ▸ Shown Tutorial…"),
// as the item's own words need it to say what it does.
QString nameOf(const QAction *action)
{
    QString name = action->text();
    for (QObject *object : action->associatedObjects()) {
        const auto *menu = qobject_cast<QMenu *>(object);
        if (!menu)
            continue;
        // A submenu is a menu inside a menu (a top menu's parent is the menu bar). Asking which widgets show the
        // menu's own action instead would count the menu bar's extension menu too, and call View a submenu.
        if (qobject_cast<QMenu *>(menu->parentWidget())) {
            name = ShortcutsDialog::tr("%1 ▸ %2", "a submenu's title, then an item in it").arg(menu->title(), name);
            break;
        }
    }
    return name.remove(u'&');
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QString name = nameOf(action);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(", ", "between two keys that do the same"))));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 420);
}
