#include "PortfolioStore.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"

using namespace Qt::StringLiterals;

namespace megaphone {

PortfolioStore::PortfolioStore(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

Result<qint64> PortfolioStore::add(const Portfolio &p)
{
    if (p.name.trimmed().isEmpty())
        return makeError(u"bad-value"_s, tr("A portfolio needs a name."));
    auto q = Sql::exec(m_db->connection(),
                       u"INSERT INTO portfolios (name, messaging_tier, created_at) VALUES (?, ?, ?) "
                       "RETURNING id"_s,
                       {p.name.trimmed(), p.messagingTier, Clock::nowMs()},
                       tr("add the portfolio %1").arg(p.name));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<void> PortfolioStore::update(const Portfolio &p)
{
    auto q = Sql::exec(m_db->connection(),
                       u"UPDATE portfolios SET name = ?, messaging_tier = ? WHERE id = ?"_s,
                       {p.name.trimmed(), p.messagingTier, p.id},
                       tr("save the portfolio %1").arg(p.name));
    if (!q)
        return q.error();
    return {};
}

Result<void> PortfolioStore::remove(qint64 id)
{
    auto q = Sql::exec(m_db->connection(), u"DELETE FROM portfolios WHERE id = ?"_s, {id},
                       tr("remove the portfolio"));
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<Portfolio>> PortfolioStore::find(qint64 id)
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<std::optional<Portfolio>> PortfolioStore::findByName(const QString &name)
{
    auto found = select(u"name = ?"_s, {name.trimmed()});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<Portfolio>> PortfolioStore::list()
{
    return select(u"1 = 1"_s, {});
}

Result<QList<Portfolio>> PortfolioStore::select(const QString &where, const QVariantList &values)
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT id, name, messaging_tier FROM portfolios WHERE "_s + where +
                           u" ORDER BY name"_s,
                       values, tr("read portfolios"));
    if (!q)
        return q.error();
    QList<Portfolio> result;
    while (q->next())
        result.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt()});
    return result;
}

} // namespace megaphone
