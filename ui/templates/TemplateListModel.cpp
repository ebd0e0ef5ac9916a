#include "TemplateListModel.h"

#include "AccountStore.h"
#include "WhatsAppText.h"
#include "widgets/RunInBackground.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace megaphone {

struct TemplateListModel::Listing
{
    QList<TemplateEntry> entries;
    QList<Account> accounts;
};

namespace {

TemplateEntry entryFor(const TemplateRecord &record, const QHash<qint64, Account> &accounts)
{
    TemplateEntry entry;
    entry.record = record;
    auto parsed = MessageTemplate::fromRecord(record);
    if (parsed) {
        entry.message = parsed.value();
    } else {
        entry.message.name = record.name;
        entry.message.language = record.language;
        entry.message.body = parsed.error().message;
    }
    entry.message.category = record.category;
    entry.message.status = record.status;
    const Account account = accounts.value(record.accountId);
    entry.accountLabel = account.label;
    entry.provider = account.provider;
    entry.searchText = (record.name + u'\n' + WhatsAppText::toPlain(entry.message.headerText)
        + u'\n' + WhatsAppText::toPlain(entry.message.body))
                           .toLower();
    return entry;
}

} // namespace

TemplateListModel::TemplateListModel(std::shared_ptr<const Database> db, QObject *parent)
    : QAbstractListModel(parent), m_db(std::move(db))
{ }

void TemplateListModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    runInBackground(
        this,
        [templates = TemplateStore(m_db),
            accounts = AccountStore(m_db)]() mutable -> Result<Listing> {
            auto senders = accounts.list();
            if (!senders)
                return senders.error();
            auto records = templates.list(0, false);
            if (!records)
                return records.error();
            Listing listing;
            listing.accounts = senders.value();
            QHash<qint64, Account> byId;
            for (const Account &account : std::as_const(listing.accounts))
                byId.insert(account.id, account);
            listing.entries.reserve(records->size());
            for (const TemplateRecord &record : records.value())
                listing.entries.append(entryFor(record, byId));
            return listing;
        },
        [this, generation](const Result<Listing> &listing) {
            if (generation == m_generation)
                show(listing);
        });
}

void TemplateListModel::show(const Result<Listing> &listing)
{
    beginResetModel();
    if (listing) {
        m_entries = listing->entries;
        m_accounts = listing->accounts;
        m_error.clear();
    } else {
        m_entries.clear();
        m_error = listing.error().message;
    }
    m_loading = false;
    endResetModel();
    Q_EMIT loaded();
}

int TemplateListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).record.id == id)
            return row;
    }
    return -1;
}

QStringList TemplateListModel::values(Role role) const
{
    QSet<QString> seen;
    for (int row = 0; row < m_entries.size(); ++row)
        seen.insert(data(index(row), role).toString());
    seen.remove(QString());
    QStringList sorted(seen.begin(), seen.end());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TemplateEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.record.name;
    case Qt::ToolTipRole:
        return WhatsAppText::toPlain(e.message.body);
    case IdRole:
        return e.record.id;
    case AccountRole:
        return e.record.accountId;
    case StatusRole:
        return e.record.status.toUpper();
    case CategoryRole:
        return e.record.category.toUpper();
    case LanguageRole:
        return e.record.language;
    case SearchRole:
        return e.searchText;
    default:
        return {};
    }
}

} // namespace megaphone
