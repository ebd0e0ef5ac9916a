#include "BroadcastDrafts.h"

#include "BroadcastStore.h"

using namespace Qt::StringLiterals;

namespace megaphone {

BroadcastDrafts::BroadcastDrafts(std::shared_ptr<const Database> db) : m_db(std::move(db)) { }

Result<qint64> BroadcastDrafts::duplicate(qint64 id, qint64 nowMs)
{
    BroadcastStore store(m_db);
    auto found = store.find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(u"not-found"_s, tr("The broadcast %1 no longer exists.").arg(id));
    const Broadcast &original = found->value();
    Broadcast copy;
    copy.name = tr("%1 (copy)").arg(original.name);
    copy.accountId = original.accountId;
    copy.templateId = original.templateId;
    copy.mapping = original.mapping;
    copy.audience = original.audience;
    copy.scheduledAt = original.scheduledAt > nowMs ? original.scheduledAt : 0;
    copy.sendWindow = original.sendWindow;
    copy.maxMps = original.maxMps;
    copy.status = BroadcastStatus::Draft;
    return store.create(copy);
}

} // namespace megaphone
