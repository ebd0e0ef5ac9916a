#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace megaphone::Translations {

namespace {

const QString kTranslatorName = u"megaphone-translator"_s;

// Loads `name`_<the locale's best match> from :/i18n into a translator owned by `app`;
// returns it, or nullptr when there is none for the locale.
QTranslator *load(QCoreApplication *app, const QLocale &locale, const QString &name)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(kTranslatorName);
    if (translator->load(locale, name, u"_"_s, u":/i18n"_s) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

// The locale of `language`; the system's own where it speaks that language, so Spanish
// chosen in Mexico keeps Mexico's formats.
QLocale localeFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty())
        return system;
    const QLocale chosen(language);
    const bool bareLanguage = !language.contains(u'_') && !language.contains(u'-');
    return bareLanguage && chosen.language() == system.language() ? system : chosen;
}

} // namespace

QString install(QCoreApplication *app, const QString &language)
{
    // Those of an earlier call go: a test, or a language chosen again, starts clean.
    const auto earlier = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    const QLocale locale = localeFor(language);
    QLocale::setDefault(locale);
    // Installed first, so it is asked last: only the English plural forms.
    load(app, QLocale(QLocale::English), u"megaphone"_s);
    if (locale.language() == QLocale::English)
        return u"en"_s;
    QTranslator *own = load(app, locale, u"megaphone"_s);
    if (!own)
        return u"en"_s;
    load(app, locale, u"qtbase"_s);
    return own->language();
}

} // namespace megaphone::Translations
