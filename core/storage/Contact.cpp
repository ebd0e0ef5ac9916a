#include "Contact.h"

using namespace Qt::StringLiterals;

namespace megaphone {

QString consentToDb(Consent consent)
{
    switch (consent) {
    case Consent::OptedIn:
        return u"opted_in"_s;
    case Consent::OptedOut:
        return u"opted_out"_s;
    case Consent::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString consentToCli(Consent consent)
{
    return consentToDb(consent).replace(u'_', u'-');
}

std::optional<Consent> consentFromString(const QString &text)
{
    const QString normal = text.trimmed().toLower().replace(u'-', u'_');
    if (normal == u"opted_in")
        return Consent::OptedIn;
    if (normal == u"opted_out")
        return Consent::OptedOut;
    if (normal == u"unknown")
        return Consent::Unknown;
    return std::nullopt;
}

} // namespace megaphone
