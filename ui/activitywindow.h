#pragma once

#include "activityloader.h"
#include "databaseurl.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

// View ▸ Activity: comments per week over time, for the tutorial the main window shows or for the whole database,
// and the tutorials with the most comments, as Qt Charts and as tables of the same figures (the text alternative).
// The counting is ActivityLoader's, on a worker thread; the charts export as PNG and SVG and follow the palette.
class ActivityWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MostCommentedCount = 10;
    enum class Scope { ShownTutorial, WholeDatabase };

    explicit ActivityWindow(QWidget *parent = nullptr);
    ~ActivityWindow() override;

    // The main window's database and shown tutorial: an id, `unassigned` for its "Unassigned comments" entry, or
    // none. Read again when it changes and the figures depend on it (never while the window is hidden).
    void showFor(const DatabaseUrl &url, std::optional<qint64> tutorialId, qint64 unassigned);
    Scope scope() const;
    void setScope(Scope scope);
    // Everything again: the figures and the tutorials with the most comments (Refresh).
    void refresh();
    bool isLoading() const { return m_pending != 0; }

    // The two charts, one above the other, as they are shown; false with the reason shown when the file cannot be
    // written.
    bool exportPng(const QString &fileName);
    bool exportSvg(const QString &fileName);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override; // palette (light/dark) and language

private:
    void createControls();
    void createChartPage();
    void createTablePage();
    void connectControls();
    void retranslate();
    void applyPalette();
    void request(bool withMostCommented);
    void onLoaded(quint64 ticket, const ActivityFigures &figures);
    void onFailed(quint64 ticket, const QString &message);
    void setLoading(bool loading);
    void showWeeks();
    QString weeksSummary(const QString &title, const QList<WeekCount> &weeks, qint64 total,
                         const WeekCount &busiest) const;
    void showMostCommented();
    void exportChart(const QString &format);
    QString scopeTitle() const;
    std::optional<CommentScope> currentScope() const;

    std::unique_ptr<ActivityLoader> m_loader;
    DatabaseUrl m_url;
    bool m_hasDatabase = false;
    std::optional<qint64> m_tutorialId;
    qint64 m_unassignedId = 0;
    bool m_stale = true; // figures to read again once the window is shown
    quint64 m_pending = 0; // the ticket of the newest request not answered yet
    bool m_mostCommentedWanted = true; // until an answer brings them
    ActivityFigures m_figures; // what is shown
    bool m_hasWeeks = false;
    QString m_error;

    QComboBox *m_scopeBox = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_pngButton = nullptr;
    QPushButton *m_svgButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_chartPage = nullptr;
    QWidget *m_tablePage = nullptr;
    QChartView *m_weeksView = nullptr;
    QChartView *m_mostView = nullptr;
    QChart *m_weeksChart = nullptr;
    QChart *m_mostChart = nullptr;
    QTableWidget *m_weeksTable = nullptr;
    QTableWidget *m_mostTable = nullptr;
    QLabel *m_weeksCaption = nullptr;
    QLabel *m_mostCaption = nullptr;
    QLabel *m_note = nullptr;
};
