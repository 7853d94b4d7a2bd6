// What an accessibility client is given for the tutorial list of the real window (ui/listaccessibility): on a long
// list, the rows shown and a page either way, not every cell; on a short one, every row, as Qt gives it. Read through
// QAccessible, as the AT-SPI bridge reads it, with the list model's rows read counted; the events of a selection far
// from the rows shown also as a screen reader gets them, over the accessibility bus.
#include "database.h"
#include "listaccessibility.h"
#include "mainwindow.h"
#include "schema.h"
#include "testdatabase.h"
#include "translations.h"
#include "tutoriallistmodel.h"
#include "windowtest.h"

#include <QAccessible>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusReply>
#include <QDBusVariant>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int LongList = 3000; // well past ListAccessibility::AllRowsUpTo, and many of the model's blocks

// What one accessibility event named, resolved when it was sent (as the bridge resolves it).
struct SeenEvent
{
    QAccessible::Event type;
    QString name;
    QAccessible::Role role;
    int row = -1;
    int indexInParent = -1;
    QAccessible::Id id = 0; // the object a client is given for it (its AT-SPI path)
};
QList<SeenEvent> seenEvents;

void recordEvent(QAccessibleEvent *event)
{
    if (event->type() != QAccessible::Focus && event->type() != QAccessible::SelectionAdd)
        return;
    if (event->object() == nullptr || event->object()->objectName() != "tutorialView"_L1 || event->child() < 0)
        return;
    QAccessibleInterface *iface = event->accessibleInterface();
    if (!iface)
        return;
    SeenEvent seen {event->type(), iface->text(QAccessible::Name), iface->role()};
    if (QAccessibleTableCellInterface *cell = iface->tableCellInterface())
        seen.row = cell->rowIndex();
    if (QAccessibleInterface *parent = iface->parent())
        seen.indexInParent = parent->indexOfChild(iface);
    seen.id = QAccessible::uniqueId(iface);
    seenEvents.append(seen);
}

// A screen reader's side of AT-SPI, in this process but on a bus connection of its own (the bridge cannot tell it
// from Orca): it asks the registry for the state-changed events, receives them from the accessibility bus, and reads
// the name of the object an event names, and calls the list's table, over D-Bus. Its calls to the window are
// answered by the window's event loop, which the waits here turn.
class AtspiClient : public QObject
{
    Q_OBJECT
public:
    struct StateChange
    {
        QString service; // the sender: the window's connection to the accessibility bus
        QString path; // the object it names
        QString state;
        int value = 0;
    };
    QList<StateChange> changes;

    ~AtspiClient() override { QDBusConnection::disconnectFromBus(ConnectionName); } // the registry forgets it then

    // False, with `error` saying why, if the accessibility bus or its registry cannot be reached.
    bool start()
    {
        const QDBusReply<QString> address = QDBusConnection::sessionBus().call(
            QDBusMessage::createMethodCall(u"org.a11y.Bus"_s, u"/org/a11y/bus"_s, u"org.a11y.Bus"_s, u"GetAddress"_s));
        if (!address.isValid()) {
            error = u"no accessibility bus: "_s + address.error().message();
            return false;
        }
        m_bus = QDBusConnection::connectToBus(address.value(), ConnectionName);
        if (!m_bus.isConnected()) {
            error = u"the accessibility bus did not answer: "_s + m_bus.lastError().message();
            return false;
        }
        m_bus.connect(QString(), QString(), u"org.a11y.atspi.Event.Object"_s, u"StateChanged"_s, this,
                      SLOT(stateChanged(QDBusMessage)));
        QDBusMessage listen
            = QDBusMessage::createMethodCall(u"org.a11y.atspi.Registry"_s, u"/org/a11y/atspi/registry"_s,
                                             u"org.a11y.atspi.Registry"_s, u"RegisterEvent"_s);
        listen << u"object:state-changed"_s;
        const QDBusMessage registered = m_bus.call(listen);
        if (registered.type() == QDBusMessage::ErrorMessage) {
            error = u"the registry refused the listener: "_s + registered.errorMessage();
            return false;
        }
        return true;
    }

