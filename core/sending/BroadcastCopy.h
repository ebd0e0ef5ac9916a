#pragma once

#include "Result.h"

#include <QCoreApplication>

#include <memory>

namespace megaphone {

class Database;

// "Duplicate": a new draft made from any broadcast (a sent one included), with its
// name followed by "(copy)", its account, template, mapping, audience, sending window,
// and rate; never its schedule (the copy is sent when the user says), its recipients
// or its state.
class BroadcastCopy
{
    Q_DECLARE_TR_FUNCTIONS(BroadcastCopy)

public:
    explicit BroadcastCopy(std::shared_ptr<const Database> db);

    // The new draft's id.
    Result<qint64> duplicate(qint64 broadcastId);
    static QString copyName(const QString &name);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
