#include "WebhookEvents.h"

using namespace Qt::StringLiterals;

namespace megaphone {

QList<StoredEvent> StoredEvent::from(const WebhookEvents &events)
{
    QList<StoredEvent> stored;
    stored.reserve(events.statuses.size() + events.inbound.size() + events.preferences.size());
    for (const StatusEvent &e : events.statuses)
        stored << from(e);
    for (const InboundEvent &e : events.inbound)
        stored << from(e);
    for (const PreferenceEvent &e : events.preferences)
        stored << from(e);
    return stored;
}

StoredEvent StoredEvent::from(const StatusEvent &e)
{
    return {u"status:%1:%2:%3"_s.arg(e.source, e.messageId, e.status),
            {{u"kind"_s, u"status"_s},
             {u"id"_s, e.messageId},
             {u"status"_s, e.status},
             {u"at"_s, e.atMs},
             {u"phone"_s, e.recipientPhone},
             {u"recipient"_s, e.recipientId},
             {u"code"_s, e.errorCode},
             {u"title"_s, e.errorTitle},
             {u"source"_s, e.source}}};
}

StoredEvent StoredEvent::from(const InboundEvent &e)
{
    return {u"inbound:%1:%2"_s.arg(e.source, e.messageId),
            {{u"kind"_s, u"inbound"_s},
             {u"id"_s, e.messageId},
             {u"phone"_s, e.fromPhone},
             {u"at"_s, e.atMs},
             {u"type"_s, e.type},
             {u"text"_s, e.text},
             {u"context"_s, e.contextId},
             {u"source"_s, e.source}}};
}

StoredEvent StoredEvent::from(const PreferenceEvent &e)
{
    return {u"preference:%1:%2:%3:%4"_s.arg(e.source, e.fromPhone, e.value).arg(e.atMs),
            {{u"kind"_s, u"preference"_s},
             {u"phone"_s, e.fromPhone},
             {u"value"_s, e.value},
             {u"category"_s, e.category},
             {u"at"_s, e.atMs},
             {u"source"_s, e.source}}};
}

StatusEvent StoredEvent::status(const QJsonObject &p)
{
    StatusEvent e;
    e.messageId = p.value(u"id").toString();
    e.status = p.value(u"status").toString();
    e.atMs = p.value(u"at").toInteger();
    e.recipientPhone = p.value(u"phone").toString();
    e.recipientId = p.value(u"recipient").toInteger();
    e.errorCode = p.value(u"code").toString();
    e.errorTitle = p.value(u"title").toString();
    e.source = p.value(u"source").toString();
    return e;
}

InboundEvent StoredEvent::inbound(const QJsonObject &p)
{
    InboundEvent e;
    e.messageId = p.value(u"id").toString();
    e.fromPhone = p.value(u"phone").toString();
    e.atMs = p.value(u"at").toInteger();
    e.type = p.value(u"type").toString();
    e.text = p.value(u"text").toString();
    e.contextId = p.value(u"context").toString();
    e.source = p.value(u"source").toString();
    return e;
}

PreferenceEvent StoredEvent::preference(const QJsonObject &p)
{
    PreferenceEvent e;
    e.fromPhone = p.value(u"phone").toString();
    e.value = p.value(u"value").toString();
    e.category = p.value(u"category").toString();
    e.atMs = p.value(u"at").toInteger();
    e.source = p.value(u"source").toString();
    return e;
}

} // namespace megaphone