    // A call to the window, its answer waited for (the window answers from its event loop, turned meanwhile).
    QDBusMessage call(const QString &service, const QString &path, const QString &interface, const QString &method,
                      const QVariantList &arguments)
    {
        QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
        message.setArguments(arguments);
        QDBusPendingCall pending = m_bus.asyncCall(message, 5000);
        if (!QTest::qWaitFor([&pending] { return pending.isFinished(); }, 6000))
            return QDBusMessage::createError(u"timeout"_s, u"no answer"_s);
        return pending.reply();
    }

    // What a screen reader says for the object an event names: its name, read over D-Bus.
    QString name(const StateChange &change)
    {
        const QDBusMessage reply = call(change.service, change.path, u"org.freedesktop.DBus.Properties"_s, u"Get"_s,
                                        {u"org.a11y.atspi.Accessible"_s, u"Name"_s});
        if (reply.type() == QDBusMessage::ErrorMessage)
            return u"(error: %1)"_s.arg(reply.errorMessage());
        return reply.arguments().value(0).value<QDBusVariant>().variant().toString();
    }

    QString error;

public slots:
    void stateChanged(const QDBusMessage &message)
    {
        const QVariantList arguments = message.arguments();
        changes.append({message.service(), message.path(), arguments.value(0).toString(), arguments.value(1).toInt()});
    }

private:
    static inline const QString ConnectionName = u"tst_listaccessibility_client"_s;
    QDBusConnection m_bus {QString()};
};

// The object path Qt's bridge gives an accessible object.
QString atspiPath(QAccessibleInterface *iface)
{
    return u"/org/a11y/atspi/accessible/%1"_s.arg(QAccessible::uniqueId(iface));
}

} // namespace

