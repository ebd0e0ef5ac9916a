#include "BroadcastCopy.h"

#include "BroadcastStore.h"

using namespace Qt::StringLiterals;

namespace megaphone {

BroadcastCopy::BroadcastCopy(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

QString BroadcastCopy::copyName(const QString &name)
{
    return tr("%1 (copy)", "the name of a duplicated broadcast").arg(name);
}

Result<qint64> BroadcastCopy::duplicate(qint64 broadcastId)
{
    BroadcastStore store(m_db);
    auto found = store.find(broadcastId);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(u"not-found"_s, tr("There is no broadcast %1.").arg(broadcastId));
    const Broadcast &original = *found.value();
    Broadcast copy;
    copy.name = copyName(original.name);
    copy.accountId = original.accountId;
    copy.templateId = original.templateId;
    copy.mapping = original.mapping;
    copy.audience = original.audience;
    copy.sendWindow = original.sendWindow;
    copy.maxMps = original.maxMps;
    copy.status = BroadcastStatus::Draft;
    return store.create(copy);
}

} // namespace megaphone
