#include "SandboxServer.h"

#include "HttpServer.h"
#include "Logging.h"
#include "MessageTemplate.h"
#include "SandboxCatalogue.h"
#include "SandboxErrors.h"
#include "SandboxServerPrivate.h"
#include "SandboxWebhooks.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <deque>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

QString digitsOf(const QString &number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString tierName(int tier)
{
    if (tier <= 0)
        return u"TIER_UNLIMITED"_s;
    if (tier >= 1000 && tier % 1000 == 0)
        return u"TIER_"_s + QString::number(tier / 1000) + u"K"_s;
    return u"TIER_"_s + QString::number(tier);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->options = options;
    d->random.seed(options.seed ? options.seed : quint32(QDateTime::currentMSecsSinceEpoch()));
    d->templates = SandboxCatalogue::templates();
    d->server
        = new HttpServer([this](const HttpServerRequest &request,
                             HttpResponder responder) { handle(request, std::move(responder)); },
            this);
    setWebhooks(options.webhookUrl, options.appSecret);
    if (!options.logFile.isEmpty()) {
        d->log = std::make_unique<QFile>(options.logFile);
        if (!d->log->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            qCWarning(lcHttp) << "sandbox: cannot write the message log" << options.logFile;
            d->log.reset();
        }
    }
}

SandboxServer::~SandboxServer()
{
    close();
}

Result<void> SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    return d->server->listen(address, port);
}

void SandboxServer::close()
{
    d->hanging.clear();
    d->server->close();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(d->server->address().toString());
    url.setPort(d->server->port());
    return url;
}

const SandboxOptions &SandboxServer::options() const
{
    return d->options;
}

QJsonArray SandboxServer::templates() const
{
    return d->templates;
}

void SandboxServer::setTemplates(const QJsonArray &templates)
{
    d->templates = templates;
}

QList<SandboxServer::AcceptedMessage> SandboxServer::accepted() const
{
    return d->accepted;
}

int SandboxServer::acceptedCount() const
{
    return int(d->accepted.size());
}

int SandboxServer::duplicateCount() const
{
    return d->duplicates;
}

int SandboxServer::requestCount() const
{
    return d->requests;
}

int SandboxServer::webhooksPosted() const
{
    return d->webhooks ? d->webhooks->posted() : 0;
}

void SandboxServer::setWebhooks(const QUrl &url, const QString &appSecret)
{
    delete d->webhooks; // statuses it had queued are dropped
    d->webhooks = nullptr;
    d->options.webhookUrl = url;
    d->options.appSecret = appSecret;
    if (url.isValid() && !url.isEmpty()) {
        d->webhooks = new SandboxWebhooks(url, appSecret,
            { d->options.wabaId, d->options.phoneNumberId, digitsOf(d->options.displayNumber) },
            this);
    }
}

void SandboxServer::answerLater(HttpResponder responder, int status, const QJsonObject &body)
{
    HttpServerResponse response;
    response.status = status;
    response.headers.append({ "Content-Type"_ba, "application/json"_ba });
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    int delay = d->options.latencyMs;
    if (d->options.jitterMs > 0)
        delay += int(d->random.bounded(d->options.jitterMs + 1));
    if (delay <= 0) {
        responder.respond(response);
        return;
    }
    QTimer::singleShot(
        delay, this, [responder, response]() mutable { responder.respond(response); });
}

void SandboxServer::handle(const HttpServerRequest &request, HttpResponder responder)
{
    ++d->requests;
    static const QRegularExpression version(u"^v\\d+\\.\\d+$"_s);
    const QStringList parts = QString::fromUtf8(request.path).split(u'/', Qt::SkipEmptyParts);
    if (parts.size() >= 2 && version.match(parts[0]).hasMatch()) {
        const QByteArray auth = request.header("authorization"_ba);
        const QByteArray token = auth.startsWith("Bearer ") ? auth.mid(7).trimmed() : QByteArray();
        if (token.isEmpty()
            || (!d->options.accessToken.isEmpty() && token != d->options.accessToken.toUtf8())) {
            answerLater(responder, 401,
                SandboxErrors::body(190, u"The access token could not be decrypted"_s));
            return;
        }
        if (parts.size() == 3 && parts[2] == u"messages" && request.method == "POST")
            return handleSend(request, responder);
        if (parts.size() == 2 && request.method == "GET" && parts[1] == d->options.phoneNumberId)
            return handlePhoneNumber(request, responder);
        if (parts.size() == 3 && parts[2] == u"message_templates" && request.method == "GET"
            && parts[1] == d->options.wabaId)
            return handleTemplates(request, responder);
    }
    answerLater(responder, 400,
        SandboxErrors::body(100,
            u"Unsupported "_s + QString::fromLatin1(request.method).toLower()
                + u" request. Object with ID does not exist."_s));
}

