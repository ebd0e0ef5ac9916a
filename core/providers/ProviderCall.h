#pragma once

#include "Account.h"
#include "Provider.h"

#include <QObject>

namespace megaphone {

class CredentialStore;

// One provider call for an account, from any thread with an event loop (the GUI's
// included): reads the account's secrets without blocking, finds the sandbox for a
// sandbox account, builds the provider with its own HttpClient, calls it, and cleans
// up. The callback runs on the caller's thread, and not at all once `context` is gone.
class ProviderCall
{
public:
    static void testConnection(const Account &account, CredentialStore *credentials,
        QObject *context, Provider::TestDone done);
    static void listTemplates(const Account &account, CredentialStore *credentials,
        QObject *context, Provider::ListDone done, Provider::ListProgress progress = {});
    // One message (a test send): `rendered` is copied and kept for the call.
    static void send(const Account &account, CredentialStore *credentials, QObject *context,
        const RenderedMessage &rendered, const QString &toE164, const QString &templateRemoteId,
        Provider::SendDone done);
};

} // namespace megaphone
