#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QIODevice;

namespace megaphone {

class Database;

// The per-recipient report of a broadcast as CSV (UTF-8 with a BOM, formula-guarded):
// phone, name, status, attempts, the times it was sent, delivered, read, failed and
// replied (ISO 8601, UTC), the error code and its explanation, the provider's message id.
// Written page by page, so memory stays flat on a million recipients.
class RecipientReport
{
    Q_DECLARE_TR_FUNCTIONS(RecipientReport)

public:
    explicit RecipientReport(std::shared_ptr<const Database> db);

    static QStringList header();
    // Returns how many recipients were written.
    Result<qint64> write(qint64 broadcastId, QIODevice *out);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
