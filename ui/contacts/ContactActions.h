#pragma once

#include "Contact.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace megaphone {

class Database;

// What a bulk action works on: the selected rows (`ids`), or every contact that
// `matching` matches ("select all N matching": no id is loaded). `count` is how
// many, for the questions.
struct ContactSelection
{
    QList<qint64> ids;
    std::optional<ContactFilter> matching;
    qint64 count = 0;

    static ContactSelection ofIds(const QList<qint64> &ids)
    {
        return {ids, std::nullopt, ids.size()};
    }
    static ContactSelection ofFilter(const ContactFilter &filter, qint64 count)
    {
        return {{}, filter, count};
    }
    bool isEmpty() const { return matching ? count <= 0 : ids.isEmpty(); }
};

// The bulk actions of the contacts page on the selected contacts or on every
// contact of a filter: add or remove a tag, opt out, delete. Each asks what it
// needs through Dialogs (a tag, a confirmation that says how many), then runs
// through ContactStore off the GUI thread and reports in words.
class ContactActions : public QObject
{
    Q_OBJECT

public:
    // Questions are asked over `dialogParent`, which also owns this object.
    ContactActions(std::shared_ptr<const Database> db, QWidget *dialogParent);

    // The tags offered when adding one (ContactStore::allTags, read by the page).
    void setKnownTags(const QStringList &tags) { m_knownTags = tags; }

    void addTag(const ContactSelection &selection);
    // `tags`: the tags the selected contacts have, offered for removal (for a
    // filter's contacts every known tag is offered).
    void removeTag(const ContactSelection &selection, const QStringList &tags);
    void optOut(const ContactSelection &selection);
    void remove(const ContactSelection &selection);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // After an action ran: what happened in words, or why it failed.
    void finished(const QString &message, bool ok);

private:
    template<typename Work>
    void run(Work work, const std::function<QString(qint64)> &describe);
    void setBusy(bool busy);

    std::shared_ptr<const Database> m_db;
    QWidget *m_parent;
    QStringList m_knownTags;
    bool m_busy = false;
};

} // namespace megaphone