class tst_ListAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { TestDatabase::addRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void aLongListGivesTheRowsShown();
    void scrollingChangesWhichRowsAreGiven();
    void focusAndSelectionEventsNameTheRightCell();
    void aSelectionFarFromTheRowsShownNamesTheRowSelected();
    void aShortListIsGivenWholeAndChangesAreFollowed();
    void aClientWalkingTheWholeListKeepsMemoryBounded();

private:
    void fill(int tutorials);
    void openWindow();
    bool settled() { return listSettled(m_window.get()); }
    QTreeView *list() { return m_window->findChild<QTreeView *>(u"tutorialView"_s); }
    QAccessibleInterface *listInterface() { return QAccessible::queryAccessibleInterface(list()); }
    int topRow() { return list()->indexAt(QPoint(1, 1)).row(); }
    int bottomRow() { return list()->indexAt(QPoint(1, list()->viewport()->height() - 2)).row(); }
    // As a person lets go of the scrollbar's thumb in the middle: true once the rows there are read and shown.
    bool dragThumbToMiddle()
    {
        QScrollBar *bar = list()->verticalScrollBar();
        bar->setSliderDown(true);
        bar->setValue(bar->maximum() / 2);
        bar->setSliderDown(false);
        return QTest::qWaitFor([&] { return m_window->tutorialModel()->isRowLoaded(topRow()); }) && settled();
    }
    // Every child the list gives, as a client walking the tree asks for it: returns the rows given, and checks each
    // child's role, numbering and, for the rows shown, its name.
    QList<int> walkChildren();
    // How many of these cells are still alive (not let go).
    static int alive(const QList<QAccessible::Id> &ids);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ListAccessibility::initTestCase()
{
    startWindowTest(u"tst_listaccessibility"_s);
}

void tst_ListAccessibility::init()
{
    QSettings().clear();
    QSettings().setValue(u"sync/intervalMs"_s, 0); // changes elsewhere are not watched: reads here are this test's
    m_db = emptyDatabase(this);
    QVERIFY2(m_db, qPrintable(TestDatabase::lastError()));
}

void tst_ListAccessibility::cleanup()
{
    QAccessible::installUpdateHandler(nullptr);
    seenEvents.clear();
    if (m_window)
        m_window->waitForBackgroundWork();
    m_window.reset();
    m_db.reset();
}

void tst_ListAccessibility::fill(int tutorials)
{
    QVERIFY(insertNumberedTutorials(*m_db, tutorials));
}

void tst_ListAccessibility::openWindow()
{
    m_window = openSettledWindow(m_db->url());
    QVERIFY(m_window);
}

QList<int> tst_ListAccessibility::walkChildren()
{
    QList<int> rows;
    QAccessibleInterface *iface = listInterface();
    auto *model = m_window->tutorialModel();
    const int columns = model->columnCount();
    const int top = topRow();
    const int bottom = bottomRow();
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (!child) {
            QTest::qFail(qPrintable(u"no child %1"_s.arg(i)), __FILE__, __LINE__);
            return {};
        }
        const bool numbered = iface->indexOfChild(child) == i;
        if (!numbered) {
            QTest::qFail(qPrintable(u"child %1 says it is %2"_s.arg(i).arg(iface->indexOfChild(child))), __FILE__,
                         __LINE__);
            return {};
        }
        if (i < columns) { // the header
            if (child->role() != QAccessible::ColumnHeader
                || child->text(QAccessible::Name) != model->headerData(i, Qt::Horizontal).toString()) {
                QTest::qFail(qPrintable(u"header %1: %2"_s.arg(i).arg(child->text(QAccessible::Name))), __FILE__,
                             __LINE__);
                return {};
            }
            continue;
        }
        QAccessibleTableCellInterface *cell = child->tableCellInterface();
        if (child->role() != QAccessible::TreeItem || !cell || cell->columnIndex() != i % columns) {
            QTest::qFail(qPrintable(u"child %1 is no cell of column %2"_s.arg(i).arg(i % columns)), __FILE__, __LINE__);
            return {};
        }
        const int row = cell->rowIndex();
        const QString name = child->text(QAccessible::Name); // asked of every child, as a client walking asks
        (void)child->state();
        if (row >= top && row <= bottom) { // a row shown: its cells' texts are their names
            const QString shown = model->index(row, cell->columnIndex()).data().toString();
            if (name != shown) {
                QTest::qFail(
                    qPrintable(
                        u"row %1 column %2 is named %3, shows %4"_s.arg(row).arg(cell->columnIndex()).arg(name, shown)),
                    __FILE__, __LINE__);
                return {};
            }
        }
        if (cell->columnIndex() == 0)
            rows.append(row);
    }
    return rows;
}

void tst_ListAccessibility::aLongListGivesTheRowsShown()
{
    fill(LongList);
    openWindow();
    auto *model = m_window->tutorialModel();
    QAccessibleInterface *iface = listInterface();
    QVERIFY(iface && iface->tableInterface());
    QCOMPARE(iface->role(), QAccessible::Tree);
    QCOMPARE(iface->text(QAccessible::Name), u"Tutorials"_s);
    // The table tells the whole list...
    QCOMPARE(iface->tableInterface()->rowCount(), LongList);
    QCOMPARE(iface->tableInterface()->columnCount(), int(TutorialListModel::ColumnCount));
    QCOMPARE(iface->tableInterface()->cellAt(LongList - 1, 0)->tableCellInterface()->rowIndex(), LongList - 1);
    // ...but its children are the header and the rows shown, a page either way: not 3,000 rows' cells.
    const int shown = bottomRow() - topRow() + 1;
    QVERIFY(shown > 5);
    const int pages = 2 * (1 + 2 * ListAccessibility::MarginPages); // at most, close to the top (see the numbering)
    QVERIFY2(iface->childCount() <= TutorialListModel::ColumnCount * (1 + pages * (shown + 1)),
             qPrintable(u"%1 children for %2 rows shown"_s.arg(iface->childCount()).arg(shown)));

    // A client walking every child reads the rows shown, in order, with their texts, and makes the list read no
    // row it had not read to show them (the rows a page below are in the block read for the first rows).
    const qint64 readBefore = model->rowsRead();
    const QList<int> rows = walkChildren();
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first(), 0);
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i), rows.at(i - 1) + 1);
    QVERIFY(rows.last() >= bottomRow() + shown - 1); // a page below the rows shown
    QCOMPARE(iface->child(TutorialListModel::ColumnCount)->text(QAccessible::Name), u"Tutorial 03000"_s);
    QVERIFY(settled());
    QCOMPARE(model->rowsRead(), readBefore);
}

