#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace megaphone {

// A message status from the provider (Meta `statuses[]`, a Twilio status callback).
struct StatusEvent
{
    QString messageId;      // wamid, or Twilio's MessageSid
    QString status;         // sent, delivered, read, failed (Twilio: also undelivered)
    qint64 atMs = 0;
    QString recipientPhone; // E.164 with "+"
    qint64 recipientId = 0; // ours, from biz_opaque_callback_data or the callback URL; 0: none
    QString errorCode;      // when failed
    QString errorTitle;     // the provider's words
    QString source;         // "meta", "twilio", "360dialog"
};

// A message a customer sent to a business number.
struct InboundEvent
{
    QString messageId;
    QString fromPhone; // E.164 with "+"
    qint64 atMs = 0;
    QString type;      // text, button, interactive, unsupported...
    QString text;      // the text, a quick reply's payload and title, a list reply's title
    QString contextId; // the wamid it answers, when it is a reply
    QString source;
};

// WhatsApp's own "stop / resume marketing messages" control (Meta `user_preferences`).
struct PreferenceEvent
{
    QString fromPhone;
    QString value;    // stop, resume
    QString category; // marketing_messages
    qint64 atMs = 0;
    QString source;
};

struct WebhookEvents
{
    QList<StatusEvent> statuses;
    QList<InboundEvent> inbound;
    QList<PreferenceEvent> preferences;

    bool isEmpty() const { return statuses.isEmpty() && inbound.isEmpty() && preferences.isEmpty(); }
};

// One stored event (webhook_events.payload) and its de-duplication key: Meta retries for
// days and sends to every subscribed app, so the same event may arrive many times.
struct StoredEvent
{
    QString dedupeKey;
    QJsonObject payload; // {"kind": "status" | "inbound" | "preference", ...}

    static QList<StoredEvent> from(const WebhookEvents &events);
    static StoredEvent from(const StatusEvent &event);
    static StoredEvent from(const InboundEvent &event);
    static StoredEvent from(const PreferenceEvent &event);
    static StatusEvent status(const QJsonObject &payload);
    static InboundEvent inbound(const QJsonObject &payload);
    static PreferenceEvent preference(const QJsonObject &payload);
};

} // namespace megaphone
