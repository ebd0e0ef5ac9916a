// SandboxServer's message endpoint: validation as the Cloud API does it, pacing limits,
// injected failures, and the status webhooks of accepted messages.
#include "SandboxServer.h"

#include "HttpServer.h"
#include "MessageTemplate.h"
#include "SandboxErrors.h"
#include "SandboxServerPrivate.h"
#include "SandboxWebhooks.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <deque>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

struct Check
{
    int code = 0; // 0: fine
    QString details;
};

Check missing(const QString &field)
{
    return { 131008, u"The parameter "_s + field + u" is required."_s };
}

int parameterCount(const QJsonArray &components, const QString &type)
{
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        if (component.value(u"type").toString().compare(type, Qt::CaseInsensitive) == 0)
            return int(component.value(u"parameters").toArray().size());
    }
    return 0;
}

// The template checks the Cloud API makes before it accepts a message.
Check checkTemplate(const QJsonObject &templateObject, const QJsonArray &catalogue)
{
    const QString name = templateObject.value(u"name").toString();
    const QString language = templateObject.value(u"language").toObject().value(u"code").toString();
    if (name.isEmpty())
        return missing(u"template.name"_s);
    if (language.isEmpty())
        return missing(u"template.language.code"_s);
    QJsonObject found;
    for (const QJsonValue &value : catalogue) {
        const QJsonObject t = value.toObject();
        if (t.value(u"name").toString() == name && t.value(u"language").toString() == language)
            found = t;
    }
    if (found.isEmpty())
        return { 132001, u"template name ("_s + name + u") does not exist in "_s + language };
    const QString status = found.value(u"status").toString();
    if (status == u"PAUSED")
        return { 132015, u"Template is paused due to low quality."_s };
    if (status == u"DISABLED")
        return { 132016, u"Template is disabled."_s };
    if (status != u"APPROVED")
        return { 132001, u"template name ("_s + name + u") is not approved in "_s + language };
    const auto parsed = MessageTemplate::fromJson(found);
    if (!parsed)
        return {};
    const QJsonArray components = templateObject.value(u"components").toArray();
    const int bodyExpected = int(MessageTemplate::variablesIn(parsed->body).size());
    if (parameterCount(components, u"body"_s) != bodyExpected) {
        return { 132000,
            u"body: number of localizable_params ("_s
                + QString::number(parameterCount(components, u"body"_s))
                + u") does not match the expected number of params ("_s
                + QString::number(bodyExpected) + u")"_s };
    }
    const int headerExpected = parsed->headerFormat == MessageTemplate::HeaderFormat::Text
        ? int(MessageTemplate::variablesIn(parsed->headerText).size())
        : (parsed->headerFormat == MessageTemplate::HeaderFormat::None ? 0 : 1);
    if (parameterCount(components, u"header"_s) != headerExpected) {
        return { 132000,
            u"header: number of parameters does not match the expected number ("_s
                + QString::number(headerExpected) + u")"_s };
    }
    return {};
}

Check checkMessage(const QJsonObject &body, const QJsonArray &catalogue)
{
    if (body.value(u"messaging_product").toString() != u"whatsapp")
        return { 100, u"The parameter messaging_product is required and must be whatsapp."_s };
    if (!body.contains(u"recipient_type"_s))
        return missing(u"recipient_type"_s);
    const QString to = body.value(u"to").toString();
    if (to.isEmpty())
        return missing(u"to"_s);
    qsizetype digits = 0;
    for (QChar c : to) {
        if (c.isDigit())
            ++digits;
        else if (!QStringView(u"+-() ").contains(c))
            return { 100, u"Invalid parameter: to"_s };
    }
    if (digits < 8 || digits > 15)
        return { 131009, u"The phone number "_s + to + u" is not valid."_s };
    const QString type = body.value(u"type").toString();
    if (type == u"template")
        return checkTemplate(body.value(u"template").toObject(), catalogue);
    if (type == u"text") {
        // The sandbox has no customer-service windows: nobody ever wrote to it.
        return { 131047,
            u"Message failed to send because more than 24 hours have passed since "
            "the customer last replied to this number."_s };
    }
    return { 131051, u"Unsupported message type"_s };
}

} // namespace

