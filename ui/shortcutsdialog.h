#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

// Help ▸ Keyboard shortcuts: every action of the window that has a key, with all its keys, as the platform writes
// them. Built from the actions themselves, so it never disagrees with what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

private:
    QTableWidget *m_table = nullptr;
};
