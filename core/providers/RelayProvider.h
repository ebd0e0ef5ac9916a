#pragma once

#include "Account.h"
#include "AccountSecrets.h"
#include "Provider.h"

#include <QUrl>

namespace megaphone {

class HttpClient;

// A team's own middleware in front of WhatsApp (DESIGN.md section 4):
// POST {base}/v1/send-message {phone, message, media_url} with x-internal-secret,
// answered 200 {status: "success", messageId}, 400 (invalid) or 401 (wrong secret).
// Its templates are free text written in the app, so it lists none.
class RelayProvider : public Provider
{
    Q_OBJECT

public:
    RelayProvider(const Account &account, const AccountSecrets &secrets, HttpClient *client,
        QObject *parent = nullptr);

    void send(const OutgoingMessage &message, SendDone done) override;
    // Posts an empty message: a relay answers 400 when the secret is right and 401 when
    // it is wrong, and nothing can be sent.
    void testConnection(TestDone done) override;
    void listTemplates(ListDone done, ListProgress progress = {}) override;
    bool listsTemplates() const override { return false; }

    static QJsonObject messageBody(const OutgoingMessage &message);

private:
    QUrl sendUrl() const;

    QString m_secret;
    HttpClient *m_client;
    QUrl m_base;
};

} // namespace megaphone
