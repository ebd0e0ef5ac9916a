#include "Sql.h"

#include "Database.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace megaphone::Sql {

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE DDL such as CREATE TABLE.
        if (!query.exec(sql))
            return Database::queryError(query, what);
        return query;
    }
    if (!query.prepare(sql))
        return Database::queryError(query, what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Database::queryError(query, what);
    return query;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(value);
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

Statement::Statement(const QSqlDatabase &db, QString sql, QString what)
    : m_query(db)
    , m_sql(std::move(sql))
    , m_what(std::move(what))
{
}

Result<int> Statement::run(const QVariantList &values)
{
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return Database::queryError(m_query, m_what);
        m_prepared = true;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(static_cast<int>(i), values.at(i));
    if (!m_query.exec())
        return Database::queryError(m_query, m_what);
    return m_query.numRowsAffected();
}

} // namespace megaphone::Sql
