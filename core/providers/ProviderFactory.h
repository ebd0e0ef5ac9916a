#pragma once

#include "Account.h"

#include <QUrl>

#include <memory>

namespace megaphone {

class AccountSecrets;
class HttpClient;
class Provider;

// Builds the provider for an account. `client` must outlive the provider. For a sandbox
// account `sandboxBaseUrl` is where the in-process or standalone sandbox listens (found
// at run time, never stored); the Meta provider's own code then runs against it.
std::unique_ptr<Provider> createProvider(const Account &account, const AccountSecrets &secrets,
    HttpClient *client, const QUrl &sandboxBaseUrl = {});

} // namespace megaphone
