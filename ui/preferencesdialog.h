#pragma once

#include "ui_preferencesdialog.h"

#include <QDialog>

class QComboBox;

// Edit ▸ Preferences: the window's language (the system's, English, German or French), kept in the settings as
// "ui/language": the window changes language at once, and starts in it next time (--lang still wins); and how often
// the window checks for changes made elsewhere ("sync/intervalMs", 0: off), used at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

    // The interval chosen for the change checks, in milliseconds; 0: off.
    static int changeCheckInterval();

private:
    Ui::PreferencesDialog ui;
    QComboBox *m_intervalCombo = nullptr;
};
