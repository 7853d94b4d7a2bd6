#pragma once

#include "ui_movecommentdialog.h"

#include <QDialog>
#include <optional>

class TutorialListModel;
class TutorialService;

// "Move to…": picks the tutorial that selected comments go to, or detaches them from theirs (unassigned).
class MoveCommentDialog : public QDialog
{
    Q_OBJECT

public:
    MoveCommentDialog(TutorialService &service, std::optional<qint64> currentTutorialId, int commentCount,
                      QWidget *parent = nullptr);

    // The chosen tutorial, or std::nullopt for "unassigned". Valid after the dialog was accepted.
    std::optional<qint64> target() const;

private:
    void updateOk();
    void showTutorialsOnly();

    Ui::MoveCommentDialog ui;
    TutorialListModel *m_model;
    std::optional<qint64> m_current;
};
