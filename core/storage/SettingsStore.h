#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <memory>

namespace megaphone {

class Database;

// The team-wide `settings` table: JSON values by key. Use TeamSettings for typed access.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(std::shared_ptr<const Database> db);

    // Undefined when the key was never set.
    Result<QJsonValue> value(const QString &key);
    Result<void> setValue(const QString &key, const QJsonValue &value);
    Result<void> remove(const QString &key);

private:
    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