void SandboxServer::handleSend(const HttpServerRequest &request, HttpResponder responder)
{
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        answerLater(responder, 400, SandboxErrors::body(100, u"The request body is not JSON."_s));
        return;
    }
    const Check check = checkMessage(body, d->templates);
    if (check.code != 0) {
        answerLater(responder, SandboxErrors::httpStatus(check.code),
            SandboxErrors::body(check.code, check.details));
        return;
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!d->lastSecond.empty() && d->lastSecond.front() <= now - 1000)
        d->lastSecond.pop_front();
    if (d->options.mps > 0 && int(d->lastSecond.size()) >= d->options.mps) {
        answerLater(responder, 400,
            SandboxErrors::body(130429, u"Cloud API message throughput has been reached."_s));
        return;
    }
    const QString recipient
        = QString(body.value(u"to").toString()).remove(QRegularExpression(u"\\D"_s));
    if (d->options.tier > 0 && !d->tierRecipients.contains(recipient)) {
        for (auto it = d->tierRecipients.begin(); it != d->tierRecipients.end();)
            it = it.value() <= now - sandboxDayMs ? d->tierRecipients.erase(it) : std::next(it);
        if (d->tierRecipients.size() >= d->options.tier) {
            // Meta documents no dedicated code for a spent messaging limit; the sandbox
            // answers as its spam rate limit does, which pauses a campaign.
            answerLater(responder, 400,
                SandboxErrors::body(131048,
                    u"Messaging limit of the business portfolio "
                    "reached for the rolling 24 hours."_s));
            return;
        }
    }

    // Injected failures, one draw a message.
    double draw = d->random.generateDouble();
    const SandboxFailure *failure = nullptr;
    for (const SandboxFailure &f : d->options.failures) {
        if (draw < f.probability) {
            failure = &f;
            break;
        }
        draw -= f.probability;
    }
    if (failure && failure->kind == SandboxFailure::Kind::Error) {
        answerLater(responder, SandboxErrors::httpStatus(failure->code),
            SandboxErrors::body(failure->code));
        return;
    }
    if (failure && failure->kind == SandboxFailure::Kind::Drop) {
        responder.dropConnection();
        return;
    }

    // Accepted: it counts against the limits and is logged, answered or not.
    d->lastSecond.push_back(now);
    d->tierRecipients.insert(recipient, d->tierRecipients.value(recipient, now));
    AcceptedMessage message;
    message.wamid
        = u"wamid.HBgL"_s + QString::fromLatin1(QByteArray::number(d->nextId++).toBase64());
    message.to = body.value(u"to").toString();
    const QJsonObject templateObject = body.value(u"template").toObject();
    message.templateName = templateObject.value(u"name").toString();
    message.language = templateObject.value(u"language").toObject().value(u"code").toString();
    message.callbackData = body.value(u"biz_opaque_callback_data").toString();
    message.acceptedAtMs = now;
    const QString key = message.callbackData.isEmpty() ? message.to + u'|' + message.templateName
                                                       : message.callbackData;
    if (d->acceptedKeys.contains(key))
        ++d->duplicates;
    d->acceptedKeys.insert(key);
    d->accepted.append(message);
    if (d->log) {
        const QJsonObject line { { u"wamid"_s, message.wamid }, { u"to"_s, message.to },
            { u"template"_s, message.templateName }, { u"language"_s, message.language },
            { u"biz_opaque_callback_data"_s, message.callbackData },
            { u"accepted_at_ms"_s, message.acceptedAtMs } };
        d->log->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        d->log->flush();
    }
    Q_EMIT messageAccepted(message.wamid, message.to);

    if (d->webhooks) {
        const int step = d->options.statusDelayMs;
        const QString wamid = message.wamid;
        const QString callbackData = message.callbackData;
        QPointer<SandboxWebhooks> webhooks = d->webhooks;
        if (failure && failure->kind == SandboxFailure::Kind::AsyncError) {
            const int code = failure->code;
            QTimer::singleShot(step, this, [=] {
                if (webhooks)
                    webhooks->queueStatus(wamid, u"failed"_s, recipient, callbackData, code,
                        SandboxErrors::title(code));
            });
        } else {
            const bool read = d->random.generateDouble() < 0.6;
            QTimer::singleShot(step, this, [=] {
                if (webhooks)
                    webhooks->queueStatus(wamid, u"sent"_s, recipient, callbackData);
            });
            QTimer::singleShot(2 * step, this, [=] {
                if (webhooks)
                    webhooks->queueStatus(wamid, u"delivered"_s, recipient, callbackData);
            });
            if (read) {
                QTimer::singleShot(5 * step, this, [=] {
                    if (webhooks)
                        webhooks->queueStatus(wamid, u"read"_s, recipient, callbackData);
                });
            }
        }
    }

    if (failure && failure->kind == SandboxFailure::Kind::Timeout) {
        d->hanging.append(responder);
        return;
    }
    const QJsonObject answer { { u"messaging_product"_s, u"whatsapp"_s },
        { u"contacts"_s,
            QJsonArray { QJsonObject { { u"input"_s, message.to }, { u"wa_id"_s, recipient } } } },
        { u"messages"_s,
            QJsonArray { QJsonObject {
                { u"id"_s, message.wamid }, { u"message_status"_s, u"accepted"_s } } } } };
    answerLater(responder, 200, answer);
}

} // namespace megaphone
