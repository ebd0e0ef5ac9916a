#include "HttpClient.h"

#include "Logging.h"
#include "OneShotBody.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// QNAM opens at most this many HTTP/1.1 connections per host and manager.
constexpr int kConnectionsPerManager = 6;

// The errors QNetworkReply reports for an HTTP error status: the answer is complete.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

// Failures that happen before a byte of the request can have reached the server.
// TemporaryNetworkFailureError is not among them: it can cut a request half-way.
bool isCertainlyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

QString hostKey(const QUrl &url)
{
    return url.scheme() + u"://"_s + url.host() + u':' + QString::number(url.port(0));
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpClient::Private
{
    struct Pending
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Done done;
        QTimer *timer = nullptr;
        QString host;
        int manager = 0;
        bool timedOut = false;
        bool cancelled = false;
    };

    HttpClient *q = nullptr;
    Options options;
    QList<QNetworkAccessManager *> managers; // [0] also carries every HTTP/2 host
    QHash<QString, QList<int>> hostLoad; // requests in flight per host and manager
    QHash<QString, bool> http2Hosts; // true: seen speaking HTTP/2
    QHash<QNetworkReply *, Pending> pending;

    int maxManagers() const
    {
        return std::max(
            1, (options.http1Connections + kConnectionsPerManager - 1) / kConnectionsPerManager);
    }
    QNetworkAccessManager *createManager();
    int pickManager(const QString &host, bool http2);
    bool isHttp2(const QString &host, const QUrl &url) const;
    QNetworkRequest makeRequest(const HttpRequest &request) const;
    QNetworkReply *start(QNetworkAccessManager *manager, const HttpRequest &request);
    void finish(QNetworkReply *reply);
    HttpResponse responseOf(QNetworkReply *reply, const Pending &entry);
};

QNetworkAccessManager *HttpClient::Private::createManager()
{
    auto *manager = new QNetworkAccessManager(q);
    // A provider never redirects a send; a redirect is an answer to look at, not to follow
    // with a body that cannot be read twice.
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    managers.append(manager);
    qCDebug(lcHttp) << "HTTP client: manager" << managers.size() << "created";
    return manager;
}

// HTTP/2 hosts (and h2c with prior knowledge) share one connection on manager 0. Other
// hosts go to the least-loaded manager; a new one is made when all of them already have
// six requests to this host in flight, up to Options::http1Connections / 6.
int HttpClient::Private::pickManager(const QString &host, bool http2)
{
    if (managers.isEmpty())
        createManager();
    if (http2)
        return 0;
    QList<int> &load = hostLoad[host];
    while (load.size() < managers.size())
        load.append(0);
    const auto least = std::min_element(load.cbegin(), load.cend());
    int index = int(least - load.cbegin());
    if (*least >= kConnectionsPerManager && managers.size() < maxManagers()) {
        createManager();
        load.append(0);
        index = int(managers.size() - 1);
    }
    return index;
}

QNetworkRequest HttpClient::Private::makeRequest(const HttpRequest &request) const
{
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            networkRequest.setRawHeader(name, value);
    }
    if (options.h2cPriorKnowledge && request.url.scheme() == u"http"_s)
        networkRequest.setAttribute(QNetworkRequest::Http2DirectAttribute, true);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return networkRequest;
}

QNetworkReply *HttpClient::Private::start(
    QNetworkAccessManager *manager, const HttpRequest &request)
{
    QNetworkRequest networkRequest = makeRequest(request);
    const QByteArray method = request.method.toUpper();
    const bool bodyless = request.body.isEmpty()
        && (method == "GET" || method == "HEAD" || method == "DELETE" || method == "OPTIONS");
    if (bodyless)
        return manager->sendCustomRequest(networkRequest, method);

    networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(request.body);
    QNetworkReply *reply = manager->sendCustomRequest(networkRequest, method, body);
    body->setParent(reply); // lives until the reply is deleted, after finished()
    return reply;
}

