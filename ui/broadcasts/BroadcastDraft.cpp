#include "BroadcastDraft.h"

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
const QString kHours = u"local_hours"_s;
const QString kZone = u"schedule_zone"_s;
} // namespace

BroadcastDraft::BroadcastDraft(QObject *parent) : QObject(parent) { }

void BroadcastDraft::load(const Broadcast &broadcast)
{
    m_broadcast = broadcast;
    m_modified = false;
    Q_EMIT loaded();
    Q_EMIT changed();
}

void BroadcastDraft::touched()
{
    m_modified = true;
    Q_EMIT changed();
}

void BroadcastDraft::setName(const QString &name)
{
    if (name == m_broadcast.name)
        return;
    m_broadcast.name = name;
    Q_EMIT nameChanged();
    touched();
}

void BroadcastDraft::setAccountId(qint64 id)
{
    if (id == m_broadcast.accountId)
        return;
    m_broadcast.accountId = id;
    Q_EMIT accountChanged(id);
    touched();
}

void BroadcastDraft::setTemplateId(qint64 id)
{
    if (id == m_broadcast.templateId)
        return;
    m_broadcast.templateId = id;
    Q_EMIT templateChanged(id);
    touched();
}

void BroadcastDraft::setMapping(const TemplateMapping &mapping)
{
    const QJsonObject json = mapping.toJson();
    if (json == m_broadcast.mapping)
        return;
    m_broadcast.mapping = json;
    Q_EMIT mappingChanged();
    touched();
}

void BroadcastDraft::setAudience(const QJsonObject &audience)
{
    if (audience == m_broadcast.audience)
        return;
    m_broadcast.audience = audience;
    Q_EMIT audienceChanged();
    touched();
}

QByteArray BroadcastDraft::scheduleZone() const
{
    return m_broadcast.sendWindow.value(kZone).toString().toUtf8();
}

void BroadcastDraft::setSchedule(qint64 utcMs, const QByteArray &zoneId)
{
    if (utcMs == m_broadcast.scheduledAt && zoneId == scheduleZone())
        return;
    m_broadcast.scheduledAt = utcMs;
    setWindowValue(kZone, QString::fromUtf8(zoneId));
    Q_EMIT scheduleChanged();
    touched();
}

QString BroadcastDraft::sendingHours() const
{
    return m_broadcast.sendWindow.value(kHours).toString();
}

void BroadcastDraft::setSendingHours(const QString &hours)
{
    if (hours == sendingHours())
        return;
    setWindowValue(kHours, hours);
    Q_EMIT sendingHoursChanged();
    touched();
}

void BroadcastDraft::setWindowValue(const QString &key, const QString &value)
{
    if (value.isEmpty())
        m_broadcast.sendWindow.remove(key);
    else
        m_broadcast.sendWindow.insert(key, value);
}

void BroadcastDraft::setMaxMps(int mps)
{
    if (mps == m_broadcast.maxMps)
        return;
    m_broadcast.maxMps = mps;
    Q_EMIT maxMpsChanged();
    touched();
}

void BroadcastDraft::markSaved(qint64 id)
{
    m_broadcast.id = id;
    m_modified = false;
    Q_EMIT saved(id);
}

} // namespace megaphone
