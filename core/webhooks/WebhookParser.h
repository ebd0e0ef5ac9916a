#pragma once

#include "Result.h"
#include "WebhookEvents.h"

#include <QCoreApplication>

namespace megaphone {

// Reads provider webhooks into events; pure functions, no I/O (a fuzz target drives them).
// Malformed input is an error in words, never a crash; unknown fields and event kinds are
// ignored (Meta adds fields often).
class WebhookParser
{
    Q_DECLARE_TR_FUNCTIONS(WebhookParser)

public:
    // A Meta (or 360dialog) `whatsapp_business_account` payload: statuses, inbound
    // messages and user_preferences of every entry and change. `source`: "meta" or
    // "360dialog".
    static Result<WebhookEvents> meta(const QByteArray &body, const QString &source);
    // A Twilio status callback (form-encoded). `recipientId` comes from the callback URL's
    // query (?recipient=<id>), which Megaphone set when sending.
    static Result<WebhookEvents> twilio(const QByteArray &formBody, qint64 recipientId);
    // A Twilio Message resource (GET .../Messages/<Sid>.json), read when polling for the
    // statuses of an account Twilio cannot call back.
    static Result<WebhookEvents> twilioMessage(const QByteArray &json, qint64 recipientId);

    // "megaphone:r=<id>" (as Megaphone sends it, optionally with other ;-separated
    // fields) -> the recipient id; 0 when it is not ours.
    static qint64 recipientFromCallbackData(const QString &data);
    // A WhatsApp id or phone without "+" -> E.164 ("+" and digits); "" when not a number.
    static QString e164(const QString &waId);
};

} // namespace megaphone
