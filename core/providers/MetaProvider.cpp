#include "MetaProvider.h"

#include "AnswerClassifier.h"
#include "HttpClient.h"
#include "Logging.h"
#include "TemplateRenderer.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int maxTemplatePages = 1000;

QJsonObject parseObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// "TIER_250" -> 250, "TIER_2K" -> 2000, "TIER_UNLIMITED" -> -1; 0 when unknown.
int messagingLimitFrom(const QString &tier)
{
    QString value = tier.toUpper();
    value.remove(u"TIER_"_s);
    if (value == u"UNLIMITED")
        return -1;
    int factor = 1;
    if (value.endsWith(u'K')) {
        factor = 1000;
        value.chop(1);
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    return ok ? number * factor : 0;
}

RemoteTemplate remoteTemplateFrom(const QJsonObject &json)
{
    RemoteTemplate t;
    t.remoteId = json.value(u"id").toString();
    t.name = json.value(u"name").toString();
    t.language = json.value(u"language").toString();
    t.category = json.value(u"category").toString().toUpper();
    t.status = json.value(u"status").toString().toUpper();
    t.parameterFormat = json.value(u"parameter_format").toString(u"POSITIONAL"_s).toUpper();
    t.components = json.value(u"components").toArray();
    return t;
}

} // namespace

MetaProvider::MetaProvider(const Account &account, const AccountSecrets &secrets,
    HttpClient *client, Dialect dialect, const QUrl &baseUrl, QObject *parent)
    : Provider(parent)
    , m_account(account)
    , m_token(secrets.value(dialect == Dialect::Meta ? u"access_token"_s : u"api_key"_s))
    , m_client(client)
    , m_dialect(dialect)
    , m_base(baseUrl)
{ }

QString MetaProvider::defaultApiVersion()
{
    return u"v23.0"_s;
}

QUrl MetaProvider::endpoint(const QString &path) const
{
    QUrl url = m_base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

void MetaProvider::addAuth(HttpRequest &request) const
{
    if (m_dialect == Dialect::Meta)
        request.headers.append({ "Authorization"_ba, "Bearer "_ba + m_token.toUtf8() });
    else
        request.headers.append({ "D360-API-KEY"_ba, m_token.toUtf8() });
}

bool MetaProvider::sameService(const QUrl &url) const
{
    return url.scheme() == m_base.scheme() && url.host() == m_base.host()
        && url.port(-1) == m_base.port(-1);
}

QJsonObject MetaProvider::messageBody(const OutgoingMessage &message)
{
    QJsonObject body { { u"messaging_product"_s, u"whatsapp"_s },
        { u"recipient_type"_s, u"individual"_s }, { u"to"_s, message.toE164 } };
    const RenderedMessage &rendered = *message.rendered;
    if (message.sessionMessage) {
        body.insert(u"type"_s, u"text"_s);
        body.insert(
            u"text"_s, QJsonObject { { u"preview_url"_s, false }, { u"body"_s, rendered.text } });
    } else {
        QJsonObject templateObject { { u"name"_s, rendered.templateName },
            { u"language"_s,
                QJsonObject {
                    { u"policy"_s, u"deterministic"_s }, { u"code"_s, rendered.language } } } };
        if (!rendered.components.isEmpty())
            templateObject.insert(u"components"_s, rendered.components);
        body.insert(u"type"_s, u"template"_s);
        body.insert(u"template"_s, templateObject);
    }
    if (message.recipientId > 0)
        body.insert(u"biz_opaque_callback_data"_s, callbackDataFor(message.recipientId));
    return body;
}

void MetaProvider::send(const OutgoingMessage &message, SendDone done)
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = m_dialect == Dialect::Meta ? endpoint(u"/"_s + m_account.apiVersion + u"/"_s
                      + m_account.phoneNumberId + u"/messages"_s)
                                             : endpoint(u"/messages"_s);
    request.headers.append({ "Content-Type"_ba, "application/json"_ba });
    addAuth(request);
    request.body = QJsonDocument(messageBody(message)).toJson(QJsonDocument::Compact);
    AnswerClassifier::Context context;
    context.mediaIsPerRecipient = message.mediaPerRecipient;
    m_client->send(request, this, [done = std::move(done), context](const HttpResponse &response) {
        done(AnswerClassifier::meta(response, context));
    });
}

