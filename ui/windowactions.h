#pragma once

#include <QObject>

class EditHistory;
class QAction;
class QMainWindow;
namespace Ui {
class MainWindow;
}

// The menus and the toolbar: the form's actions get their icons (the theme's, else the style's) and shortcuts; the
// actions made in code — Undo and Redo (ours, because they ask about unsaved edits first), Edit ▸ Preferences,
// View ▸ Activity — are made and placed; Help ▸ Keyboard shortcuts lists them all; View ▸ Sort by is one choice.
// Their words follow the person's language. What they do is wired by the window.
class WindowActions : public QObject
{
    Q_OBJECT

public:
    WindowActions(Ui::MainWindow &ui, QMainWindow *window);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *preferences() const { return m_preferences; }
    QAction *activity() const { return m_activity; }

    // Undo and Redo say what they would take back or make again.
    void updateUndoRedo(const EditHistory &history);
    // The View ▸ Sort by marks follow the list's header.
    void updateSortMarks();
    void retranslate();

signals:
    void sortRequested(int column, Qt::SortOrder order); // column -1: the one the list is sorted by

private:
    void setIcons();
    void addUndoRedo();
    void addPreferencesAndActivity();
    void setUpSorting();
    void showShortcuts();

    Ui::MainWindow &ui;
    QMainWindow *m_window = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_activity = nullptr;
};
