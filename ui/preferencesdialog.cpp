#include "preferencesdialog.h"

#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// Said in the language the window speaks now and, when another is chosen, in that one too: the person who picks
// their language may not read the current one.
const char *const restartNote = QT_TRANSLATE_NOOP("PreferencesDialog",
                                                  "Tutorial Desk speaks %1 after a restart: close it and start it "
                                                  "again.");

QString languageName(const QLocale &locale)
{
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    ui.setupUi(this);
    ui.languageCombo->addItem(tr("The system's language"), QString());
    for (const QString &code : {u"en"_s, u"de"_s, u"fr"_s}) {
        // Each language in its own name, so that a person who cannot read the current one still finds theirs.
        ui.languageCombo->addItem(languageName(QLocale(code)), code);
    }
    const int current = ui.languageCombo->findData(QSettings().value(u"ui/language"_s).toString());
    ui.languageCombo->setCurrentIndex(std::max(current, 0));
    connect(ui.languageCombo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    updateNote();
}

void PreferencesDialog::updateNote()
{
    // The window's texts are set once, at start: a new language takes a restart, and the dialog says so.
    const QString code = ui.languageCombo->currentData().toString();
    const QLocale chosen = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (chosen.language() == QLocale().language()) {
        ui.languageNote->clear();
        ui.languageNote->hide();
        return;
    }
    const QString name = languageName(chosen);
    QString note = tr(restartNote).arg(name);
    QTranslator translator;
    QString inChosen;
    if (chosen.language() == QLocale::English)
        inChosen = QString::fromUtf8(restartNote);
    else if (translator.load(chosen, u"tutorialdesk"_s, u"_"_s, u":/i18n"_s))
        inChosen = translator.translate("PreferencesDialog", restartNote);
    if (!inChosen.isEmpty() && inChosen.arg(name) != note)
        note += u"\n"_s + inChosen.arg(name);
    ui.languageNote->setText(note);
    ui.languageNote->show();
}

void PreferencesDialog::accept()
{
    QSettings().setValue(u"ui/language"_s, ui.languageCombo->currentData().toString());
    QDialog::accept();
}