void SandboxServer::handlePhoneNumber(const HttpServerRequest &request, HttpResponder responder)
{
    const SandboxOptions &o = d->options;
    const QJsonObject all { { u"id"_s, o.phoneNumberId },
        { u"display_phone_number"_s, o.displayNumber }, { u"verified_name"_s, o.verifiedName },
        { u"quality_rating"_s, u"GREEN"_s }, { u"code_verification_status"_s, u"VERIFIED"_s },
        { u"name_status"_s, u"APPROVED"_s }, { u"status"_s, u"CONNECTED"_s },
        { u"platform_type"_s, u"CLOUD_API"_s }, { u"account_mode"_s, u"SANDBOX"_s },
        { u"throughput"_s,
            QJsonObject {
                { u"level"_s, o.mps >= 1000 || o.mps == 0 ? u"HIGH"_s : u"STANDARD"_s } } },
        { u"messaging_limit_tier"_s, tierName(o.tier) },
        { u"whatsapp_business_manager_messaging_limit"_s, tierName(o.tier) } };
    const QString fields = QUrlQuery(QString::fromUtf8(request.query)).queryItemValue(u"fields"_s);
    QJsonObject answer { { u"id"_s, o.phoneNumberId } };
    const QStringList wanted = fields.isEmpty()
        ? QStringList { u"display_phone_number"_s, u"verified_name"_s, u"quality_rating"_s }
        : fields.split(u',', Qt::SkipEmptyParts);
    for (const QString &field : wanted) {
        if (all.contains(field.trimmed()))
            answer.insert(field.trimmed(), all.value(field.trimmed()));
    }
    answerLater(responder, 200, answer);
}

// Cursor paging as the Graph API does it: `after` is an opaque cursor, paging.next
// is absent on the last page.
void SandboxServer::handleTemplates(const HttpServerRequest &request, HttpResponder responder)
{
    QUrlQuery query(QString::fromUtf8(request.query));
    int limit = query.queryItemValue(u"limit"_s).toInt();
    if (limit <= 0 || limit > d->options.templatePageSize)
        limit = d->options.templatePageSize;
    const QByteArray after = QByteArray::fromBase64(query.queryItemValue(u"after"_s).toLatin1());
    const int offset = after.startsWith("offset:") ? after.mid(7).toInt() : 0;
    const QJsonArray &all = d->templates;
    QJsonArray page;
    for (qsizetype i = offset; i < all.size() && page.size() < limit; ++i)
        page.append(all.at(i));
    const auto cursor = [](qsizetype position) {
        return QString::fromLatin1(
            QByteArray("offset:"_ba + QByteArray::number(position)).toBase64());
    };
    QJsonObject paging { { u"cursors"_s,
        QJsonObject {
            { u"before"_s, cursor(offset) }, { u"after"_s, cursor(offset + page.size()) } } } };
    if (offset + page.size() < all.size()) {
        query.removeAllQueryItems(u"after"_s);
        query.addQueryItem(u"after"_s, cursor(offset + page.size()));
        QUrl next;
        next.setScheme(u"http"_s);
        QByteArray authority = request.header("host"_ba);
        if (authority.isEmpty())
            authority = request.header(":authority"_ba); // HTTP/2
        next.setAuthority(QString::fromLatin1(authority));
        if (next.host().isEmpty()) {
            next.setHost(d->server->address().toString());
            next.setPort(d->server->port());
        }
        next.setPath(QString::fromUtf8(request.path));
        next.setQuery(query);
        paging.insert(u"next"_s, next.toString(QUrl::FullyEncoded));
    }
    answerLater(responder, 200, QJsonObject { { u"data"_s, page }, { u"paging"_s, paging } });
}

} // namespace megaphone