void tst_ListAccessibility::scrollingChangesWhichRowsAreGiven()
{
    fill(LongList);
    openWindow();
    auto *model = m_window->tutorialModel();
    QAccessibleInterface *iface = listInterface();
    const int childrenAtTop = iface->childCount();

    // The thumb dragged to the middle: the children are now the rows there.
    QVERIFY(dragThumbToMiddle());
    const int top = topRow();
    const int bottom = bottomRow();
    QVERIFY(top > LongList / 3);
    const qint64 readBefore = model->rowsRead();
    const QList<int> rows = walkChildren();
    QVERIFY(!rows.isEmpty());
    QVERIFY2(rows.first() <= top && rows.last() >= bottom,
             qPrintable(u"rows %1..%2 given, %3..%4 shown"_s.arg(rows.first()).arg(rows.last()).arg(top).arg(bottom)));
    QVERIFY2(rows.first() >= top - (bottom - top + 1) * ListAccessibility::MarginPages - 1,
             qPrintable(u"rows from %1 given, %2 shown first"_s.arg(rows.first()).arg(top)));
    QVERIFY(!rows.contains(0));
    QVERIFY2(iface->childCount() <= TutorialListModel::ColumnCount
                     * (1 + (1 + 2 * ListAccessibility::MarginPages) * (bottom - top + 2)),
             qPrintable(u"%1 children, %2 at the top"_s.arg(iface->childCount()).arg(childrenAtTop)));
    // The header is still the first children.
    QCOMPARE(iface->child(0)->role(), QAccessible::ColumnHeader);
    // The first row shown, by its child.
    const int firstShown = TutorialListModel::ColumnCount * (top - rows.first() + 1);
    QCOMPARE(iface->child(firstShown)->text(QAccessible::Name),
             u"Tutorial %1"_s.arg(LongList - top, 5, 10, QChar(u'0')));
    // The margin's rows may need one block read each side, never the rows between the top and the middle.
    QVERIFY(settled());
    QVERIFY2(model->rowsRead() - readBefore <= 2 * TutorialListModel::BlockSize,
             qPrintable(u"%1 rows read for the client"_s.arg(model->rowsRead() - readBefore)));
    QVERIFY(!model->isRowLoaded(LongList / 4));
}

