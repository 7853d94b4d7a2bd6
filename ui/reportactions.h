#pragma once

#include "entities.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class Database;
class DbWorker;
class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QPrinter;
class QProgressBar;
class Report;
class TutorialListModel;

// File ▸ Print, File ▸ Print Preview and File ▸ Export PDF, each a submenu: "Shown Tutorial…" (the tutorial on the
// right with its comments) or "Tutorial List…" (the list as it is filtered and sorted now). The rows are read on a
// worker thread with its own connection, and the pages are laid out and painted there too, so the window never waits;
// the status bar says that a report is being prepared, and how many pages are done. Qt's print preview asks for its
// pages on the window's thread: they are recorded on the worker first (Report::record), and the preview only replays
// them; only when the person changes the page setup in the preview are they laid out again there.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    // What the report needs to know of the window, asked when a report starts.
    struct Window
    {
        std::function<std::shared_ptr<Database>()> database;
        std::function<std::optional<qint64>()> shownTutorial; // a real tutorial's id, or nothing
        std::function<SummaryQuery()> listQuery; // the list's search and sort now
        std::function<bool()> hasUnsavedChanges; // the report holds what is saved: say so when that differs
    };

    ReportActions(QMainWindow *window, Window source);
    ~ReportActions() override; // waits for a report being prepared (a few seconds at most)

    // The list's search and sort as a query: what "Tutorial List" prints.
    static SummaryQuery listQuery(const TutorialListModel &list);

    // Puts the three submenus into `menu`, before `before`.
    void addToMenu(QMenu *menu, QAction *before);
    bool isBusy() const { return m_worker != nullptr; }

    // For the tests: the submenus, in the order Print, Print Preview, Export PDF.
    QList<QMenu *> menus() const { return m_menus; }

signals:
    // A report was printed, previewed or written (`message` as the status bar shows it), or failed (the error).
    void finished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // the window's language changed

private:
    enum class Output { Print, Preview, Pdf };
    enum class Subject { Tutorial, List };
    struct Outcome;

    void retranslate();
    void updateActions();
    void start(Output output, Subject subject);
    void run(Output output, const std::shared_ptr<Outcome> &outcome);
    void done(Output output, const std::shared_ptr<Outcome> &outcome);
    void preview(const Report &report, const std::shared_ptr<Outcome> &outcome);
    void setBusy(const QString &text);
    void showProgress(int done, int total); // pages recorded so far
    void announce(bool ok, const QString &message); // in the status bar, or an error in a message box

    QMainWindow *m_window = nullptr;
    Window m_source;
    QList<QMenu *> m_menus;
    // [output][subject]
    QAction *m_actions[3][2] = {};
    std::unique_ptr<DbWorker> m_worker; // reads and lays out the report being prepared
    std::shared_ptr<Outcome> m_outcome; // the report being prepared
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
};
