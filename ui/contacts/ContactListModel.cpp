#include "ContactListModel.h"

#include "widgets/RunInBackground.h"
#include "widgets/StatusText.h"

using namespace Qt::StringLiterals;

namespace megaphone {

ContactListModel::ContactListModel(std::shared_ptr<const Database> db, QObject *parent)
    : QAbstractTableModel(parent), m_store(std::move(db))
{
}

void ContactListModel::setFilter(const ContactFilter &filter)
{
    m_filter = filter;
    reload();
}

void ContactListModel::reload()
{
    ++m_generation; // a page still on its way belongs to the old rows: drop it
    beginResetModel();
    m_contacts.clear();
    m_atEnd = false;
    m_loading = false;
    endResetModel();
    fetchMore({});
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Contact &contact = m_contacts.at(index.row());
    if (role == ContactIdRole)
        return contact.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PhoneColumn:
        return contact.phoneE164;
    case NameColumn:
        if (!contact.displayName.isEmpty())
            return contact.displayName;
        return QString(contact.firstName + u' ' + contact.lastName).trimmed();
    case EmailColumn:
        return contact.email;
    case ConsentColumn:
        if (role == Qt::ToolTipRole && !contact.consentSource.isEmpty())
            return tr("%1 (source: %2)").arg(StatusText::consent(contact.consent),
                                             contact.consentSource);
        return StatusText::consent(contact.consent);
    case TagsColumn:
        return contact.tags.join(tr(", "));
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PhoneColumn:
        return tr("Phone");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case ConsentColumn:
        return tr("Consent");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

bool ContactListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void ContactListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    const quint64 generation = m_generation;
    const qint64 afterId = m_contacts.isEmpty() ? 0 : m_contacts.constLast().id;
    runInBackground(
        this,
        [store = m_store, filter = m_filter, afterId]() mutable {
            return store.page(filter, afterId, kPageSize);
        },
        [this, generation](const Result<QList<Contact>> &page) { appendPage(generation, page); });
}

void ContactListModel::appendPage(quint64 generation, const Result<QList<Contact>> &page)
{
    if (generation != m_generation)
        return;
    if (!page) {
        m_atEnd = true; // no retry loop: reload() or a new filter tries again
        setLoading(false);
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    const QList<Contact> &contacts = page.value();
    m_atEnd = contacts.size() < kPageSize;
    if (!contacts.isEmpty()) {
        const int first = int(m_contacts.size());
        beginInsertRows({}, first, first + int(contacts.size()) - 1);
        m_contacts.append(contacts);
        endInsertRows();
    }
    setLoading(false);
}

void ContactListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace megaphone
