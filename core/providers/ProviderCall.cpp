#include "ProviderCall.h"

#include "AccountSecrets.h"
#include "HttpClient.h"
#include "ProviderFactory.h"
#include "SandboxHost.h"
#include "TemplateRenderer.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// Owns the HttpClient and the provider for the length of one call.
class CallHolder : public QObject
{
public:
    HttpClient *client = new HttpClient(this);
    std::unique_ptr<Provider> provider;
};

using Start = std::function<void(Provider &provider, CallHolder *holder)>;
using Fail = std::function<void(const Error &error)>;

void withProvider(
    const Account &account, CredentialStore *credentials, QObject *context, Fail fail, Start start)
{
    QPointer<QObject> guard = context;
    AccountSecrets::loadAsync(account, credentials, context,
        [account, guard, fail, start](const Result<AccountSecrets> &secrets) {
            if (!guard)
                return;
            if (!secrets) {
                fail(secrets.error());
                return;
            }
            QUrl sandbox;
            if (account.provider == ProviderKind::Sandbox) {
                auto url = SandboxHost::baseUrl();
                if (!url) {
                    fail(url.error());
                    return;
                }
                sandbox = url.value();
            }
            auto *holder = new CallHolder;
            QObject::connect(guard, &QObject::destroyed, holder, &QObject::deleteLater);
            holder->provider = createProvider(account, secrets.value(), holder->client, sandbox);
            start(*holder->provider, holder);
        });
}

} // namespace

void ProviderCall::send(const Account &account, CredentialStore *credentials, QObject *context,
    const RenderedMessage &rendered, const QString &toE164, const QString &templateRemoteId,
    Provider::SendDone done)
{
    const auto fail = [done](const Error &error) {
        SendOutcome outcome;
        outcome.answerClass = AnswerClass::NotAccepted;
        outcome.code = error.code;
        outcome.explanation = error.message;
        done(outcome);
    };
    withProvider(account, credentials, context, fail,
        [done, rendered, toE164, templateRemoteId](Provider &provider, CallHolder *holder) {
            OutgoingMessage message;
            message.toE164 = toE164;
            message.rendered = &rendered;
            message.templateRemoteId = templateRemoteId;
            provider.send(message, [done, holder](const SendOutcome &outcome) {
                holder->deleteLater();
                done(outcome);
            });
        });
}

void ProviderCall::testConnection(
    const Account &account, CredentialStore *credentials, QObject *context, Provider::TestDone done)
{
    withProvider(
        account, credentials, context, done, [done](Provider &provider, CallHolder *holder) {
            provider.testConnection([done, holder](const Result<ConnectionInfo> &result) {
                holder->deleteLater();
                done(result);
            });
        });
}

void ProviderCall::listTemplates(const Account &account, CredentialStore *credentials,
    QObject *context, Provider::ListDone done, Provider::ListProgress progress)
{
    withProvider(account, credentials, context, done,
        [done, progress](Provider &provider, CallHolder *holder) {
            provider.listTemplates(
                [done, holder](const Result<QList<RemoteTemplate>> &result) {
                    holder->deleteLater();
                    done(result);
                },
                progress);
        });
}

} // namespace megaphone
