#include "TwilioProvider.h"

#include "AnswerClassifier.h"
#include "HttpClient.h"
#include "MessageTemplate.h"
#include "TemplateRenderer.h"

#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

constexpr int maxTemplatePages = 1000;

// application/x-www-form-urlencoded, with '+' and every reserved byte escaped.
class FormBody
{
public:
    void add(const QString &name, const QString &value)
    {
        if (!m_bytes.isEmpty())
            m_bytes += '&';
        m_bytes += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QString whatsappAddress(const QString &number)
{
    return number.startsWith(u"whatsapp:") ? number : u"whatsapp:"_s + number;
}

QUrl urlSetting(const Account &account, const QString &key, const QString &fallback)
{
    const QString value = account.settings.value(key).toString();
    return QUrl(value.isEmpty() ? fallback : value);
}

QString mediaFormat(const QString &url)
{
    const QString path = QUrl(url).path().toLower();
    if (path.endsWith(u".mp4") || path.endsWith(u".3gp"))
        return u"VIDEO"_s;
    if (path.endsWith(u".pdf") || path.endsWith(u".docx") || path.endsWith(u".xlsx"))
        return u"DOCUMENT"_s;
    return u"IMAGE"_s;
}

QJsonObject buttonFrom(const QJsonObject &action)
{
    const QString type = action.value(u"type").toString(u"QUICK_REPLY"_s).toUpper();
    QJsonObject button { { u"type"_s, type }, { u"text"_s, action.value(u"title").toString() } };
    if (type == u"URL")
        button.insert(u"url"_s, action.value(u"url").toString());
    else if (type == u"PHONE_NUMBER")
        button.insert(u"phone_number"_s, action.value(u"phone").toString());
    else if (type == u"COPY_CODE")
        button.insert(u"example"_s, action.value(u"code").toString());
    return button;
}

// The richest WhatsApp-capable type a content has, in Meta's component shape.
QJsonArray componentsFrom(const QJsonObject &types)
{
    static const QStringList preference = { u"whatsapp/card"_s, u"twilio/card"_s,
        u"twilio/call-to-action"_s, u"twilio/quick-reply"_s, u"twilio/media"_s, u"twilio/text"_s };
    QJsonObject type;
    for (const QString &name : preference) {
        if (types.contains(name)) {
            type = types.value(name).toObject();
            break;
        }
    }
    QJsonArray components;
    const QString media = type.value(u"media").toArray().first().toString();
    const QString headerText = type.value(u"header_text").toString();
    if (!media.isEmpty()) {
        components.append(
            QJsonObject { { u"type"_s, u"HEADER"_s }, { u"format"_s, mediaFormat(media) },
                { u"example"_s, QJsonObject { { u"header_handle"_s, QJsonArray { media } } } } });
    } else if (!headerText.isEmpty()) {
        components.append(QJsonObject {
            { u"type"_s, u"HEADER"_s }, { u"format"_s, u"TEXT"_s }, { u"text"_s, headerText } });
    }
    QString body = type.value(u"body").toString();
    if (body.isEmpty())
        body = type.value(u"title").toString(); // twilio/card
    components.append(QJsonObject { { u"type"_s, u"BODY"_s }, { u"text"_s, body } });
    QString footer = type.value(u"footer").toString();
    if (footer.isEmpty())
        footer = type.value(u"subtitle").toString();
    if (!footer.isEmpty())
        components.append(QJsonObject { { u"type"_s, u"FOOTER"_s }, { u"text"_s, footer } });
    QJsonArray buttons;
    for (const QJsonValue &action : type.value(u"actions").toArray())
        buttons.append(buttonFrom(action.toObject()));
    if (!buttons.isEmpty())
        components.append(QJsonObject { { u"type"_s, u"BUTTONS"_s }, { u"buttons"_s, buttons } });
    return components;
}

QString statusFrom(const QString &twilioStatus)
{
    const QString status = twilioStatus.toUpper();
    if (status.isEmpty())
        return u"NOT_SUBMITTED"_s;
    if (status == u"RECEIVED" || status == u"PENDING" || status == u"PENDING_REVIEW")
        return u"PENDING"_s;
    return status;
}

} // namespace

TwilioProvider::TwilioProvider(
    const Account &account, const AccountSecrets &secrets, HttpClient *client, QObject *parent)
    : Provider(parent)
    , m_account(account)
    , m_accountSid(account.settings.value(u"account_sid").toString())
    , m_authToken(secrets.value(u"auth_token"_s))
    , m_client(client)
    , m_apiBase(
          account.baseUrl.isEmpty() ? QUrl(u"https://api.twilio.com"_s) : QUrl(account.baseUrl))
    , m_contentBase(urlSetting(account, u"content_base_url"_s, u"https://content.twilio.com"_s))
{ }

void TwilioProvider::addAuth(HttpRequest &request) const
{
    const QByteArray credentials = (m_accountSid + u':' + m_authToken).toUtf8().toBase64();
    request.headers.append({ "Authorization"_ba, "Basic "_ba + credentials });
}

QByteArray TwilioProvider::messageForm(const OutgoingMessage &message) const
{
    const RenderedMessage &rendered = *message.rendered;
    FormBody form;
    form.add(u"To"_s, whatsappAddress(message.toE164));
    const QString service = m_account.settings.value(u"messaging_service_sid").toString();
    if (!service.isEmpty())
        form.add(u"MessagingServiceSid"_s, service);
    else
        form.add(u"From"_s, whatsappAddress(m_account.settings.value(u"from").toString()));
    if (message.sessionMessage) {
        form.add(u"Body"_s, rendered.text);
        if (!rendered.mediaUrl.isEmpty())
            form.add(u"MediaUrl"_s, rendered.mediaUrl);
    } else {
        form.add(u"ContentSid"_s, message.templateRemoteId);
        if (!rendered.contentVariables.isEmpty())
            form.add(u"ContentVariables"_s,
                QString::fromUtf8(
                    QJsonDocument(rendered.contentVariables).toJson(QJsonDocument::Compact)));
    }
    QString callbackBase = m_account.settings.value(u"callback_base_url").toString();
    while (callbackBase.endsWith(u'/'))
        callbackBase.chop(1);
    if (!callbackBase.isEmpty() && message.recipientId > 0) {
        form.add(u"StatusCallback"_s,
            callbackBase + u"/webhooks/twilio/"_s + QString::number(m_account.id) + u"?recipient="_s
                + QString::number(message.recipientId));
    }
    return form.bytes();
}

void TwilioProvider::send(const OutgoingMessage &message, SendDone done)
{
    HttpRequest request;
    request.method = "POST"_ba;
    request.url
        = m_apiBase.resolved(QUrl(u"/2010-04-01/Accounts/"_s + m_accountSid + u"/Messages.json"_s));
    request.headers.append({ "Content-Type"_ba, "application/x-www-form-urlencoded"_ba });
    addAuth(request);
    request.body = messageForm(message);
    m_client->send(request, this, [done = std::move(done)](const HttpResponse &response) {
        done(AnswerClassifier::twilio(response));
    });
}

Error TwilioProvider::errorFrom(const HttpResponse &response)
{
    if (response.transport != HttpTransport::Completed)
        return makeError(
            u"unreachable"_s, tr("Twilio could not be reached: %1").arg(response.errorText));
    const SendOutcome outcome = AnswerClassifier::twilio(response);
    QString message = outcome.code.isEmpty()
        ? outcome.explanation
        : tr("%1 (code %2)").arg(outcome.explanation, outcome.code);
    if (!outcome.providerMessage.isEmpty())
        message += u"\n"_s + tr("Twilio said: %1").arg(outcome.providerMessage);
    return makeError(u"provider"_s, message);
}

void TwilioProvider::testConnection(TestDone done)
{
    if (m_accountSid.isEmpty() || m_authToken.isEmpty()) {
        done(makeError(u"no-secret"_s,
            tr("Enter the Twilio account SID and auth token in "
               "Settings.")));
        return;
    }
    HttpRequest request;
    request.url = m_apiBase.resolved(QUrl(u"/2010-04-01/Accounts/"_s + m_accountSid + u".json"_s));
    addAuth(request);
    m_client->send(request, this, [done = std::move(done)](const HttpResponse &response) {
        if (!response.isSuccess()) {
            done(errorFrom(response));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(response.body).object();
        const QString status = json.value(u"status").toString();
        if (status != u"active") {
            done(makeError(
                u"account-status"_s, tr("The Twilio account is %1, not active.").arg(status)));
            return;
        }
        ConnectionInfo info;
        info.verifiedName = json.value(u"friendly_name").toString();
        info.status = status;
        info.summary = tr("Connected to the Twilio account \"%1\".").arg(info.verifiedName);
        done(info);
    });
}

void TwilioProvider::fetchMessage(const QString &messageSid, FetchDone done)
{
    HttpRequest request;
    request.url = m_apiBase.resolved(QUrl(u"/2010-04-01/Accounts/"_s + m_accountSid
                                          + u"/Messages/"_s
                                          + QString::fromLatin1(QUrl::toPercentEncoding(messageSid))
                                          + u".json"_s));
    addAuth(request);
    m_client->send(request, this, [done = std::move(done)](const HttpResponse &response) {
        if (!response.isSuccess())
            return done(errorFrom(response));
        done(response.body);
    });
}

RemoteTemplate TwilioProvider::templateFrom(const QJsonObject &content)
{
    const QJsonObject approval = content.value(u"approval_requests").toObject();
    RemoteTemplate t;
    t.remoteId = content.value(u"sid").toString();
    t.name = approval.value(u"name").toString();
    if (t.name.isEmpty())
        t.name = content.value(u"friendly_name").toString();
    t.language = content.value(u"language").toString();
    t.category = approval.value(u"category").toString().toUpper();
    t.status = statusFrom(approval.value(u"status").toString());
    t.components = componentsFrom(content.value(u"types").toObject());
    t.parameterFormat = u"POSITIONAL"_s;
    for (const QString &name : content.value(u"variables").toObject().keys()) {
        bool numeric = false;
        name.toInt(&numeric);
        if (!numeric)
            t.parameterFormat = u"NAMED"_s;
    }
    return t;
}

void TwilioProvider::listTemplates(ListDone done, ListProgress progress)
{
    QUrl url = m_contentBase.resolved(QUrl(u"/v1/ContentAndApprovals"_s));
    url.setQuery(u"PageSize=100"_s);
    fetchTemplatePage(url, {}, 0, std::move(done), std::move(progress));
}

void TwilioProvider::fetchTemplatePage(const QUrl &url, QList<RemoteTemplate> templates, int pages,
    ListDone done, ListProgress progress)
{
    HttpRequest request;
    request.url = url;
    addAuth(request);
    m_client->send(request, this,
        [this, templates = std::move(templates), pages, done = std::move(done),
            progress = std::move(progress)](const HttpResponse &response) mutable {
            if (!response.isSuccess()) {
                done(errorFrom(response));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(response.body).object();
            for (const QJsonValue &value : json.value(u"contents").toArray())
                templates.append(templateFrom(value.toObject()));
            ++pages;
            if (progress)
                progress(pages, int(templates.size()));
            const QUrl next(json.value(u"meta").toObject().value(u"next_page_url").toString());
            if (next.isEmpty()) {
                done(templates);
                return;
            }
            if (next.host() != m_contentBase.host() || pages >= maxTemplatePages) {
                done(makeError(u"paging"_s,
                    tr("Twilio's template list did not end as expected "
                       "(page %1).")
                        .arg(pages)));
                return;
            }
            fetchTemplatePage(
                next, std::move(templates), pages, std::move(done), std::move(progress));
        });
}

} // namespace megaphone
