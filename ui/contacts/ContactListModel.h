#pragma once

#include "ContactStore.h"

#include <QAbstractTableModel>

#include <memory>

namespace megaphone {

// The contacts that match a filter, read a page at a time (keyset paging on the
// id) as the view scrolls, never all at once. Pages are read off the GUI thread;
// while one is on its way canFetchMore() is false, and a page for a filter that
// has since changed is dropped.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PhoneColumn, NameColumn, EmailColumn, ConsentColumn, TagsColumn, ColumnCount };
    enum Role { ContactIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit ContactListModel(std::shared_ptr<const Database> db, QObject *parent = nullptr);

    // Drops the rows read so far and reads the first page that matches `filter`.
    void setFilter(const ContactFilter &filter);
    const ContactFilter &filter() const { return m_filter; }
    // Reads again from the first page with the same filter.
    void reload();

    bool isLoading() const { return m_loading; }
    const Contact &contactAt(int row) const { return m_contacts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A page could not be read; the rows read before it stay.
    void loadFailed(const QString &message);

private:
    void setLoading(bool loading);
    void appendPage(quint64 generation, const Result<QList<Contact>> &page);

    ContactStore m_store;
    ContactFilter m_filter;
    QList<Contact> m_contacts;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_atEnd = false;
};

} // namespace megaphone
