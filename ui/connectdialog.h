#pragma once

#include "databaseurl.h"
#include "result.h"
#include "ui_connectdialog.h"

#include <QDialog>

#include <memory>

class DbWorker;

// "Connect to server…": the fields of a mysql:// URL, and "Test connection", which connects on a worker
// thread (so a slow server never freezes the dialog) and shows the server's version or its error.
// The password is saved in the system keychain only when the person ticks the box (PasswordStore); where no
// keychain answers, the box is off and says why.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Fills the fields from a URL (its password too, when it has one) and shows why it is being asked, if given.
    void setUrl(const DatabaseUrl &url);
    void setMessage(const QString &message);
    // The URL the fields describe, or what is wrong with them.
    Result<DatabaseUrl> url() const;
    // Whether the person asked to keep the password in the system keychain.
    bool savePassword() const;

    void accept() override;

private:
    void testConnection();
    void showTestResult(bool ok, const QString &text);
    void browse(QLineEdit *edit, const QString &title);

    Ui::ConnectDialog ui;
    std::unique_ptr<DbWorker> m_test; // the connection test on its way

};
