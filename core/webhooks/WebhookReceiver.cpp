#include "WebhookReceiver.h"

#include "AccountSecrets.h"
#include "AccountStore.h"
#include "Clock.h"
#include "HttpServer.h"
#include "Logging.h"
#include "WebhookParser.h"
#include "WebhookApplier.h"
#include "WebhookSignature.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace megaphone {

struct CachedAccount
{
    Account account;
    AccountSecrets secrets;
    QElapsedTimer age;
};

struct WebhookReceiver::Route
{
    QString provider; // meta, 360dialog, twilio
    qint64 accountId = 0;
    QString token;    // 360dialog
};

struct WebhookReceiver::Private
{
    std::shared_ptr<const Database> db;
    CredentialStore *credentials = nullptr;
    Settings settings;
    std::unique_ptr<HttpServer> server;
    QHash<qint64, std::shared_ptr<CachedAccount>> accounts;
    QHash<qint64, QList<std::function<void(const CachedAccount *)>>> waiting;
    QThread applyThread;
    WebhookApplier *applier = nullptr; // lives on applyThread
    // Events of requests not answered yet: stored together, in one transaction, once
    // the requests already queued on this thread have been read.
    QList<StoredEvent> unstored;
    QList<HttpResponder> unanswered;
    bool storePosted = false;
};

namespace {

// "/webhooks/<provider>/<account>[/<token>]"
std::optional<QStringList> routeParts(const QByteArray &path)
{
    const QStringList parts = QString::fromUtf8(path).split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.size() > 4 || parts[0] != u"webhooks")
        return std::nullopt;
    return parts;
}

HttpServerResponse text(int status, const QString &body)
{
    return {status, {{"Content-Type", "text/plain; charset=utf-8"}}, body.toUtf8()};
}

} // namespace

WebhookReceiver::WebhookReceiver(std::shared_ptr<const Database> db, CredentialStore *credentials,
                                 QObject *parent)
    : WebhookReceiver(std::move(db), credentials, Settings{}, parent)
{
}

WebhookReceiver::WebhookReceiver(std::shared_ptr<const Database> db, CredentialStore *credentials,
                                 const Settings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->db = std::move(db);
    d->credentials = credentials;
    d->settings = settings;
    d->applyThread.setObjectName(u"webhooks-apply"_s);
    d->applier = new WebhookApplier(d->db, settings.applyDelayMs, settings.applyBatch);
    d->applier->moveToThread(&d->applyThread);
    connect(&d->applyThread, &QThread::finished, d->applier, &QObject::deleteLater);
    connect(d->applier, &WebhookApplier::applied, this, &WebhookReceiver::eventsApplied);
    d->applyThread.start();
}

WebhookReceiver::~WebhookReceiver()
{
    d->applyThread.quit();
    d->applyThread.wait();
}

Result<void> WebhookReceiver::listen(const QHostAddress &address, quint16 port)
{
    HttpServer::Limits limits;
    limits.maxBodyBytes = d->settings.maxBodyBytes;
    d->server = std::make_unique<HttpServer>(
        [this](const HttpServerRequest &request, HttpResponder responder) {
            handle(request, std::move(responder));
        },
        limits);
    d->server->moveToThread(thread());
    if (auto listening = d->server->listen(address, port); !listening)
        return listening;
    scheduleApply(); // events stored before a restart
    return {};
}

quint16 WebhookReceiver::port() const
{
    return d->server ? d->server->port() : 0;
}

void WebhookReceiver::close()
{
    if (d->server)
        d->server->close();
}

void WebhookReceiver::refuse(HttpResponder responder, int status, const QString &reason)
{
    qCWarning(lcWebhooks).noquote() << reason;
    Q_EMIT requestRefused(reason);
    responder.respond(text(status, reason));
}

