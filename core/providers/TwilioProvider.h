#pragma once

#include "Account.h"
#include "AccountSecrets.h"
#include "Provider.h"

#include <QUrl>

namespace megaphone {

class HttpClient;
struct HttpRequest;
struct HttpResponse;

// Twilio's Messages API for WhatsApp (WHATSAPP_API.md section 8): a template is sent by
// its Content SID with ContentVariables; Basic auth with the account SID and auth
// token; a StatusCallback URL that carries the recipient id. Templates come from the
// Content API (ContentAndApprovals), converted to Meta's template JSON.
// Account settings: account_sid, from (E.164) or messaging_service_sid,
// callback_base_url; base_url and content_base_url only to point at a test server.
class TwilioProvider : public Provider
{
    Q_OBJECT

public:
    TwilioProvider(const Account &account, const AccountSecrets &secrets, HttpClient *client,
        QObject *parent = nullptr);

    void send(const OutgoingMessage &message, SendDone done) override;
    void testConnection(TestDone done) override;
    void listTemplates(ListDone done, ListProgress progress = {}) override;

    using FetchDone = std::function<void(const Result<QByteArray> &)>;
    // One message as Twilio has it now (GET .../Messages/<Sid>.json), its JSON body: how
    // an account without a public webhook address learns delivery and read statuses.
    void fetchMessage(const QString &messageSid, FetchDone done);

    // The form fields of one message (To, From or MessagingServiceSid, ContentSid,
    // ContentVariables or Body, StatusCallback), as a URL-encoded body.
    QByteArray messageForm(const OutgoingMessage &message) const;
    // One ContentAndApprovals entry as a template in Meta's shape.
    static RemoteTemplate templateFrom(const QJsonObject &content);

private:
    void addAuth(HttpRequest &request) const;
    void fetchTemplatePage(const QUrl &url, QList<RemoteTemplate> templates, int pages,
        ListDone done, ListProgress progress);
    static Error errorFrom(const HttpResponse &response);

    Account m_account;
    QString m_accountSid;
    QString m_authToken;
    HttpClient *m_client;
    QUrl m_apiBase;
    QUrl m_contentBase;
};

} // namespace megaphone
