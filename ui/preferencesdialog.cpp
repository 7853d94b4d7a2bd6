#include "preferencesdialog.h"

#include "translations.h"

#include <QComboBox>
#include <QLabel>
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

    m_intervalCombo = new QComboBox(this);
    m_intervalCombo->setObjectName(u"changeIntervalCombo"_s);
    m_intervalCombo->setAccessibleName(tr("Show changes made elsewhere"));
    m_intervalCombo->addItem(tr("Every second"), 1000);
    m_intervalCombo->addItem(tr("Every 3 seconds"), 3000);
    m_intervalCombo->addItem(tr("Every 10 seconds"), 10000);
    m_intervalCombo->addItem(tr("Every 30 seconds"), 30000);
    m_intervalCombo->addItem(tr("Off"), 0);
    const int interval = m_intervalCombo->findData(changeCheckInterval());
    m_intervalCombo->setCurrentIndex(interval >= 0 ? interval : 1);
    auto *label = new QLabel(tr("Show &changes made elsewhere:"), this);
    label->setBuddy(m_intervalCombo);
    ui.form->addRow(label, m_intervalCombo);
}

int PreferencesDialog::changeCheckInterval()
{
    return std::max(0, QSettings().value(u"sync/intervalMs"_s, 3000).toInt());
}

void PreferencesDialog::accept()
{
    const QString language = ui.languageCombo->currentData().toString();
    QSettings().setValue(u"ui/language"_s, language);
    QSettings().setValue(u"sync/intervalMs"_s, m_intervalCombo->currentData().toInt());
    QDialog::accept();
    // At once: every window receives LanguageChange and translates itself (MainWindow::changeEvent and the panes').
    Translations::install(language);
}