void WebhookReceiver::handle(const HttpServerRequest &request, HttpResponder responder)
{
    if (request.path == "/webhooks/sandbox" && !d->settings.sandboxSecret.isEmpty())
        return receiveSandbox(request, responder);
    const auto parts = routeParts(request.path);
    bool idOk = false;
    const qint64 accountId = parts ? parts->at(2).toLongLong(&idOk) : 0;
    if (!parts || !idOk || accountId <= 0)
        return responder.respond(text(404, tr("No such webhook endpoint.")));
    Route route{parts->at(1), accountId, parts->value(3)};
    const bool get = request.method == "GET";
    if (!get && request.method != "POST")
        return responder.respond(text(405, tr("Webhooks are POSTed.")));
    withAccount(accountId, [this, route, request, responder](const CachedAccount *account) {
        const bool provider = account
                              && ((route.provider == u"meta"
                                   && (account->account.provider == ProviderKind::Meta
                                       || account->account.provider == ProviderKind::Sandbox))
                                  || (route.provider == u"360dialog"
                                      && account->account.provider == ProviderKind::Dialog360)
                                  || (route.provider == u"twilio"
                                      && account->account.provider == ProviderKind::Twilio));
        if (!provider)
            return refuse(responder, 404,
                          tr("A webhook arrived for account %1, which is not a %2 account here.")
                              .arg(route.accountId)
                              .arg(route.provider));
        if (request.method == "GET")
            return verifyMeta(route, request, responder, account);
        receive(route, request, responder, account);
    });
}

// Meta's handshake: the verify token the user entered in the Meta app, echoed challenge.
void WebhookReceiver::verifyMeta(const Route &route, const HttpServerRequest &request,
                                 HttpResponder responder, const CachedAccount *account)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    const QString token = query.queryItemValue(u"hub.verify_token"_s, QUrl::FullyDecoded);
    const QString expected = account->secrets.value(u"verify_token"_s);
    if (route.provider != u"meta" || query.queryItemValue(u"hub.mode"_s) != u"subscribe"
        || expected.isEmpty()
        || !WebhookSignature::constantTimeEquals(token.toUtf8(), expected.toUtf8()))
        return refuse(responder, 403,
                      tr("Meta's webhook verification for account %1 was refused: the verify "
                         "token does not match the one saved for the account.")
                          .arg(route.accountId));
    responder.respond(text(200, query.queryItemValue(u"hub.challenge"_s, QUrl::FullyDecoded)));
}

bool WebhookReceiver::signatureOk(const Route &route, const HttpServerRequest &request,
                                  const CachedAccount &account) const
{
    if (route.provider == u"meta")
        return WebhookSignature::verifyMeta(request.body, request.header("X-Hub-Signature-256"),
                                            account.secrets.value(u"app_secret"_s));
    if (route.provider == u"360dialog") {
        const QString expected = account.secrets.value(u"webhook_token"_s);
        return !expected.isEmpty()
               && WebhookSignature::constantTimeEquals(route.token.toUtf8(), expected.toUtf8());
    }
    QString base = account.account.settings.value(u"callback_base_url").toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString url = base + QString::fromUtf8(request.path)
                        + (request.query.isEmpty() ? QString() : u'?' + QString::fromUtf8(request.query));
    return !base.isEmpty()
           && WebhookSignature::verifyTwilio(url, WebhookSignature::formParams(request.body),
                                             request.header("X-Twilio-Signature"),
                                             account.secrets.value(u"auth_token"_s));
}

void WebhookReceiver::receive(const Route &route, const HttpServerRequest &request,
                              HttpResponder responder, const CachedAccount *account)
{
    if (!signatureOk(route, request, *account)) {
        d->accounts.remove(route.accountId); // the secret may have changed: read it again
        return refuse(responder, 401,
                      tr("A webhook for account %1 was refused: its signature is missing or does "
                         "not match the account's secret. Nothing was changed.")
                          .arg(route.accountId));
    }
    if (route.provider == u"twilio") {
        const QUrlQuery query(QString::fromUtf8(request.query));
        return storeAndAnswer(
            WebhookParser::twilio(request.body, query.queryItemValue(u"recipient"_s).toLongLong()),
            responder);
    }
    storeAndAnswer(WebhookParser::meta(request.body, route.provider), responder);
}

