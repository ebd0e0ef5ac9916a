#include "AccountStore.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace megaphone {

AccountStore::AccountStore(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

QVariantList AccountStore::fieldValues(const Account &a)
{
    const QString settings =
        a.settings.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(a.settings).toJson(QJsonDocument::Compact));
    return {providerToString(a.provider),      a.label.trimmed(),
            Sql::nullIfZero(a.portfolioId),    Sql::nullIfEmpty(a.phoneNumberId),
            Sql::nullIfEmpty(a.wabaId),        Sql::nullIfEmpty(a.displayNumber),
            Sql::nullIfEmpty(a.qualityRating), Sql::nullIfZero(a.throughputMps),
            Sql::nullIfEmpty(a.baseUrl),       Sql::nullIfEmpty(a.apiVersion),
            Sql::nullIfEmpty(settings)};
}

Result<qint64> AccountStore::add(const Account &a)
{
    if (a.label.trimmed().isEmpty())
        return makeError(u"bad-value"_s, tr("A sender account needs a label."));
    const qint64 now = Clock::nowMs();
    auto q = Sql::exec(m_db->connection(),
                       u"INSERT INTO accounts (provider, label, portfolio_id, phone_number_id, "
                       "waba_id, display_number, quality_rating, throughput_mps, base_url, "
                       "api_version, settings, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                       fieldValues(a) << now << now, tr("add the account %1").arg(a.label));
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

Result<void> AccountStore::update(const Account &a)
{
    auto q = Sql::exec(m_db->connection(),
                       u"UPDATE accounts SET provider = ?, label = ?, portfolio_id = ?, "
                       "phone_number_id = ?, waba_id = ?, display_number = ?, quality_rating = ?, "
                       "throughput_mps = ?, base_url = ?, api_version = ?, settings = ?, "
                       "updated_at = ? WHERE id = ?"_s,
                       fieldValues(a) << Clock::nowMs() << a.id,
                       tr("save the account %1").arg(a.label));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(u"not-found"_s, tr("The account %1 no longer exists.").arg(a.id));
    return {};
}

Result<void> AccountStore::remove(qint64 id)
{
    auto q = Sql::exec(m_db->connection(), u"DELETE FROM accounts WHERE id = ?"_s, {id},
                       tr("remove the account (it may still be used by a broadcast)"));
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<Account>> AccountStore::find(qint64 id)
{
    auto found = select(u"id = ?"_s, {id});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

Result<QList<Account>> AccountStore::list()
{
    return select(u"1 = 1"_s, {});
}

Result<QList<Account>> AccountStore::select(const QString &where, const QVariantList &values)
{
    auto q = Sql::exec(m_db->connection(),
                       u"SELECT id, provider, label, portfolio_id, phone_number_id, waba_id, "
                       "display_number, quality_rating, throughput_mps, base_url, api_version, "
                       "settings FROM accounts WHERE "_s +
                           where + u" ORDER BY id"_s,
                       values, tr("read accounts"));
    if (!q)
        return q.error();
    QList<Account> result;
    while (q->next()) {
        Account a;
        a.id = q->value(0).toLongLong();
        a.provider = providerFromString(q->value(1).toString()).value_or(ProviderKind::Meta);
        a.label = q->value(2).toString();
        a.portfolioId = q->value(3).toLongLong();
        a.phoneNumberId = q->value(4).toString();
        a.wabaId = q->value(5).toString();
        a.displayNumber = q->value(6).toString();
        a.qualityRating = q->value(7).toString();
        a.throughputMps = q->value(8).toInt();
        a.baseUrl = q->value(9).toString();
        a.apiVersion = q->value(10).toString();
        a.settings = QJsonDocument::fromJson(q->value(11).toString().toUtf8()).object();
        result.append(a);
    }
    return result;
}

} // namespace megaphone
