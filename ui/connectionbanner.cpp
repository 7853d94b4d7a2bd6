#include "connectionbanner.h"

#include <QPushButton>
#include <QStyle>
#include <QTimer>

ConnectionBanner::ConnectionBanner(QWidget *parent) : QFrame(parent)
{
    ui.setupUi(this);
    ui.bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    connect(ui.retryButton, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    hide();
}

void ConnectionBanner::showLost(const QString &reason)
{
    ui.bannerText->setText(
        tr("%1\nYour edits are kept; Tutorial Desk reconnects by itself when the server is back.").arg(reason));
    setAccessibleDescription(reason);
    show();
}

void ConnectionBanner::showStillTrying(const QString &reason)
{
    ui.bannerText->setText(tr("%1\nStill trying to reconnect; your edits are kept.").arg(reason));
    setAccessibleDescription(reason);
}

void ConnectionBanner::showWaiting(const QString &reason, int pending)
{
    // What the person needs first: nothing is lost, nothing to do. Why, second (the database's own words say which
    // statement met the fault, "…failed", though the change itself is only waiting).
    ui.bannerText->setText(tr("Waiting for the database: %n change(s) not saved yet. They are saved by themselves, in "
                              "order, once it answers.",
                              nullptr, pending)
                           + u'\n' + tr("Last try: %1").arg(reason));
    setAccessibleDescription(reason);
    show();
}

void ConnectionBanner::dismiss()
{
    hide();
}

void ConnectionBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    const QString said = ui.bannerText->text(); // the reason came from the server; it is kept as it was
    ui.retranslateUi(this);
    ui.bannerText->setText(said);
}
