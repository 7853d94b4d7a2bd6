#pragma once

#include "ui_preferencesdialog.h"

#include <QDialog>

// Edit ▸ Preferences: the window's language (the system's, English, German or French), kept in the settings as
// "ui/language": the window changes language at once, and starts in it next time (--lang still wins).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    Ui::PreferencesDialog ui;
};
