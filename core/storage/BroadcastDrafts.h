#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <memory>

namespace megaphone {

class Database;

// Drafts made from other broadcasts.
class BroadcastDrafts
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastDrafts)

public:
    explicit BroadcastDrafts(std::shared_ptr<const Database> db);

    // A new draft with the settings of broadcast `id` (any status): account, template,
    // mapping, audience, sending window and rate, named "<name> (copy)". A schedule still
    // ahead of `nowMs` is kept; one in the past is dropped (the copy sends when sent).
    // Returns the new draft's id.
    Result<qint64> duplicate(qint64 id, qint64 nowMs);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