void WebhookReceiver::receiveSandbox(const HttpServerRequest &request, HttpResponder responder)
{
    if (request.method != "POST")
        return responder.respond(text(405, tr("Webhooks are POSTed.")));
    if (!WebhookSignature::verifyMeta(request.body, request.header("X-Hub-Signature-256"),
                                      d->settings.sandboxSecret))
        return refuse(responder, 401,
                      tr("A sandbox webhook was refused: its signature does not match this "
                         "process's sandbox. Nothing was changed."));
    storeAndAnswer(WebhookParser::meta(request.body, u"meta"_s), responder);
}

void WebhookReceiver::storeAndAnswer(const Result<WebhookEvents> &events, HttpResponder responder)
{
    if (!events)
        return refuse(responder, 400, events.error().message);
    if (events->isEmpty())
        return responder.respond(text(200, u"ok"_s));
    d->unstored << StoredEvent::from(events.value());
    d->unanswered << responder;
    if (d->unstored.size() >= d->settings.storeBatch)
        return storeQueued();
    if (!d->storePosted) {
        d->storePosted = true;
        QMetaObject::invokeMethod(this, &WebhookReceiver::storeQueued, Qt::QueuedConnection);
    }
}

// A webhook is answered 200 only once its events are committed.
void WebhookReceiver::storeQueued()
{
    d->storePosted = false;
    if (d->unanswered.isEmpty())
        return;
    const QList<StoredEvent> events = std::exchange(d->unstored, {});
    const QList<HttpResponder> responders = std::exchange(d->unanswered, {});
    auto stored = WebhookStore(d->db).store(events, Clock::nowMs());
    if (!stored) // not 200: the provider sends them again later, so nothing is lost
        qCWarning(lcWebhooks) << "webhooks not stored:" << stored.error().message;
    for (HttpResponder responder : responders)
        responder.respond(stored ? text(200, u"ok"_s)
                                 : text(503, tr("Not stored yet; send it again.")));
    if (stored && stored.value() > 0) {
        Q_EMIT eventsStored(stored.value());
        scheduleApply();
    }
}

void WebhookReceiver::scheduleApply()
{
    d->applier->schedule();
}

Result<ApplyReport> WebhookReceiver::applyNow()
{
    auto report = WebhookApplier::applyAll(d->db, d->settings.applyBatch, WebhookStore::Locked::Wait);
    if (!report) {
        qCWarning(lcWebhooks) << "webhook events not applied yet:" << report.error().message;
        scheduleApply();
        return report.error();
    }
    if (report->waiting > 0)
        scheduleApply(); // their send results may be written by then
    if (report->applied > 0)
        Q_EMIT eventsApplied(report.value());
    return report;
}

void WebhookReceiver::withAccount(qint64 accountId,
                                  std::function<void(const CachedAccount *)> then)
{
    if (auto cached = d->accounts.value(accountId);
        cached && cached->age.elapsed() < d->settings.secretsCacheMs)
        return then(cached.get());
    auto &queue = d->waiting[accountId];
    queue << std::move(then);
    if (queue.size() > 1)
        return; // already being read
    auto account = AccountStore(d->db).find(accountId);
    if (!account || !account.value()) {
        const auto callbacks = d->waiting.take(accountId);
        for (const auto &callback : callbacks)
            callback(nullptr);
        return;
    }
    const Account found = *account.value();
    AccountSecrets::loadAsync(found, d->credentials, this,
                              [this, found](const Result<AccountSecrets> &secrets) {
                                  auto cached = std::make_shared<CachedAccount>();
                                  cached->account = found;
                                  if (secrets)
                                      cached->secrets = secrets.value();
                                  else // its webhooks fail their check until it is fixed
                                      qCWarning(lcWebhooks).noquote()
                                          << "secrets of account" << found.id
                                          << "not read:" << secrets.error().message;
                                  cached->age.start();
                                  d->accounts.insert(found.id, cached);
                                  const auto callbacks = d->waiting.take(found.id);
                                  for (const auto &callback : callbacks)
                                      callback(cached.get());
                              });
}

} // namespace megaphone
