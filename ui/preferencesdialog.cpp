#include "preferencesdialog.h"

#include "translations.h"

#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    ui.setupUi(this);
    ui.languageCombo->addItem(tr("The system's language"), QString());
    for (const QString &code : {u"en"_s, u"de"_s, u"fr"_s}) {
        // Each language in its own name, so that a person who cannot read the current one still finds theirs.
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        ui.languageCombo->addItem(name, code);
    }
    const int current = ui.languageCombo->findData(QSettings().value(u"ui/language"_s).toString());
    ui.languageCombo->setCurrentIndex(std::max(current, 0));
}

void PreferencesDialog::accept()
{
    const QString language = ui.languageCombo->currentData().toString();
    QSettings().setValue(u"ui/language"_s, language);
    QDialog::accept();
    // At once: every window receives LanguageChange and translates itself (MainWindow::changeEvent and the panes').
    Translations::install(language);
}
