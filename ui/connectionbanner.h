#pragma once

#include "ui_connectionbanner.h"

#include <QFrame>

class QTimer;

// The one notice a lost connection or a database that does not answer gets (no dialog per failed statement): what
// went wrong, that edits are kept, and "Retry now" (retryRequested()). The retrying itself is the window's
// Reconnector's and WriteQueue's; the window calls dismiss() once the database answers (or shows another one).
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    void showLost(const QString &reason);
    void showStillTrying(const QString &reason);
    // Writes wait for the database (a lost or frozen server, a file another program has locked): they are kept, in
    // order, and made by themselves once it answers; "Retry now" tries at once.
    void showWaiting(const QString &reason, int pending);
    void dismiss();

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override; // a language chosen in Preferences

private:
    Ui::ConnectionBanner ui;
};