Error MetaProvider::errorFrom(const HttpResponse &response)
{
    // Not a send: the words about retrying a message do not apply.
    if (response.transport != HttpTransport::Completed)
        return makeError(
            u"unreachable"_s, tr("The provider could not be reached: %1").arg(response.errorText));
    const SendOutcome outcome = AnswerClassifier::meta(response);
    QString message = outcome.explanation;
    if (!outcome.code.isEmpty())
        message = tr("%1 (code %2)").arg(outcome.explanation, outcome.code);
    if (!outcome.providerMessage.isEmpty())
        message += u"\n"_s + tr("The provider said: %1").arg(outcome.providerMessage);
    return makeError(u"provider"_s, message);
}

void MetaProvider::testConnection(TestDone done)
{
    if (m_token.isEmpty()) {
        done(makeError(u"no-secret"_s,
            m_dialect == Dialect::Meta
                ? tr("No access token is stored for this account. Enter it in Settings.")
                : tr("No API key is stored for this account. Enter it in Settings.")));
        return;
    }
    if (m_dialect == Dialect::Dialog360) {
        testTemplateAccess(ConnectionInfo {}, std::move(done));
        return;
    }
    const bool v24OrLater = m_account.apiVersion.mid(1).section(u'.', 0, 0).toInt() >= 24;
    HttpRequest request;
    request.url = endpoint(u"/"_s + m_account.apiVersion + u"/"_s + m_account.phoneNumberId);
    QUrlQuery query;
    query.addQueryItem(u"fields"_s,
        u"display_phone_number,verified_name,quality_rating,status,platform_type,"
        "throughput,"_s
            + (v24OrLater ? u"whatsapp_business_manager_messaging_limit"_s
                          : u"messaging_limit_tier"_s));
    request.url.setQuery(query);
    addAuth(request);
    m_client->send(request, this, [this, done = std::move(done)](const HttpResponse &response) {
        if (!response.isSuccess()) {
            done(errorFrom(response));
            return;
        }
        const QJsonObject json = parseObject(response.body);
        ConnectionInfo info;
        info.displayNumber = json.value(u"display_phone_number").toString();
        info.verifiedName = json.value(u"verified_name").toString();
        info.qualityRating = json.value(u"quality_rating").toString();
        info.status = json.value(u"status").toString();
        const QString level = json.value(u"throughput").toObject().value(u"level").toString();
        info.throughputMps = level == u"HIGH" ? 1000 : level == u"STANDARD" ? 80 : 0;
        QString tier = json.value(u"whatsapp_business_manager_messaging_limit").toString();
        if (tier.isEmpty())
            tier = json.value(u"messaging_limit_tier").toString();
        info.messagingLimit = messagingLimitFrom(tier);
        testTemplateAccess(info, done);
    });
}

