#include "filedialogs.h"

#include <QFileIconProvider>
#include <QFileInfo>
#include <QMimeDatabase>

namespace {

// Types and icons by file name only: reading a file's content to guess its type would open it.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QMimeType mime = mimeTypeOf(info);
        QIcon icon = QIcon::fromTheme(mime.iconName());
        if (icon.isNull())
            icon = QIcon::fromTheme(mime.genericIconName());
        return icon.isNull() ? QFileIconProvider::icon(File) : icon;
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir() || info.isRoot())
            return QFileIconProvider::type(info); // "Folder", "Drive": from the name alone already
        return mimeTypeOf(info).comment();
    }

private:
    QMimeType mimeTypeOf(const QFileInfo &info) const
    {
        const QMimeType mime = m_mimeTypes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        // The names this program gives SQLite files, which the shared MIME database does not know by their extension.
        const QString suffix = info.suffix().toLower();
        if (mime.isDefault() && (suffix == u"sqlite" || suffix == u"db"))
            return m_mimeTypes.mimeTypeForName(QStringLiteral("application/vnd.sqlite3"));
        return mime;
    }

    QMimeDatabase m_mimeTypes;
};

QFileIconProvider *nameOnlyIconProvider()
{
    static NameOnlyIconProvider provider; // outlives every dialog
    return &provider;
}

QString run(QFileDialog &dialog)
{
    dialog.setIconProvider(nameOnlyIconProvider());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

} // namespace

namespace FileDialogs {

QString openFile(QWidget *parent, const QString &title, const QString &directory, const QString &filter)
{
    QFileDialog dialog(parent, title, directory, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                 QFileDialog::Options options)
{
    const QFileInfo info(suggested);
    QFileDialog dialog(parent, title, info.isDir() ? suggested : info.absolutePath(), filter);
    dialog.setOptions(options);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (!info.isDir() && !suggested.isEmpty())
        dialog.selectFile(info.fileName());
    return run(dialog);
}

} // namespace FileDialogs
