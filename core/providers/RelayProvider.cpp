#include "RelayProvider.h"

#include "AnswerClassifier.h"
#include "HttpClient.h"
#include "TemplateRenderer.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace megaphone {

RelayProvider::RelayProvider(
    const Account &account, const AccountSecrets &secrets, HttpClient *client, QObject *parent)
    : Provider(parent)
    , m_secret(secrets.value(u"relay_secret"_s))
    , m_client(client)
    , m_base(account.baseUrl)
{ }

QUrl RelayProvider::sendUrl() const
{
    QUrl url = m_base;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/v1/send-message"_s);
    return url;
}

QJsonObject RelayProvider::messageBody(const OutgoingMessage &message)
{
    const RenderedMessage &rendered = *message.rendered;
    QJsonObject body { { u"phone"_s, message.toE164 }, { u"message"_s, rendered.text } };
    if (!rendered.mediaUrl.isEmpty())
        body.insert(u"media_url"_s, rendered.mediaUrl);
    return body;
}

void RelayProvider::send(const OutgoingMessage &message, SendDone done)
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = sendUrl();
    request.headers.append({ "Content-Type"_ba, "application/json"_ba });
    request.headers.append({ "x-internal-secret"_ba, m_secret.toUtf8() });
    request.body = QJsonDocument(messageBody(message)).toJson(QJsonDocument::Compact);
    m_client->send(request, this, [done = std::move(done)](const HttpResponse &response) {
        done(AnswerClassifier::relay(response));
    });
}

void RelayProvider::testConnection(TestDone done)
{
    if (!m_base.isValid() || m_base.host().isEmpty()) {
        done(makeError(u"no-base-url"_s, tr("Enter the relay's address in Settings.")));
        return;
    }
    if (m_secret.isEmpty()) {
        done(makeError(u"no-secret"_s,
            tr("No relay secret is stored for this account. Enter it "
               "in Settings.")));
        return;
    }
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = sendUrl();
    request.headers.append({ "Content-Type"_ba, "application/json"_ba });
    request.headers.append({ "x-internal-secret"_ba, m_secret.toUtf8() });
    request.body = "{}"_ba;
    m_client->send(request, this, [done = std::move(done)](const HttpResponse &response) {
        if (response.transport != HttpTransport::Completed) {
            done(makeError(u"unreachable"_s,
                tr("The relay could not be reached: %1").arg(response.errorText)));
        } else if (response.status == 401) {
            done(makeError(u"secret"_s, tr("The relay refused the secret (HTTP 401).")));
        } else if (response.status == 400 || response.isSuccess()) {
            ConnectionInfo info;
            info.summary = tr("The relay answered and accepted the secret.");
            done(info);
        } else {
            done(makeError(
                u"provider"_s, tr("The relay answered with HTTP %1.").arg(response.status)));
        }
    });
}

void RelayProvider::listTemplates(ListDone done, ListProgress)
{
    done(QList<RemoteTemplate> {});
}

} // namespace megaphone
