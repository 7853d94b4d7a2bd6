#pragma once

#include "filedialogs.h"
#include "navigator.h"
#include "result.h"

#include <QObject>
#include <functional>
#include <memory>

class Database;
class EditHistory;
class QMainWindow;

// File ▸ Import JSON, Export JSON and Export Comments as CSV: the file chosen, the transfer run behind its progress
// dialog (FileTransfers), and the outcome said in the status bar. An import is one step on the undo list.
class TransferActions : public QObject
{
    Q_OBJECT

public:
    // What the transfers need of the window.
    struct Window
    {
        std::function<bool()> mayLeave; // unsaved edits: saved or discarded (true), or the person stays (false)
        std::function<std::shared_ptr<Database>()> database;
        std::function<QString()> search; // the list's search text: Export JSON writes what the list finds
        FileDialogs::Chooser chooseFile;
    };

    TransferActions(QMainWindow *window, Navigator &navigator, EditHistory &history, Window hooks);

    void importJson();
    void exportJson();
    void exportCsv();

signals:
    void errorOccurred(const Error &error);

private:
    void said(const Result<QString> &outcome);

    QMainWindow *m_window = nullptr;
    Navigator &m_navigator;
    EditHistory &m_history;
    Window m_hooks;
};
