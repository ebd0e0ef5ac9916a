#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace megaphone {

class Database;

// A Meta business portfolio: its messaging tier (unique users per rolling 24 h)
// is shared by all of its numbers.
struct Portfolio
{
    qint64 id = 0;
    QString name;
    int messagingTier = 250;
};

class PortfolioStore
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    explicit PortfolioStore(std::shared_ptr<const Database> db);

    Result<qint64> add(const Portfolio &portfolio);
    Result<void> update(const Portfolio &portfolio);
    Result<void> remove(qint64 id);
    Result<std::optional<Portfolio>> find(qint64 id);
    Result<std::optional<Portfolio>> findByName(const QString &name);
    Result<QList<Portfolio>> list();

private:
    Result<QList<Portfolio>> select(const QString &where, const QVariantList &values);

    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
