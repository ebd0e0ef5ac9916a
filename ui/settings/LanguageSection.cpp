#include "LanguageSection.h"

#include "MessageLabel.h"
#include "Preferences.h"

#include <QComboBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace megaphone {

QStringList LanguageSection::codes()
{
    return { QString(), u"en"_s, u"es"_s, u"pt_BR"_s, u"hi"_s };
}

LanguageSection::LanguageSection(Preferences *preferences, QWidget *parent)
    : QGroupBox(tr("Language"), parent)
    , m_preferences(preferences)
    , m_language(new QComboBox(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"languageSection"_s);
    m_language->setObjectName(u"language"_s);
    m_message->setObjectName(u"languageMessage"_s);
    // Each language in its own words, so it can be found whatever the current one.
    const QStringList names
        = { tr("System default"), u"English"_s, u"Español"_s, u"Português (Brasil)"_s, u"हिन्दी"_s };
    const QStringList languageCodes = codes();
    for (int i = 0; i < languageCodes.size(); ++i)
        m_language->addItem(names[i], languageCodes[i]);
    const QString current = m_preferences ? m_preferences->language() : QString();
    const int index = m_language->findData(current);
    m_language->setCurrentIndex(index < 0 ? 0 : index);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(m_message);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LanguageSection::choose);
}

void LanguageSection::choose(int index)
{
    if (!m_preferences)
        return;
    m_preferences->setLanguage(m_language->itemData(index).toString());
    m_preferences->sync();
    m_message->showMessage(tr("Saved. The new language applies when Megaphone starts again."));
}

} // namespace megaphone
