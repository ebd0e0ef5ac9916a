#include "ProviderFactory.h"

#include "AccountSecrets.h"
#include "MetaProvider.h"
#include "RelayProvider.h"
#include "TwilioProvider.h"

using namespace Qt::StringLiterals;

namespace megaphone {

std::unique_ptr<Provider> createProvider(const Account &account, const AccountSecrets &secrets,
    HttpClient *client, const QUrl &sandboxBaseUrl)
{
    Account a = account;
    if (a.apiVersion.isEmpty())
        a.apiVersion = MetaProvider::defaultApiVersion();
    switch (account.provider) {
    case ProviderKind::Meta:
        return std::make_unique<MetaProvider>(a, secrets, client, MetaProvider::Dialect::Meta,
            QUrl(a.baseUrl.isEmpty() ? u"https://graph.facebook.com"_s : a.baseUrl));
    case ProviderKind::Sandbox: {
        // A sandbox needs no real token, but the Cloud API's bearer header is not optional.
        AccountSecrets withToken = secrets;
        if (!withToken.has(u"access_token"_s))
            withToken.set(u"access_token"_s, u"sandbox"_s);
        return std::make_unique<MetaProvider>(
            a, withToken, client, MetaProvider::Dialect::Meta, sandboxBaseUrl);
    }
    case ProviderKind::Dialog360:
        return std::make_unique<MetaProvider>(a, secrets, client, MetaProvider::Dialect::Dialog360,
            QUrl(a.baseUrl.isEmpty() ? u"https://waba-v2.360dialog.io"_s : a.baseUrl));
    case ProviderKind::Twilio:
        return std::make_unique<TwilioProvider>(a, secrets, client);
    case ProviderKind::Relay:
        return std::make_unique<RelayProvider>(a, secrets, client);
    }
    return nullptr;
}

} // namespace megaphone
