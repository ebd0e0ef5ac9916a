#include "AnswerClassifier.h"

#include "Clock.h"
#include "HttpClient.h"
#include "ProviderCodes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object(); // empty when not a JSON object
}

// A JSON integer code, also when sent as a string ("131026").
std::optional<int> jsonCode(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    bool ok = false;
    const int code = value.toString().toInt(&ok);
    return ok ? std::optional<int>(code) : std::nullopt;
}

// Retry-After: delay-seconds or an HTTP-date (RFC 9110 section 10.2.3).
std::optional<int> retryAfter(const HttpResponse &response)
{
    const QByteArray value = response.header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
    // IMF-fixdate ends in "GMT", which Qt 6.4's RFC 2822 parser does not take.
    QString text = QString::fromLatin1(value);
    if (text.endsWith(u" GMT"_s))
        text = text.chopped(3) + u"+0000"_s;
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    const qint64 delayMs = date.toMSecsSinceEpoch() - Clock::nowMs();
    return int(std::clamp<qint64>((delayMs + 999) / 1000, 0, 24 * 3600));
}

SendOutcome outcome(AnswerClass answerClass, QString code, QString explanation)
{
    SendOutcome result;
    result.answerClass = answerClass;
    result.code = std::move(code);
    result.explanation = std::move(explanation);
    return result;
}

// Fills what every completed answer carries.
SendOutcome completed(SendOutcome result, const HttpResponse &response)
{
    result.httpStatus = response.status;
    result.retryAfterSeconds = retryAfter(response);
    return result;
}

// A code the table does not list: the HTTP status decides, the code and text stay.
SendOutcome unlistedCode(
    const HttpResponse &response, int code, const QString &message, const QString &refusal)
{
    SendOutcome result = AnswerClassifier::fromHttpStatus(response);
    result.code = QString::number(code);
    result.providerMessage = message;
    if (result.answerClass == AnswerClass::RecipientPermanent)
        result.explanation = refusal;
    return result;
}

QString metaMessage(const QJsonObject &error)
{
    QString message = error.value(u"message"_s).toString();
    const QString details = error.value(u"error_data"_s).toObject().value(u"details"_s).toString();
    if (!details.isEmpty() && !message.contains(details))
        message = message.isEmpty() ? details : message + u" ("_s + details + u')';
    return message;
}

} // namespace

std::optional<AnswerClass> AnswerClassifier::metaCodeClass(int code)
{
    return metaCodeClass(code, Context {});
}

std::optional<AnswerClass> AnswerClassifier::metaCodeClass(int code, const Context &context)
{
    if (code == 131053) // media upload error: whose media is it?
        return context.mediaIsPerRecipient ? AnswerClass::RecipientPermanent
                                           : AnswerClass::CampaignFatal;
    if (const std::optional<ProviderCode> entry = findMetaCode(code))
        return entry->answerClass;
    return std::nullopt;
}

std::optional<AnswerClass> AnswerClassifier::twilioCodeClass(int code)
{
    if (const std::optional<ProviderCode> entry = findTwilioCode(code))
        return entry->answerClass;
    return std::nullopt;
}

QString AnswerClassifier::metaExplanation(int code)
{
    if (const std::optional<ProviderCode> entry = findMetaCode(code))
        return tr(entry->explanation);
    return tr("WhatsApp refused the message with error %1.").arg(code);
}

QString AnswerClassifier::twilioExplanation(int code)
{
    if (const std::optional<ProviderCode> entry = findTwilioCode(code))
        return tr(entry->explanation);
    return tr("Twilio refused the message with error %1.").arg(code);
}

// A cancel aborts requests that may already be on the wire, and HttpResponse does not
// say whether it was: a cancelled send is ambiguous, never retried silently.
std::optional<SendOutcome> AnswerClassifier::transportOutcome(const HttpResponse &response)
{
    SendOutcome result;
    switch (response.transport) {
    case HttpTransport::Completed:
        return std::nullopt;
    case HttpTransport::NotSent:
        result = outcome(AnswerClass::NotAccepted, u"not-sent"_s,
            tr("The provider could not be reached (connection refused, name lookup or "
               "secure connection failed); the message was not sent and will be tried "
               "again."));
        break;
    case HttpTransport::TimedOut:
        result = outcome(AnswerClass::Ambiguous, u"timeout"_s,
            tr("The provider did not answer in time; the message may or may not have "
               "been accepted."));
        break;
    case HttpTransport::Broken:
        result = outcome(AnswerClass::Ambiguous, u"connection-broken"_s,
            tr("The connection broke after the message was sent; it may or may not have "
               "been accepted."));
        break;
    case HttpTransport::Cancelled:
        result = outcome(AnswerClass::Ambiguous, u"cancelled"_s,
            tr("Sending was stopped while the message was on its way; it may or may not "
               "have been accepted."));
        break;
    }
    result.providerMessage = response.errorText;
    return result;
}

