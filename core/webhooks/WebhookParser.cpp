#include "WebhookParser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

qint64 secondsToMs(const QJsonValue &timestamp)
{
    // Meta sends unix seconds as a string (user_preferences: a number). A time past what
    // milliseconds hold in 64 bits is no time, like a negative one (found by fuzz_webhooks:
    // converting or multiplying it was undefined behaviour).
    constexpr qint64 maxSeconds = std::numeric_limits<qint64>::max() / 1000;
    if (timestamp.isString()) {
        const qint64 seconds = timestamp.toString().toLongLong();
        return seconds > 0 && seconds <= maxSeconds ? seconds * 1000 : 0;
    }
    const double seconds = timestamp.toDouble();
    return seconds > 0 && seconds < double(maxSeconds) ? qint64(seconds) * 1000 : 0;
}

StatusEvent status(const QJsonObject &s, const QString &source)
{
    StatusEvent e;
    e.messageId = s.value(u"id").toString();
    e.status = s.value(u"status").toString().toLower();
    e.atMs = secondsToMs(s.value(u"timestamp"));
    e.recipientPhone = WebhookParser::e164(s.value(u"recipient_id").toString());
    e.recipientId = WebhookParser::recipientFromCallbackData(
        s.value(u"biz_opaque_callback_data").toString());
    const QJsonObject error = s.value(u"errors").toArray().first().toObject();
    if (!error.isEmpty()) {
        e.errorCode = QString::number(error.value(u"code").toInteger());
        e.errorTitle = error.value(u"title").toString();
        const QString details = error.value(u"error_data").toObject().value(u"details").toString();
        if (!details.isEmpty() && details != e.errorTitle)
            e.errorTitle += (e.errorTitle.isEmpty() ? QString() : u": "_s) + details;
    }
    e.source = source;
    return e;
}

// The words a customer sent or tapped: a text, a quick reply's payload and title, an
// interactive reply's id and title.
QString inboundText(const QJsonObject &m)
{
    const QString type = m.value(u"type").toString();
    if (type == u"text")
        return m.value(u"text").toObject().value(u"body").toString();
    if (type == u"button") {
        const QJsonObject button = m.value(u"button").toObject();
        return button.value(u"payload").toString() + u'\n' + button.value(u"text").toString();
    }
    if (type == u"interactive") {
        const QJsonObject interactive = m.value(u"interactive").toObject();
        for (const char *kind : {"button_reply", "list_reply"}) {
            const QJsonObject reply = interactive.value(QLatin1String(kind)).toObject();
            if (!reply.isEmpty())
                return reply.value(u"id").toString() + u'\n' + reply.value(u"title").toString();
        }
    }
    return {};
}

InboundEvent inbound(const QJsonObject &m, const QString &source)
{
    InboundEvent e;
    e.messageId = m.value(u"id").toString();
    e.fromPhone = WebhookParser::e164(m.value(u"from").toString());
    e.atMs = secondsToMs(m.value(u"timestamp"));
    e.type = m.value(u"type").toString();
    e.text = inboundText(m);
    e.contextId = m.value(u"context").toObject().value(u"id").toString();
    e.source = source;
    return e;
}

void readChange(const QJsonObject &change, const QString &source, WebhookEvents &events)
{
    const QJsonObject value = change.value(u"value").toObject();
    for (const QJsonValue &s : value.value(u"statuses").toArray()) {
        StatusEvent e = status(s.toObject(), source);
        if (!e.messageId.isEmpty() && !e.status.isEmpty())
            events.statuses << e;
    }
    for (const QJsonValue &m : value.value(u"messages").toArray()) {
        InboundEvent e = inbound(m.toObject(), source);
        if (!e.messageId.isEmpty() && !e.fromPhone.isEmpty())
            events.inbound << e;
    }
    for (const QJsonValue &p : value.value(u"user_preferences").toArray()) {
        const QJsonObject pref = p.toObject();
        PreferenceEvent e;
        e.fromPhone = WebhookParser::e164(pref.value(u"wa_id").toString());
        e.value = pref.value(u"value").toString().toLower();
        e.category = pref.value(u"category").toString();
        e.atMs = secondsToMs(pref.value(u"timestamp"));
        e.source = source;
        if (!e.fromPhone.isEmpty() && (e.value == u"stop" || e.value == u"resume"))
            events.preferences << e;
    }
}

} // namespace

