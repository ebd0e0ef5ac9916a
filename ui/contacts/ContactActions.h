#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QWidget;

namespace megaphone {

class Database;

// The bulk actions of the contacts page on the selected contacts: add or remove a
// tag, opt out, delete. Each asks what it needs through Dialogs (a tag, a
// confirmation that says how many), then runs through ContactStore off the GUI
// thread and reports in words.
class ContactActions : public QObject
{
    Q_OBJECT

public:
    // Questions are asked over `dialogParent`, which also owns this object.
    ContactActions(std::shared_ptr<const Database> db, QWidget *dialogParent);

    // The tags offered when adding one (ContactStore::allTags, read by the page).
    void setKnownTags(const QStringList &tags) { m_knownTags = tags; }

    void addTag(const QList<qint64> &ids);
    // `tags`: the tags the selected contacts have, offered for removal.
    void removeTag(const QList<qint64> &ids, const QStringList &tags);
    void optOut(const QList<qint64> &ids);
    void remove(const QList<qint64> &ids);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // After an action ran: what happened in words, or why it failed.
    void finished(const QString &message, bool ok);

private:
    template<typename Work>
    void run(Work work, const std::function<QString(int)> &describe);
    void setBusy(bool busy);

    std::shared_ptr<const Database> m_db;
    QWidget *m_parent;
    QStringList m_knownTags;
    bool m_busy = false;
};

} // namespace megaphone
