#pragma once

#include "Account.h"
#include "AccountSecrets.h"
#include "Provider.h"

#include <QCoreApplication>
#include <QUrl>

namespace megaphone {

class HttpClient;
struct HttpRequest;
struct HttpResponse;

// The WhatsApp Cloud API (WHATSAPP_API.md sections 1, 5 and 7), and 360dialog, which
// takes the same message bodies at its own base URL with a D360-API-KEY header. A
// sandbox account is a Meta account whose base URL is the sandbox's.
class MetaProvider : public Provider
{
    Q_OBJECT

public:
    enum class Dialect { Meta, Dialog360 };

    MetaProvider(const Account &account, const AccountSecrets &secrets, HttpClient *client,
        Dialect dialect, const QUrl &baseUrl, QObject *parent = nullptr);

    void send(const OutgoingMessage &message, SendDone done) override;
    void testConnection(TestDone done) override;
    void listTemplates(ListDone done, ListProgress progress = {}) override;

    // The request body of one message, per the Cloud API's OpenAPI description.
    static QJsonObject messageBody(const OutgoingMessage &message);
    static QString defaultApiVersion();

private:
    QUrl endpoint(const QString &path) const;
    void addAuth(HttpRequest &request) const;
    void fetchTemplatePage(const QUrl &url, QList<RemoteTemplate> templates, int pages,
        ListDone done, ListProgress progress);
    void testTemplateAccess(ConnectionInfo info, TestDone done);
    bool sameService(const QUrl &url) const;
    static Error errorFrom(const HttpResponse &response);

    Account m_account;
    QString m_token;
    HttpClient *m_client;
    Dialect m_dialect;
    QUrl m_base;
};

} // namespace megaphone