HttpResponse HttpClient::Private::responseOf(QNetworkReply *reply, const Pending &entry)
{
    HttpResponse response;
    response.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const QNetworkReply::NetworkError error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (entry.cancelled) {
        response.transport = HttpTransport::Cancelled;
    } else if (entry.timedOut) {
        response.transport = HttpTransport::TimedOut;
        response.errorText = HttpClient::tr("No complete answer within the time limit.");
    } else if (error == QNetworkReply::NoError || (status.isValid() && isHttpStatusError(error))) {
        response.transport = HttpTransport::Completed;
    } else if (isCertainlyNotSent(error)) {
        response.transport = HttpTransport::NotSent;
    } else if (error == QNetworkReply::TimeoutError) {
        response.transport = HttpTransport::TimedOut;
    } else {
        response.transport = HttpTransport::Broken;
        if (error == QNetworkReply::ContentReSendError) // Qt's own text is "Unknown error"
            response.errorText = HttpClient::tr("The connection closed after the request was "
                                                "sent; it was not sent again.");
    }
    if (response.transport == HttpTransport::Completed) {
        response.status = status.toInt();
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
    } else if (response.errorText.isEmpty()) {
        response.errorText = reply->errorString();
    }
    return response;
}

void HttpClient::Private::finish(QNetworkReply *reply)
{
    const auto it = pending.find(reply);
    if (it == pending.end())
        return;
    Pending entry = std::move(it.value());
    pending.erase(it);
    if (entry.timer)
        entry.timer->stop();
    if (QList<int> &load = hostLoad[entry.host]; entry.manager >= 0 && entry.manager < load.size())
        --load[entry.manager];

    const HttpResponse response = responseOf(reply, entry);
    if (response.http2 && !http2Hosts.value(entry.host)) {
        qCDebug(lcHttp) << "HTTP client:" << entry.host << "speaks HTTP/2";
        http2Hosts.insert(entry.host, true);
    }
    if (response.transport != HttpTransport::Completed
        && response.transport != HttpTransport::Cancelled) {
        qCInfo(lcHttp).noquote() << "HTTP client:"
                                 << reply->request().url().toDisplayString(
                                        QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                 << "failed:" << reply->error() << response.errorText;
    }
    reply->deleteLater();
    if (entry.hasContext && !entry.context)
        return;
    if (entry.done)
        entry.done(response);
}

HttpClient::HttpClient(QObject *parent) : HttpClient(Options {}, parent)
{ }

HttpClient::HttpClient(const Options &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->options = options;
}

HttpClient::~HttpClient()
{
    // No callback may run from here on: detach the replies first, then abort them.
    const QList<QNetworkReply *> replies = d->pending.keys();
    d->pending.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
    qDeleteAll(d->managers);
    d->managers.clear();
}

void HttpClient::send(const HttpRequest &request, QObject *context, Done done)
{
    const QString host = hostKey(request.url);
    const bool http2 = d->isHttp2(host, request.url);
    const int index = d->pickManager(host, http2);
    QNetworkReply *reply = d->start(d->managers.at(index), request);

    Private::Pending entry;
    entry.context = context;
    entry.hasContext = context != nullptr;
    entry.done = std::move(done);
    entry.host = host;
    entry.manager = index;
    if (!http2) {
        QList<int> &load = d->hostLoad[host];
        while (load.size() <= index)
            load.append(0);
        ++load[index];
    } else {
        entry.manager = -1;
    }
    const int timeoutMs = request.timeoutMs > 0 ? request.timeoutMs : d->options.defaultTimeoutMs;
    if (timeoutMs > 0) {
        entry.timer = new QTimer(reply);
        entry.timer->setSingleShot(true);
        connect(entry.timer, &QTimer::timeout, this, [this, reply] {
            const auto it = d->pending.find(reply);
            if (it == d->pending.end())
                return;
            it->timedOut = true;
            reply->abort();
        });
        entry.timer->start(timeoutMs);
    }
    d->pending.insert(reply, std::move(entry));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { d->finish(reply); });
}

bool HttpClient::Private::isHttp2(const QString &host, const QUrl &url) const
{
    if (options.h2cPriorKnowledge && url.scheme() == u"http"_s)
        return true;
    return http2Hosts.value(host);
}

void HttpClient::cancelAll()
{
    const QList<QNetworkReply *> replies = d->pending.keys();
    for (QNetworkReply *reply : replies) {
        const auto it = d->pending.find(reply);
        if (it == d->pending.end())
            continue; // finished while an earlier one was aborted
        it->cancelled = true;
        reply->abort(); // emits finished(): the callback gets Cancelled
    }
}

int HttpClient::inFlight() const
{
    return int(d->pending.size());
}

} // namespace megaphone