SendOutcome AnswerClassifier::fromHttpStatus(const HttpResponse &response)
{
    if (std::optional<SendOutcome> transport = transportOutcome(response))
        return *transport;
    const int status = response.status;
    const QString code = u"http-"_s + QString::number(status);
    SendOutcome result;
    if (status == 429) {
        result = outcome(AnswerClass::RateLimited, code,
            tr("The provider is receiving too many requests; sending slows down and "
               "tries again later."));
    } else if (status == 401 || status == 403) {
        result = outcome(AnswerClass::CampaignFatal, code,
            tr("The provider refused the account's credentials or permissions. Check "
               "the account settings."));
    } else if (status == 500 || status == 502 || status == 503 || status == 504) {
        result = outcome(AnswerClass::Ambiguous, code,
            tr("The provider had a server error (HTTP %1); the message may or may not "
               "have been accepted.")
                .arg(status));
    } else if (status >= 400 && status < 500 && !response.body.trimmed().isEmpty()) {
        result = outcome(AnswerClass::RecipientPermanent, code,
            tr("The provider refused this message (HTTP %1).").arg(status));
    } else if (status >= 200 && status < 300) {
        result = outcome(AnswerClass::Ambiguous, code,
            tr("The provider answered without a message id; the message may or may "
               "not have been accepted."));
    } else {
        result = outcome(AnswerClass::Ambiguous, code,
            tr("The provider gave an unexpected answer (HTTP %1); the message may or "
               "may not have been accepted.")
                .arg(status));
    }
    return completed(result, response);
}

SendOutcome AnswerClassifier::meta(const HttpResponse &response)
{
    return meta(response, Context {});
}

SendOutcome AnswerClassifier::meta(const HttpResponse &response, const Context &context)
{
    if (std::optional<SendOutcome> transport = transportOutcome(response))
        return *transport;
    const QJsonObject body = jsonObject(response.body);
    const QJsonObject error = body.value(u"error"_s).toObject();
    if (const std::optional<int> code = jsonCode(error.value(u"code"_s))) {
        const std::optional<AnswerClass> answerClass = metaCodeClass(*code, context);
        if (!answerClass)
            return unlistedCode(response, *code, metaMessage(error), metaExplanation(*code));
        SendOutcome result = outcome(*answerClass, QString::number(*code), metaExplanation(*code));
        result.providerMessage = metaMessage(error);
        return completed(result, response);
    }
    if (response.isSuccess()) {
        const QJsonObject message = body.value(u"messages"_s).toArray().first().toObject();
        const QString id = message.value(u"id"_s).toString();
        if (!id.isEmpty()) {
            SendOutcome result = outcome(AnswerClass::Accepted, {}, {});
            result.messageId = id;
            result.messageStatus = message.value(u"message_status"_s).toString();
            if (result.messageStatus == u"held_for_quality_assessment"_s)
                result.explanation = tr("Accepted; WhatsApp holds the message while it checks the "
                                        "template's quality, and may deliver it later.");
            else if (result.messageStatus == u"paused"_s)
                result.explanation = tr("Accepted; WhatsApp paused delivery of this template for "
                                        "now, and may deliver it later.");
            return completed(result, response);
        }
    }
    return fromHttpStatus(response);
}

SendOutcome AnswerClassifier::twilio(const HttpResponse &response)
{
    if (std::optional<SendOutcome> transport = transportOutcome(response))
        return *transport;
    const QJsonObject body = jsonObject(response.body);
    const QString message = body.value(u"message"_s).toString();
    if (!response.isSuccess()) {
        if (const std::optional<int> code = jsonCode(body.value(u"code"_s))) {
            const std::optional<AnswerClass> answerClass = twilioCodeClass(*code);
            if (!answerClass)
                return unlistedCode(response, *code, message, twilioExplanation(*code));
            SendOutcome result
                = outcome(*answerClass, QString::number(*code), twilioExplanation(*code));
            result.providerMessage = message;
            return completed(result, response);
        }
    } else if (const QString sid = body.value(u"sid"_s).toString(); !sid.isEmpty()) {
        SendOutcome result = outcome(AnswerClass::Accepted, {}, {});
        result.messageId = sid;
        result.messageStatus = body.value(u"status"_s).toString(); // queued, accepted...
        return completed(result, response);
    }
    SendOutcome result = fromHttpStatus(response);
    result.providerMessage = message;
    return result;
}

// The relay contract (DESIGN.md section 4): 200 {status: "success", messageId}; 400 is
// the recipient's problem, 401 the campaign's. A 2xx without a messageId, or with a status
// other than "success", is ambiguous.
SendOutcome AnswerClassifier::relay(const HttpResponse &response)
{
    if (std::optional<SendOutcome> transport = transportOutcome(response))
        return *transport;
    const QJsonObject body = jsonObject(response.body);
    QString message = body.value(u"message"_s).toString();
    if (message.isEmpty())
        message = body.value(u"error"_s).toString();
    const QString code = u"http-"_s + QString::number(response.status);
    SendOutcome result;
    if (response.isSuccess()) {
        const QString id = body.value(u"messageId"_s).toVariant().toString();
        const QJsonValue status = body.value(u"status"_s);
        if (!id.isEmpty() && (status.isUndefined() || status.toString() == u"success"_s)) {
            result = outcome(AnswerClass::Accepted, {}, {});
            result.messageId = id;
            result.messageStatus = status.toString();
            return completed(result, response);
        }
        result = fromHttpStatus(response);
    } else if (response.status == 400) {
        result = completed(outcome(AnswerClass::RecipientPermanent, code,
                               tr("The relay refused this message for this recipient.")),
            response);
    } else if (response.status == 401) {
        result = completed(outcome(AnswerClass::CampaignFatal, code,
                               tr("The relay refused the shared secret. Check the account's "
                                  "relay secret.")),
            response);
    } else {
        result = fromHttpStatus(response);
    }
    result.providerMessage = message;
    return result;
}

} // namespace megaphone