// Reading one template proves the WABA id (or 360dialog key) and the management permission.
void MetaProvider::testTemplateAccess(ConnectionInfo info, TestDone done)
{
    HttpRequest request;
    QUrlQuery query;
    if (m_dialect == Dialect::Meta) {
        request.url = endpoint(
            u"/"_s + m_account.apiVersion + u"/"_s + m_account.wabaId + u"/message_templates"_s);
        query.addQueryItem(u"fields"_s, u"name,status"_s);
    } else {
        request.url = endpoint(u"/v1/configs/templates"_s);
    }
    query.addQueryItem(u"limit"_s, u"1"_s);
    request.url.setQuery(query);
    addAuth(request);
    m_client->send(
        request, this, [info, done = std::move(done)](const HttpResponse &response) mutable {
            if (!response.isSuccess()) {
                Error error = errorFrom(response);
                error.message = tr("The number answered, but its templates could not be read: %1")
                                    .arg(error.message);
                done(error);
                return;
            }
            QStringList parts;
            if (!info.displayNumber.isEmpty())
                parts << tr("Connected to %1 (%2).").arg(info.displayNumber, info.verifiedName);
            else
                parts << tr("Connected: the key was accepted and templates can be read.");
            if (!info.qualityRating.isEmpty())
                parts << tr("Quality rating: %1.").arg(info.qualityRating);
            if (info.throughputMps > 0)
                parts << tr("Throughput: %n messages per second.", nullptr, info.throughputMps);
            if (info.messagingLimit < 0)
                parts << tr("Messaging limit: unlimited.");
            else if (info.messagingLimit > 0)
                parts << tr("Messaging limit: %n unique customers per 24 hours.", nullptr,
                    info.messagingLimit);
            info.summary = parts.join(u' ');
            done(info);
        });
}

void MetaProvider::listTemplates(ListDone done, ListProgress progress)
{
    QUrl url;
    QUrlQuery query;
    if (m_dialect == Dialect::Meta) {
        url = endpoint(
            u"/"_s + m_account.apiVersion + u"/"_s + m_account.wabaId + u"/message_templates"_s);
        query.addQueryItem(
            u"fields"_s, u"id,name,language,status,category,components,parameter_format"_s);
        query.addQueryItem(u"limit"_s, u"100"_s);
    } else {
        url = endpoint(u"/v1/configs/templates"_s);
        query.addQueryItem(u"limit"_s, u"250"_s);
        query.addQueryItem(u"offset"_s, u"0"_s);
    }
    url.setQuery(query);
    fetchTemplatePage(url, {}, 0, std::move(done), std::move(progress));
}

// Meta: follow paging.next until it is absent. 360dialog: offset and limit until the
// total is reached.
void MetaProvider::fetchTemplatePage(const QUrl &url, QList<RemoteTemplate> templates, int pages,
    ListDone done, ListProgress progress)
{
    HttpRequest request;
    request.url = url;
    addAuth(request);
    m_client->send(request, this,
        [this, url, templates = std::move(templates), pages, done = std::move(done),
            progress = std::move(progress)](const HttpResponse &response) mutable {
            if (!response.isSuccess()) {
                done(errorFrom(response));
                return;
            }
            const QJsonObject json = parseObject(response.body);
            const bool meta = m_dialect == Dialect::Meta;
            const QJsonArray page = json.value(meta ? u"data"_s : u"waba_templates"_s).toArray();
            for (const QJsonValue &value : page)
                templates.append(remoteTemplateFrom(value.toObject()));
            ++pages;
            if (progress)
                progress(pages, int(templates.size()));

            QUrl next;
            if (meta) {
                next = QUrl(json.value(u"paging").toObject().value(u"next").toString());
            } else if (!page.isEmpty() && templates.size() < json.value(u"total").toInt()) {
                next = url;
                QUrlQuery query(next);
                query.removeQueryItem(u"offset"_s);
                query.addQueryItem(u"offset"_s, QString::number(templates.size()));
                next.setQuery(query);
            }
            if (next.isEmpty() || !next.isValid()) {
                done(templates);
                return;
            }
            if (!sameService(next)) {
                done(makeError(u"paging"_s,
                    tr("The template list pointed to another address (%1); it was not "
                       "followed.")
                        .arg(next.host())));
                return;
            }
            if (pages >= maxTemplatePages) {
                done(makeError(u"paging"_s,
                    tr("The template list did not end after %n pages.", nullptr,
                        maxTemplatePages)));
                return;
            }
            fetchTemplatePage(
                next, std::move(templates), pages, std::move(done), std::move(progress));
        });
}

} // namespace megaphone
