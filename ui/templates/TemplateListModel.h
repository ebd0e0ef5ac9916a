#pragma once

#include "Account.h"
#include "MessageTemplate.h"
#include "TemplateStore.h"

#include <QAbstractListModel>

#include <memory>

namespace megaphone {

class Database;

// One card of the Templates page: the stored record, the template parsed from it
// and the account it belongs to.
struct TemplateEntry
{
    TemplateRecord record;
    MessageTemplate message; // name and language only when the JSON did not parse
    QString accountLabel;
    ProviderKind provider = ProviderKind::Meta;
    QString searchText; // name and body without markup, lower case
};

// Every account's templates (deleted ones left out), read off the GUI thread and
// parsed there too, so a thousand of them never stall the window.
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AccountRole,
        StatusRole, // upper case, as the provider spells it
        CategoryRole, // upper case
        LanguageRole,
        SearchRole,
    };

    explicit TemplateListModel(std::shared_ptr<const Database> db, QObject *parent = nullptr);

    // Reads the list again; loaded() follows.
    void reload();
    bool isLoading() const { return m_loading; }
    // The error of the last read, empty when it worked.
    QString loadError() const { return m_error; }

    const TemplateEntry &entry(int row) const { return m_entries.at(row); }
    int rowOf(qint64 id) const;
    const QList<Account> &accounts() const { return m_accounts; }
    // The values present, sorted, for the filters.
    QStringList values(Role role) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    void loaded();

private:
    struct Listing;
    void show(const Result<Listing> &listing);

    std::shared_ptr<const Database> m_db;
    QList<TemplateEntry> m_entries;
    QList<Account> m_accounts;
    QString m_error;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace megaphone