void tst_ListAccessibility::focusAndSelectionEventsNameTheRightCell()
{
    fill(LongList);
    openWindow();
    // (Qt's bridge turns on once it has reached the accessibility bus.)
    // CTest runs this under with-atspi.sh: without the bus the view sends no event, and that is a broken run, not a
    // reason to pass.
    QVERIFY2(
        QTest::qWaitFor([] { return QAccessible::isActive(); }, 5000),
        "the accessibility bus was not reached: the view sends no accessibility event (run it under with-atspi.sh)");
    QAccessible::installUpdateHandler(recordEvent); // the events come here, not to the bridge
    auto *model = m_window->tutorialModel();
    QAccessibleInterface *iface = listInterface();

    // Deep in the list, a row clicked, then the next by the keyboard: each event names that row's title cell, a child
    // the list gives.
    QScrollBar *bar = list()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QTRY_VERIFY(model->isRowLoaded(topRow()));
    QVERIFY(settled());
    const int row = topRow() + 3;
    list()->setFocus();
    QVERIFY(list()->hasFocus());
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualRect(model->index(row, 0)).center());
    QCOMPARE(list()->currentIndex().row(), row);
    const auto named = [](int r) { return u"Tutorial %1"_s.arg(LongList - r, 5, 10, QChar(u'0')); };
    const auto seen = [](QAccessible::Event type, int r) {
        for (const SeenEvent &event : std::as_const(seenEvents)) {
            if (event.type == type && event.row == r)
                return event;
        }
        return SeenEvent {type, {}, QAccessible::NoRole};
    };
    for (const QAccessible::Event type : {QAccessible::Focus, QAccessible::SelectionAdd}) {
        const SeenEvent event = seen(type, row);
        QCOMPARE(event.name, named(row));
        QCOMPARE(event.role, QAccessible::TreeItem);
        QVERIFY(event.indexInParent >= TutorialListModel::ColumnCount);
        QCOMPARE(iface->child(event.indexInParent)->text(QAccessible::Name), named(row));
    }
    seenEvents.clear();
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(list()->currentIndex().row(), row + 1);
    QCOMPARE(seen(QAccessible::Focus, row + 1).name, named(row + 1));
    QVERIFY(seen(QAccessible::Focus, row + 1).indexInParent >= 0);
    // A page down: the view scrolls, and the focused row is still named and given.
    seenEvents.clear();
    QTest::keyClick(list(), Qt::Key_PageDown);
    const int paged = list()->currentIndex().row();
    QVERIFY(paged > row + 1);
    // (Its name may come a moment later: the row may be in a block the list reads only now.)
    QCOMPARE(seen(QAccessible::Focus, paged).role, QAccessible::TreeItem);
    QVERIFY(seen(QAccessible::Focus, paged).indexInParent >= 0);
    QTRY_COMPARE(iface->focusChild()->text(QAccessible::Name), named(paged));
    // Back to the top (Home): numbered from the first row again.
    seenEvents.clear();
    QTest::keyClick(list(), Qt::Key_Home);
    QCOMPARE(list()->currentIndex().row(), 0);
    QCOMPARE(seen(QAccessible::Focus, 0).role, QAccessible::TreeItem);
    QCOMPARE(seen(QAccessible::Focus, 0).indexInParent, int(TutorialListModel::ColumnCount));
    // The selection event, which the view sends before it scrolls to the top, names the first row too (not a row of
    // those it showed far down): a screen reader says the row selected.
    bool selectionSeen = false;
    for (const SeenEvent &event : std::as_const(seenEvents)) {
        if (event.type != QAccessible::SelectionAdd)
            continue;
        selectionSeen = true;
        QVERIFY2(event.row == 0, qPrintable(u"the selection event after Home names row %1"_s.arg(event.row)));
        QCOMPARE(event.role, QAccessible::TreeItem);
        QCOMPARE(event.indexInParent, int(TutorialListModel::ColumnCount));
    }
    QVERIFY(selectionSeen);
    QTRY_COMPARE(iface->focusChild()->text(QAccessible::Name), named(0));
}

