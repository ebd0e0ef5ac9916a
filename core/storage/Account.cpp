#include "Account.h"

using namespace Qt::StringLiterals;

namespace megaphone {

QString providerToString(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Meta:
        return u"meta"_s;
    case ProviderKind::Dialog360:
        return u"360dialog"_s;
    case ProviderKind::Twilio:
        return u"twilio"_s;
    case ProviderKind::Relay:
        return u"relay"_s;
    case ProviderKind::Sandbox:
        return u"sandbox"_s;
    }
    return {};
}

std::optional<ProviderKind> providerFromString(const QString &text)
{
    for (ProviderKind kind : {ProviderKind::Meta, ProviderKind::Dialog360, ProviderKind::Twilio,
                              ProviderKind::Relay, ProviderKind::Sandbox}) {
        if (providerToString(kind) == text.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

} // namespace megaphone
