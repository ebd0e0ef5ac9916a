#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QVariantList>

class QSqlDatabase;

namespace megaphone::Sql {

// Prepares `sql`, binds `values` in order and executes it. `what` says in words
// what the statement does ("save the contact"), for the error message.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &what);

// A NULL for an empty string, so optional text columns stay NULL.
QVariant nullIfEmpty(const QString &text);
// A NULL for 0, for optional ids and timestamps.
QVariant nullIfZero(qint64 value);

// "?, ?, ?" for `count` placeholders.
QString placeholders(qsizetype count);

// One statement prepared on first use and executed again with new values (a batch of
// results or events in one transaction).
class Statement
{
public:
    Statement(const QSqlDatabase &db, QString sql, QString what);
    // Rows affected.
    Result<int> run(const QVariantList &values);
    // The query after run(), to read a SELECT's rows.
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_what;
    bool m_prepared = false;
};

} // namespace megaphone::Sql