void tst_ListAccessibility::aSelectionFarFromTheRowsShownNamesTheRowSelected()
{
    fill(LongList);
    openWindow();
    QVERIFY2(
        QTest::qWaitFor([] { return QAccessible::isActive(); }, 5000),
        "the accessibility bus was not reached: the view sends no accessibility event (run it under with-atspi.sh)");
    AtspiClient client;
    QVERIFY2(client.start(), qPrintable(client.error));
    auto *model = m_window->tutorialModel();
    const auto named = [](int r) { return u"Tutorial %1"_s.arg(LongList - r, 5, 10, QChar(u'0')); };
    // What the client heard selected: the names of the objects the state-changed events since `from` set selected.
    const auto heardSelected = [&client](qsizetype from) {
        QStringList names;
        for (qsizetype i = from; i < client.changes.size(); ++i) {
            const AtspiClient::StateChange &change = client.changes.at(i);
            if (change.state == "selected"_L1 && change.value == 1)
                names.append(client.name(change));
        }
        return names;
    };
    // Every selected-state change since `from`, as the client heard it: the object's name, and selected or not.
    const auto heardAll = [&client](qsizetype from) {
        QStringList heard;
        for (qsizetype i = from; i < client.changes.size(); ++i) {
            const AtspiClient::StateChange &change = client.changes.at(i);
            if (change.state == "selected"_L1)
                heard.append(u"%1 (%2)"_s.arg(client.name(change), change.value ? u"selected"_s : u"unselected"_s));
        }
        return heard.join(u", "_s);
    };

    // The person selects the fifth row, near the top, and unselects and selects it again by the keyboard (Ctrl+Space,
    // Space) until the bridge, told of the client by the registry, sends the client its events.
    const int selected = 4;
    list()->setFocus();
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualRect(model->index(selected, 0)).center());
    QCOMPARE(list()->currentIndex().row(), selected);
    for (int i = 0; i < 20 && client.changes.isEmpty(); ++i) { // the bridge learns of the client from the registry
        QTest::keyClick(list(), Qt::Key_Space, Qt::ControlModifier); // unselects the row, then selects it again
        QTest::keyClick(list(), Qt::Key_Space);
        (void)QTest::qWaitFor([&client] { return !client.changes.isEmpty(); }, 250);
    }
    QVERIFY2(!client.changes.isEmpty(), "no state-changed event reached the client");
    QTRY_VERIFY(list()->selectionModel()->isRowSelected(selected)); // (the keys may reach the view later: see below)

    // Then drags the thumb to the middle, thousands of rows away, and clicks a row there.
    QVERIFY(dragThumbToMiddle());
    QVERIFY(topRow() > LongList / 3);
    qsizetype from = client.changes.size();
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                      list()->visualRect(model->index(topRow() + 3, 0)).center());
    const int current = list()->currentIndex().row();
    QVERIFY(current > LongList / 3);
    // (The click's events reach the client a moment later: they must not be taken for the ones looked for below.)
    QTRY_VERIFY2(heardSelected(from).contains(named(current)),
                 qPrintable(u"%1 selected; heard: %2"_s.arg(named(current), heardAll(from))));

    // A client (the screen reader's own command) selects a row near the top over AT-SPI, through the list's table:
    // the current row stays in the middle, the view does not scroll, and the event the client hears names the row it
    // selected (on the old code: a row as far down the rows shown, which is not selected, so nothing is heard
    // selected).
    const int asked = 7;
    const QString service = client.changes.constLast().service;
    from = client.changes.size();
    const QDBusMessage reply
        = client.call(service, atspiPath(listInterface()), u"org.a11y.atspi.Table"_s, u"AddRowSelection"_s, {asked});
    QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));
    QTRY_VERIFY(list()->selectionModel()->isRowSelected(asked));
    QCOMPARE(list()->currentIndex().row(), current);
    QVERIFY(topRow() > LongList / 3);
    QTRY_VERIFY2(heardSelected(from).contains(named(asked)),
                 qPrintable(u"%1 selected; heard: %2"_s.arg(named(asked), heardAll(from))));

    // The person moves on by the keyboard (Down): the next row in the middle is selected, and the row near the top
    // unselected; the client hears each of them by its own title (on the old code: the unselected one as a row of
    // the window). (With a client listening, Qt's bridge shows the client each key first: the view gets it a moment
    // later.)
    from = client.changes.size();
    QTest::keyClick(list(), Qt::Key_Down);
    QTRY_COMPARE(list()->currentIndex().row(), current + 1);
    QVERIFY(!list()->selectionModel()->isRowSelected(asked));
    const QString unselected = u"%1 (unselected)"_s.arg(named(asked));
    QTRY_VERIFY2(heardSelected(from).contains(named(current + 1)) && heardAll(from).contains(unselected),
                 qPrintable(u"%1 selected, %2; heard: %3"_s.arg(named(current + 1), unselected, heardAll(from))));
}

