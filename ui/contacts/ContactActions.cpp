#include "ContactActions.h"

#include "ContactStore.h"
#include "widgets/Dialogs.h"
#include "widgets/RunInBackground.h"

#include <QLocale>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// The actor written to the audit log for a change made in the app.
const QString kActor = u"user"_s;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ContactActions::ContactActions(std::shared_ptr<const Database> db, QWidget *dialogParent)
    : QObject(dialogParent), m_db(std::move(db)), m_parent(dialogParent)
{
}

// Runs `work(store)` (returning Result<int>, the contacts changed) off the GUI thread;
// `describe` words the outcome for that many contacts.
template<typename Work>
void ContactActions::run(Work work, const std::function<QString(int)> &describe)
{
    setBusy(true);
    runInBackground(
        this, [store = ContactStore(m_db), work]() mutable { return work(store); },
        [this, describe](const Result<int> &changed) {
            setBusy(false);
            if (!changed)
                Q_EMIT finished(changed.error().message, false);
            else
                Q_EMIT finished(describe(changed.value()), true);
        });
}

void ContactActions::addTag(const QList<qint64> &ids)
{
    if (ids.isEmpty() || m_busy)
        return;
    const auto tag = Dialogs::chooseItem(m_parent, tr("Add Tag"),
                                         tr("Type a new tag or choose one to add to the "
                                            "selected contacts:"),
                                         m_knownTags, true);
    if (!tag)
        return;
    run([ids, tag = *tag](ContactStore &store) { return store.addTag(ids, tag); },
        [tag = *tag](int n) {
            return n == 1 ? tr("Added the tag \u201c%1\u201d to one contact.").arg(tag)
                          : tr("Added the tag \u201c%1\u201d to %2 contacts.").arg(tag, number(n));
        });
}

void ContactActions::removeTag(const QList<qint64> &ids, const QStringList &tags)
{
    if (ids.isEmpty() || m_busy)
        return;
    if (tags.isEmpty()) {
        Dialogs::warning(m_parent, tr("Remove Tag"), tr("The selected contacts have no tags."));
        return;
    }
    const auto tag = Dialogs::chooseItem(m_parent, tr("Remove Tag"),
                                         tr("The tag to remove from the selected contacts:"),
                                         tags, false);
    if (!tag)
        return;
    run([ids, tag = *tag](ContactStore &store) { return store.removeTag(ids, tag); },
        [tag = *tag](int n) {
            return n == 1
                       ? tr("Removed the tag \u201c%1\u201d from one contact.").arg(tag)
                       : tr("Removed the tag \u201c%1\u201d from %2 contacts.").arg(tag, number(n));
        });
}

void ContactActions::optOut(const QList<qint64> &ids)
{
    if (ids.isEmpty() || m_busy)
        return;
    const QString question = ids.size() == 1
                                 ? tr("Mark the selected contact as opted out?")
                                 : tr("Mark the %1 selected contacts as opted out?")
                                       .arg(number(ids.size()));
    if (!Dialogs::confirm(m_parent, tr("Opt Out"),
                          question + u"\n\n"_s +
                              tr("They will receive no more broadcasts, and no import will opt "
                                 "them in again."),
                          tr("Opt Out")))
        return;
    run(
        [ids, source = tr("Marked by user")](ContactStore &store) {
            return store.setConsent(ids, Consent::OptedOut, source, kActor);
        },
        [](int n) {
            return n == 1 ? tr("One contact is now opted out.")
                          : tr("%1 contacts are now opted out.").arg(number(n));
        });
}

void ContactActions::remove(const QList<qint64> &ids)
{
    if (ids.isEmpty() || m_busy)
        return;
    const QString question =
        ids.size() == 1 ? tr("Delete the selected contact?")
                        : tr("Delete the %1 selected contacts?").arg(number(ids.size()));
    if (!Dialogs::confirm(m_parent, tr("Delete Contacts"),
                          question + u"\n\n"_s +
                              tr("Their details, tags and consent records are removed. This "
                                 "cannot be undone."),
                          tr("Delete")))
        return;
    run([ids](ContactStore &store) { return store.remove(ids); }, [](int n) {
        return n == 1 ? tr("Deleted one contact.") : tr("Deleted %1 contacts.").arg(number(n));
    });
}

void ContactActions::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace megaphone