QString WebhookParser::e164(const QString &waId)
{
    QString digits = waId.trimmed();
    if (digits.startsWith(u'+'))
        digits.remove(0, 1);
    if (digits.isEmpty() || digits.size() > 15)
        return {};
    for (QChar c : std::as_const(digits)) {
        if (!c.isDigit() || c.unicode() > 127)
            return {};
    }
    return u'+' + digits;
}

qint64 WebhookParser::recipientFromCallbackData(const QString &data)
{
    if (!data.startsWith(u"megaphone:"))
        return 0;
    for (const QString &field : data.mid(10).split(u';')) {
        if (field.startsWith(u"r=")) {
            bool ok = false;
            const qint64 id = field.mid(2).toLongLong(&ok);
            return ok && id > 0 ? id : 0;
        }
    }
    return 0;
}

Result<WebhookEvents> WebhookParser::meta(const QByteArray &body, const QString &source)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(u"malformed"_s, tr("The webhook is not valid JSON: %1 at byte %2.")
                                             .arg(error.errorString())
                                             .arg(error.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(u"entry").isArray())
        return makeError(u"malformed"_s, tr("The webhook has no \"entry\" list: it is not a "
                                            "WhatsApp Business Account webhook."));
    WebhookEvents events;
    for (const QJsonValue &entry : root.value(u"entry").toArray()) {
        for (const QJsonValue &change : entry.toObject().value(u"changes").toArray())
            readChange(change.toObject(), source, events);
    }
    return events;
}

namespace {

// A Twilio status, from a callback or a polled Message resource.
WebhookEvents twilioStatus(StatusEvent e, QString to, qint64 recipientId)
{
    e.status = e.status.toLower();
    if (e.status == u"undelivered")
        e.status = u"failed"_s;
    if (to.startsWith(u"whatsapp:"))
        to = to.mid(9);
    e.recipientPhone = WebhookParser::e164(to);
    e.recipientId = recipientId;
    e.source = u"twilio"_s;
    WebhookEvents events;
    if (e.status == u"sent" || e.status == u"delivered" || e.status == u"read"
        || e.status == u"failed")
        events.statuses << e; // queued, sending, accepted... say nothing new
    return events;
}

} // namespace

Result<WebhookEvents> WebhookParser::twilio(const QByteArray &formBody, qint64 recipientId)
{
    // Form encoding writes spaces as '+': QUrlQuery reads them as literal '+'.
    QByteArray form = formBody;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromLatin1(form));
    const auto field = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    StatusEvent e;
    e.messageId = field("MessageSid");
    e.status = field("MessageStatus");
    if (e.messageId.isEmpty() || e.status.isEmpty())
        return makeError(u"malformed"_s, tr("The Twilio callback has no MessageSid or "
                                            "MessageStatus."));
    e.errorCode = field("ErrorCode");
    e.errorTitle = field("ErrorMessage");
    return twilioStatus(e, field("To"), recipientId);
}

Result<WebhookEvents> WebhookParser::twilioMessage(const QByteArray &json, qint64 recipientId)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(u"malformed"_s, tr("Twilio's message is not valid JSON: %1")
                                             .arg(error.errorString()));
    const QJsonObject m = document.object();
    StatusEvent e;
    e.messageId = m.value(u"sid").toString();
    e.status = m.value(u"status").toString();
    if (e.messageId.isEmpty() || e.status.isEmpty())
        return makeError(u"malformed"_s, tr("Twilio's message has no sid or status."));
    const QJsonValue code = m.value(u"error_code");
    e.errorCode = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
    e.errorTitle = m.value(u"error_message").toString();
    // RFC 2822, e.g. "Thu, 30 Jul 2015 20:12:33 +0000"
    const QDateTime updated =
        QDateTime::fromString(m.value(u"date_updated").toString(), Qt::RFC2822Date);
    e.atMs = updated.isValid() ? updated.toMSecsSinceEpoch() : 0;
    return twilioStatus(e, m.value(u"to").toString(), recipientId);
}

} // namespace megaphone
