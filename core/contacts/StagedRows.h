#pragma once

#include "ImportTypes.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QVariantList>

class QSqlDatabase;
struct sqlite3;

namespace megaphone {

// The rows of ImportStaging's staging tables: a staged contact as the values of its row,
// its tags (and the import-wide ones) as one JSON array, written in the form each way
// into the database takes.

// The staging table's columns, in the order of the values below.
inline constexpr int kStagedColumns = 13;
extern const QString kStagedColumnNames;

// The row's values for a prepared statement; an empty text is NULL.
QVariantList stagedRowValues(const StagedContact &c, const QStringList &addTags);

// The same row in COPY's text format, appended to `out`.
void appendStagedCopyRow(QByteArray &out, const StagedContact &c, const QStringList &addTags);

// `COPY <target> FROM STDIN` on a QPSQL connection, with rows made by appendStagedCopyRow().
Result<void> copyIntoTable(const QSqlDatabase &db, const QString &target, const QByteArray &payload);

// The rows inserted through SQLite's own API (Database::sqliteHandle()), each preceded by
// the next `repeatSeq` when it is given. Only where the build defines
// MEGAPHONE_SQLITE_HANDLE.
Result<void> insertStagedRows(sqlite3 *db, const QString &table, const QString &columns,
                              const QList<StagedContact> &contacts, const QStringList &addTags,
                              qint64 *repeatSeq);

} // namespace megaphone
