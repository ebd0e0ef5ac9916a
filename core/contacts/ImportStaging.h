#pragma once

#include "ImportTypes.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace megaphone {

class Database;

// The staging area of one import: temporary tables on the importing thread's
// own connection (SQLite TEMP tables, PostgreSQL temporary tables filled with
// COPY), then one short set-based merge into contacts (DESIGN.md section 6).
// Nothing touches the real tables before merge(); dropping the object without
// merging leaves the database as it was.
class ImportStaging
{
    Q_DECLARE_TR_FUNCTIONS(ImportStaging)

public:
    // `addTags` go on every staged contact, with its own tags.
    explicit ImportStaging(std::shared_ptr<const Database> db, const QStringList &addTags = {});
    ~ImportStaging();

    Result<void> create();
    // Appends contacts (first sighting of each number) and their tags.
    Result<void> append(const QList<StagedContact> &contacts);
    // Folds a later row for an already staged number into it: empty cells
    // do not blank, tags add up, an opt-out wins.
    Result<void> fold(const QList<StagedContact> &duplicates);

    // How many staged numbers already exist in contacts. On SQLite it also marks
    // their staged rows, which merge() then checks only against contacts added since.
    Result<qint64> countExisting();
    // Applies everything in one transaction.
    Result<void> merge(const QString &actor);

private:
    Result<void> appendRows(const QString &table, const QList<StagedContact> &contacts, bool withSeq);
    Result<void> insertRows(const QString &table, const QString &columns,
                            const QList<StagedContact> &contacts, bool withSeq);
    Result<void> applyRepeats();
    Result<void> applyRepeatsGrouped(const QStringList &lastWins);
    Result<void> insertTagNames();
    Result<qint64> highestContactId(const QString &what);
    Result<void> markKnown();
    Result<QVariant> insertNewContacts(const QString &upsert, qint64 now);
    Result<void> tagContacts(const QVariant &firstNewId);
    Result<void> exec(const QString &sql, const QVariantList &values, const QString &what);
    void drop();

    std::shared_ptr<const Database> m_db;
    qint64 m_seq = 0; // rows staged
    QStringList m_addTags; // trimmed, distinct
    QSet<QString> m_tagNames;
    bool m_created = false;
    qint64 m_repeats = 0;   // rows staged in import_repeats
    qint64 m_repeatSeq = 0; // their order in the file
    qint64 m_markedUpTo = -1; // SQLite: contacts up to this id were compared (countExisting)
};

} // namespace megaphone
