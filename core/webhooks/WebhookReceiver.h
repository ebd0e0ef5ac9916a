#pragma once

#include "Result.h"
#include "WebhookStore.h"

#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

namespace megaphone {

class CredentialStore;
class Database;
class HttpResponder;
class HttpServer;
struct CachedAccount;
struct HttpServerRequest;

// The webhook receiver (DESIGN.md section 5), on the HttpServer of core/http. Endpoints
// are per account, so the account's own secrets are known before the body is trusted:
//   GET  /webhooks/meta/<account>     Meta's verification handshake (the verify token)
//   POST /webhooks/meta/<account>     X-Hub-Signature-256 with the app secret
//   POST /webhooks/360dialog/<account>/<token>   unsigned: the path's token stands in
//   POST /webhooks/twilio/<account>?recipient=<id>   X-Twilio-Signature with the auth
//        token over the public URL (the account's callback base URL, path and query)
// A missing or wrong signature is refused with 401 and changes nothing; the body limit is
// enforced before buffering (413); malformed JSON is 400. Accepted events are stored
// first (de-duplicated; the requests that arrived together in one transaction), answered
// 200, and applied in batches shortly after.
//
// A worker object: create and use it on one thread (its own, off the GUI thread).
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int applyDelayMs = 100;     // events are applied this long after they arrive
        int applyBatch = 5000;      // events per transaction
        int storeBatch = 1000;      // events of several requests stored in one transaction
        qsizetype maxBodyBytes = 1024 * 1024;
        int secretsCacheMs = 60000; // secrets are read again after this
        // Non-empty: POST /webhooks/sandbox takes the in-process sandbox's statuses signed
        // with this secret (SandboxWebhookLink); empty, that route does not exist.
        QString sandboxSecret;
    };

    WebhookReceiver(std::shared_ptr<const Database> db, CredentialStore *credentials,
                    QObject *parent = nullptr);
    WebhookReceiver(std::shared_ptr<const Database> db, CredentialStore *credentials,
                    const Settings &settings, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Port 0 picks a free one.
    Result<void> listen(const QHostAddress &address, quint16 port = 0);
    quint16 port() const;
    void close();

    // One request; usable behind another server too.
    void handle(const HttpServerRequest &request, HttpResponder responder);
    // Applies every stored event now, waiting for a batch being applied on the receiver's
    // applying thread (which also applies by itself shortly after events arrive).
    Result<ApplyReport> applyNow();

Q_SIGNALS:
    void eventsStored(int count);
    void eventsApplied(const megaphone::ApplyReport &report);
    // A request refused for its signature, token or account; in words, for the log.
    void requestRefused(const QString &reason);

private:
    struct Private;
    struct Route;
    void withAccount(qint64 accountId, std::function<void(const CachedAccount *)> then);
    void verifyMeta(const Route &route, const HttpServerRequest &request, HttpResponder responder,
                    const CachedAccount *account);
    void receive(const Route &route, const HttpServerRequest &request, HttpResponder responder,
                 const CachedAccount *account);
    bool signatureOk(const Route &route, const HttpServerRequest &request,
                     const CachedAccount &account) const;
    void receiveSandbox(const HttpServerRequest &request, HttpResponder responder);
    void storeAndAnswer(const Result<WebhookEvents> &events, HttpResponder responder);
    void storeQueued();
    void refuse(HttpResponder responder, int status, const QString &reason);
    void scheduleApply();
    std::unique_ptr<Private> d;
};

} // namespace megaphone