int tst_ListAccessibility::alive(const QList<QAccessible::Id> &ids)
{
    return int(std::count_if(ids.cbegin(), ids.cend(),
                             [](QAccessible::Id id) { return QAccessible::accessibleInterface(id) != nullptr; }));
}

void tst_ListAccessibility::aClientWalkingTheWholeListKeepsMemoryBounded()
{
    fill(LongList);
    openWindow();
    auto *model = m_window->tutorialModel();
    QAccessibleInterface *iface = listInterface();
    QAccessibleTableInterface *table = iface->tableInterface();
    const int columns = TutorialListModel::ColumnCount;
    QVERIFY(LongList * columns > 2 * ListAccessibility::KeptCells); // the walk below must outgrow what is kept
    const auto named = [](int r) { return u"Tutorial %1"_s.arg(LongList - r, 5, 10, QChar(u'0')); };

    // The person selects the fourth row, then drags the thumb to the middle; a client holds the cells it is given
    // there, and those of the selected row.
    const int selected = 3;
    list()->setFocus();
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, list()->visualRect(model->index(selected, 0)).center());
    QCOMPARE(list()->currentIndex().row(), selected);
    QScrollBar *bar = list()->verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    QTRY_VERIFY(model->isRowLoaded(topRow()));
    QVERIFY(settled());
    QList<QAccessible::Id> given;
    for (int i = columns; i < iface->childCount(); ++i)
        given.append(QAccessible::uniqueId(iface->child(i)));
    QList<QAccessible::Id> selectedRow;
    for (int column = 0; column < columns; ++column)
        selectedRow.append(QAccessible::uniqueId(table->cellAt(selected, column)));

    // The client then asks for every cell of the list, one call at a time, as over AT-SPI, where the window's event
    // loop turns between calls. Each answer is the cell asked for; the cells alive stay near what is kept.
    QList<QAccessible::Id> walked;
    int mostAlive = 0;
    for (int row = 0; row < LongList; ++row) {
        for (int column = 0; column < columns; ++column) {
            QAccessibleInterface *cell = table->cellAt(row, column);
            QVERIFY(cell && cell->tableCellInterface());
            QCOMPARE(cell->tableCellInterface()->rowIndex(), row);
            QCOMPARE(cell->tableCellInterface()->columnIndex(), column);
            walked.append(QAccessible::uniqueId(cell));
        }
        QCoreApplication::processEvents(); // the turn of the event loop between two calls of the client
        if (row % 50 == 49)
            mostAlive = qMax(mostAlive, alive(walked));
    }
    QVERIFY2(mostAlive <= ListAccessibility::KeptCells + int(given.size() + selectedRow.size()) + columns,
             qPrintable(u"%1 of the %2 cells walked alive at once"_s.arg(mostAlive).arg(walked.size())));

    // What the client holds of the rows given and of the selected row is still there, and still right.
    QCOMPARE(alive(given), int(given.size()));
    QCOMPARE(alive(selectedRow), columns);
    const int top = topRow();
    for (const QAccessible::Id id : std::as_const(given)) {
        QAccessibleInterface *cell = QAccessible::accessibleInterface(id);
        const int row = cell->tableCellInterface()->rowIndex();
        QCOMPARE(iface->child(iface->indexOfChild(cell)), cell);
        if (row == top && cell->tableCellInterface()->columnIndex() == TutorialListModel::TitleColumn)
            QCOMPARE(cell->text(QAccessible::Name), named(top));
    }
    QVERIFY(QAccessible::accessibleInterface(selectedRow.first())->state().selected);
    // A cell let go is asked for again and named right; the children walked are the rows shown, as before the walk.
    const int last = LongList - 1;
    QAccessibleInterface *lastCell = table->cellAt(last, TutorialListModel::TitleColumn);
    QCOMPARE(lastCell->tableCellInterface()->rowIndex(), last);
    QTRY_COMPARE(lastCell->text(QAccessible::Name), named(last));
    const QList<int> rows = walkChildren();
    QVERIFY(!rows.isEmpty() && rows.first() <= top && rows.last() >= bottomRow());

    // With more cells walked than are kept, a screen reader's command selects a row far above the rows shown: the
    // cell its selection event names outlives the trim on the next turn of the event loop, for the client that reads
    // it over the bus a moment later.
    QVERIFY2(
        QTest::qWaitFor([] { return QAccessible::isActive(); }, 5000),
        "the accessibility bus was not reached: the view sends no accessibility event (run it under with-atspi.sh)");
    for (int row = 0; row < LongList; ++row) {
        for (int column = 0; column < columns; ++column)
            table->cellAt(row, column);
    }
    QAccessible::installUpdateHandler(recordEvent);
    const int far = 10;
    QVERIFY(table->selectRow(far));
    QVERIFY(list()->selectionModel()->isRowSelected(far));
    const auto event = std::find_if(seenEvents.cbegin(), seenEvents.cend(),
                                    [](const SeenEvent &e) { return e.type == QAccessible::SelectionAdd; });
    QVERIFY(event != seenEvents.cend());
    QCOMPARE(event->row, far);
    QCoreApplication::processEvents(); // the trim's turn
    QAccessibleInterface *selectedCell = QAccessible::accessibleInterface(event->id);
    QVERIFY2(selectedCell, "the cell the selection event named was let go before a client could read it");
    QTRY_COMPARE(selectedCell->text(QAccessible::Name), named(far));
}

