// tutorialdesk-activityshots OUTDIR [--dark]: the README's pictures of View ▸ Activity (activity.png, or
// activity-dark.png under a dark palette), from the real windows on a database with half a year of comments.
// scripts/screenshots runs it under Xvfb.
#include "activitywindow.h"
#include "database.h"
#include "mainwindow.h"
#include "schema.h"
#include "timestamps.h"
#include "translations.h"
#include "tutoriallistmodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// Eight tutorials and their comments over 26 weeks, each tutorial busy for a while after it appears, and a few
// unassigned comments: deterministic (a fixed linear congruential sequence), written as Sequelize stores them.
bool fill(Database &database)
{
    auto db = database.connection();
    if (!db)
        return false;
    const QStringList titles{u"Sequelize associations"_s, u"One-to-many basics"_s, u"Qt model/view"_s,
                             u"MariaDB indexes"_s, u"SQLite WAL mode"_s, u"Node.js streams"_s,
                             u"C++20 ranges"_s, u"Déjà vu with dates"_s};
    quint32 state = 20261201;
    const auto next = [&state] { return (state = state * 1664525u + 1013904223u) >> 8; };
    const qint64 start = Timestamps::fromFields(2026, 6, 1, 9, 0, 0, 0); // a Monday
    const qint64 week = 7LL * 24 * 3600 * 1000;
    QSqlQuery query(*db);
    if (!QSqlQuery(*db).exec(u"BEGIN"_s))
        return false;
    for (int t = 0; t < titles.size(); ++t) {
        const qint64 created = start + t * 3 * week;
        query.prepare(u"INSERT INTO tutorials (title, description, createdAt, updatedAt) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(titles[t]);
        query.addBindValue(QString(titles[t] + u" explained"_s));
        query.addBindValue(Timestamps::toSqliteText(created));
        query.addBindValue(Timestamps::toSqliteText(created));
        if (!query.exec())
            return false;
        const qint64 id = query.lastInsertId().toLongLong();
        const int comments = 40 + int(next() % 80);
        for (int c = 0; c < comments; ++c) {
            // Most comments come in the first weeks after the tutorial appears, fewer later.
            const qint64 after = qint64((next() % 1000) / 1000.0 * (next() % 1000) / 1000.0 * 12 * week);
            const qint64 at = created + after + qint64(next() % 86400) * 1000;
            if (at > start + 26 * week)
                continue;
            query.prepare(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) VALUES (?, ?, ?, ?, ?)"_s);
            query.addBindValue(u"reader %1"_s.arg(next() % 50));
            query.addBindValue(u"Thanks!"_s);
            query.addBindValue(Timestamps::toSqliteText(at));
            query.addBindValue(Timestamps::toSqliteText(at));
            query.addBindValue(id);
            if (!query.exec())
                return false;
        }
    }
    for (int c = 0; c < 12; ++c) {
        const qint64 at = start + qint64(next() % 26) * week + qint64(next() % 86400) * 1000;
        query.prepare(u"INSERT INTO comments (name, text, createdAt, updatedAt, tutorialId) VALUES (?, ?, ?, ?, NULL)"_s);
        query.addBindValue(u"reader"_s);
        query.addBindValue(u"Left behind by a deleted tutorial"_s);
        query.addBindValue(Timestamps::toSqliteText(at));
        query.addBindValue(Timestamps::toSqliteText(at));
        if (!query.exec())
            return false;
    }
    return QSqlQuery(*db).exec(u"COMMIT"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"TutorialDeskScreenshots"_s);
    QApplication::setApplicationName(u"tutorialdesk"_s);
    QSettings().clear();
    QString out = u"."_s;
    bool dark = false;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--dark") == 0)
            dark = true;
        else
            out = QString::fromLocal8Bit(argv[i]);
    }
    Translations::install(u"en"_s);
    if (dark) { // the same dark palette as tutorialdesk-screenshots --dark
        QApplication::setStyle(u"Fusion"_s);
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(45, 45, 48));
        palette.setColor(QPalette::WindowText, Qt::white);
        palette.setColor(QPalette::Base, QColor(30, 30, 30));
        palette.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
        palette.setColor(QPalette::Text, Qt::white);
        palette.setColor(QPalette::Button, QColor(55, 55, 58));
        palette.setColor(QPalette::ButtonText, Qt::white);
        palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Mid, QColor(90, 90, 94));
        QApplication::setPalette(palette);
    }
    QTemporaryDir dir;
    auto database = std::make_shared<Database>(DatabaseUrl::sqliteFile(dir.filePath(u"tutorials.sqlite"_s)));
    if (!Schema::init(*database) || !fill(*database)) {
        qCritical("could not fill the database");
        return 1;
    }
    database->closeThreadConnection();
    MainWindow window(database);
    window.resize(1100, 680);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *list = window.findChild<QTreeView *>(u"tutorialView"_s);
    (void)QTest::qWaitFor([&] { return !window.tutorialModel()->isLoading() && list->model()->rowCount() > 2; }, 10000);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, TutorialListModel::TitleColumn);
        if (index.data().toString() == u"Qt model/view"_s)
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    }
    (void)QTest::qWaitFor([&] { return !window.isReadingDetail(); }, 10000); // read on a worker thread
    window.findChild<QAction *>(u"actionActivity"_s)->trigger();
    auto *activity = window.findChild<ActivityWindow *>(u"activityWindow"_s);
    if (!activity || !QTest::qWaitForWindowExposed(activity))
        return 1;
    activity->resize(900, 720);
    (void)QTest::qWaitFor([activity] { return !activity->isLoading(); }, 10000);
    QTest::qWait(400); // painted
    const QString path = QDir(out).filePath(dark ? u"activity-dark.png"_s : u"activity.png"_s);
    const bool ok = activity->grab().save(path);
    qInfo("%s %s", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok ? 0 : 1;
}
