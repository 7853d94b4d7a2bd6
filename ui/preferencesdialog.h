#pragma once

#include "ui_preferencesdialog.h"

#include <QDialog>

// Edit ▸ Preferences: the window's language (the system's, English, German or French), kept in the settings as
// "ui/language" and used from the next start on (--lang still wins), which the dialog says when another is chosen.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void updateNote();

    Ui::PreferencesDialog ui;
};
