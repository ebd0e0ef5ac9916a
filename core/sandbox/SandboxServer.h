#pragma once

#include "Result.h"
#include "SandboxOptions.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace megaphone {

class HttpResponder;
struct HttpServerRequest;

// A WhatsApp Cloud API simulator on loopback (DESIGN.md section 4), over HTTP/1.1 and
// h2c on one port: sends template and text messages with the real response and error
// shapes, latency with jitter, a throughput limit (130429), a messaging tier, injected
// failures, signed status webhooks carrying biz_opaque_callback_data, a template
// catalogue with paging, and a phone number's details. It logs every accepted message
// so a test can count duplicates.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    struct AcceptedMessage
    {
        QString wamid;
        QString to;
        QString templateName;
        QString language;
        QString callbackData;
        qint64 acceptedAtMs = 0;
    };

    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    Result<void> listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    // http://127.0.0.1:<port>: the base URL of a Meta account pointed at the sandbox.
    QUrl baseUrl() const;
    const SandboxOptions &options() const;

    // The template catalogue (SandboxCatalogue by default); tests change it to see a
    // sync add, update and delete.
    QJsonArray templates() const;
    void setTemplates(const QJsonArray &templates);

    QList<AcceptedMessage> accepted() const;
    int acceptedCount() const;
    // Accepted messages whose biz_opaque_callback_data (or, without one, recipient and
    // template) had been accepted before: a dispatcher must keep this at 0.
    int duplicateCount() const;
    int requestCount() const;
    int webhooksPosted() const;
    // Where status webhooks go from now on, signed with `appSecret`; an empty URL: nowhere.
    // On the server's thread.
    void setWebhooks(const QUrl &url, const QString &appSecret);

Q_SIGNALS:
    void messageAccepted(const QString &wamid, const QString &to);

private:
    struct Private;
    void handle(const HttpServerRequest &request, HttpResponder responder);
    void handleSend(const HttpServerRequest &request, HttpResponder responder);
    void handlePhoneNumber(const HttpServerRequest &request, HttpResponder responder);
    void handleTemplates(const HttpServerRequest &request, HttpResponder responder);
    void answerLater(HttpResponder responder, int status, const QJsonObject &body);
    std::unique_ptr<Private> d;
};

} // namespace megaphone
