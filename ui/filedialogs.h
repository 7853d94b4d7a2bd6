#pragma once

#include <QFileDialog>
#include <QString>
#include <functional>

class QWidget;

// The file dialogs of the window, Qt's own with one difference: they never open a file to find its type.
//
// Qt's QFileIconProvider asks QMimeDatabase for each listed file's type, and for a name it does not know by its
// extension (tutorials.sqlite, tutorials.sqlite-wal) it opens the file and reads its first bytes. Opening and
// closing a file releases every POSIX lock this process holds on it, SQLite's included: a dialog showing the
// database's folder let another program delete the write-ahead log the window was writing into. Here a file's type
// and icon come from its name alone. (SqliteLocks makes the database safe from any such code; this stops the one
// known to do it.)
namespace FileDialogs {

// How the window asks for a file name (open or save); empty: cancelled. Tests answer without a dialog.
enum class Mode { Open, Save, SaveNew };
using Chooser
    = std::function<QString(Mode mode, const QString &title, const QString &suggested, const QString &filter)>;

QString openFile(QWidget *parent, const QString &title, const QString &directory, const QString &filter);
QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                 QFileDialog::Options options = {});

} // namespace FileDialogs