void tst_ListAccessibility::aShortListIsGivenWholeAndChangesAreFollowed()
{
    fill(LongList);
    openWindow();
    auto *model = m_window->tutorialModel();
    QAccessibleInterface *iface = listInterface();
    // A client holds cells of the long list...
    QList<QAccessible::Id> held;
    for (int i = 0; i < iface->childCount(); ++i)
        held.append(QAccessible::uniqueId(iface->child(i)));

    // ...when a search leaves 100 rows: every one is given, as Qt gives a list, the header first.
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"Tutorial 001"_s);
    QTRY_COMPARE(model->rowCount(), 100);
    QVERIFY(settled());
    QCOMPARE(iface->tableInterface()->rowCount(), 100);
    QCOMPARE(iface->childCount(), TutorialListModel::ColumnCount * 101);
    QVERIFY(100 <= ListAccessibility::AllRowsUpTo);
    const QList<int> rows = walkChildren();
    QCOMPARE(rows.size(), 100);
    QCOMPARE(rows.first(), 0);
    QCOMPARE(rows.last(), 99);
    // The last row is given, and named once it is read (it is below the rows shown).
    list()->scrollToBottom();
    QVERIFY(settled());
    QCOMPARE(iface->child(TutorialListModel::ColumnCount * 100)->text(QAccessible::Name), u"Tutorial 00100"_s);
    // The cells held from the long list are gone or name what their rows now show: none crashes a client.
    for (const QAccessible::Id id : std::as_const(held)) {
        QAccessibleInterface *cell = QAccessible::accessibleInterface(id);
        if (!cell || !cell->isValid() || !cell->tableCellInterface())
            continue;
        QAccessibleTableCellInterface *c = cell->tableCellInterface();
        QCOMPARE(cell->text(QAccessible::Name), model->index(c->rowIndex(), c->columnIndex()).data().toString());
    }

    // Sorted by title (the header clicked): the children follow the new order.
    QHeaderView *header = list()->header();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(TutorialListModel::TitleColumn) + 5, header->height() / 2));
    QTRY_COMPARE(model->sortColumn(), int(TutorialListModel::TitleColumn));
    QVERIFY(settled());
    list()->scrollToTop();
    QVERIFY(settled());
    const QString first = model->index(0, TutorialListModel::TitleColumn).data().toString();
    QCOMPARE(iface->child(TutorialListModel::ColumnCount)->text(QAccessible::Name), first);
    QCOMPARE(walkChildren().size(), 100);
}

QTEST_MAIN(tst_ListAccessibility)
#include "tst_listaccessibility.moc"
