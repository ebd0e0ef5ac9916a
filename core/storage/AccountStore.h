#pragma once

#include "Account.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace megaphone {

class Database;

class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(AccountStore)

public:
    explicit AccountStore(std::shared_ptr<const Database> db);

    Result<qint64> add(const Account &account);
    Result<void> update(const Account &account);
    Result<void> remove(qint64 id);
    Result<std::optional<Account>> find(qint64 id);
    Result<QList<Account>> list();

private:
    Result<QList<Account>> select(const QString &where, const QVariantList &values);
    static QVariantList fieldValues(const Account &account);

    std::shared_ptr<const Database> m_db;
};

} // namespace megaphone
