#pragma once

#include "Broadcast.h"
#include "TemplateMapping.h"

#include <QObject>

namespace megaphone {

// The broadcast the Broadcast Builder edits, shared by every page of the wizard: each
// page reads what it shows from here and writes what the user changes back, and listens
// to the signals of the parts other pages change (the account for the template list, the
// audience for the content check...). A setter that changes nothing emits nothing.
//
// Stored as BroadcastStore saves it: the mapping as TemplateMapping JSON, the audience
// as its JSON, the schedule as UTC milliseconds (0: send now), and the send_window JSON
// as {"local_hours": "09:00-20:00", "schedule_zone": "Europe/Berlin"}: the dispatcher
// reads local_hours; schedule_zone is the zone the schedule was picked in, for showing it
// again.
class BroadcastDraft : public QObject
{
    Q_OBJECT

public:
    explicit BroadcastDraft(QObject *parent = nullptr);

    // The whole broadcast, as saved.
    Broadcast broadcast() const { return m_broadcast; }
    // Replaces everything (a draft opened again); loaded() follows, then changed().
    void load(const Broadcast &broadcast);

    qint64 id() const { return m_broadcast.id; } // 0 until saved
    QString name() const { return m_broadcast.name; }
    void setName(const QString &name);
    qint64 accountId() const { return m_broadcast.accountId; }
    void setAccountId(qint64 id);
    qint64 templateId() const { return m_broadcast.templateId; }
    void setTemplateId(qint64 id);
    TemplateMapping mapping() const { return TemplateMapping::fromJson(m_broadcast.mapping); }
    void setMapping(const TemplateMapping &mapping);
    QJsonObject audience() const { return m_broadcast.audience; }
    void setAudience(const QJsonObject &audience);
    // UTC ms; 0 sends as soon as the broadcast is sent.
    qint64 scheduledAt() const { return m_broadcast.scheduledAt; }
    QByteArray scheduleZone() const; // IANA id; empty: the system's
    void setSchedule(qint64 utcMs, const QByteArray &zoneId);
    // "HH:MM-HH:MM" (SendingWindow), empty: any time.
    QString sendingHours() const;
    void setSendingHours(const QString &hours);
    int maxMps() const { return m_broadcast.maxMps; } // 0: the account's throughput
    void setMaxMps(int mps);

    // Changed since it was loaded or saved.
    bool isModified() const { return m_modified; }
    // After a save: the id it was saved under.
    void markSaved(qint64 id);

Q_SIGNALS:
    void changed(); // any part
    void loaded();
    void saved(qint64 id);
    void nameChanged();
    void accountChanged(qint64 accountId);
    void templateChanged(qint64 templateId);
    void mappingChanged();
    void audienceChanged();
    void scheduleChanged();
    void sendingHoursChanged();
    void maxMpsChanged();

private:
    void setWindowValue(const QString &key, const QString &value);
    void touched();

    Broadcast m_broadcast;
    bool m_modified = false;
};

} // namespace megaphone
