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

// Runs `work(store)` (returning Result<int> or Result<qint64>, the contacts changed)
// off the GUI thread; `describe` words the outcome for that many contacts.
template<typename Work>
void ContactActions::run(Work work, const std::function<QString(qint64)> &describe)
{
    setBusy(true);
    runInBackground(
        this,
        [store = ContactStore(m_db), work]() mutable -> Result<qint64> {
            auto changed = work(store);
            if (!changed)
                return changed.error();
            return qint64(changed.value());
        },
        [this, describe](const Result<qint64> &changed) {
            setBusy(false);
            if (!changed)
                Q_EMIT finished(changed.error().message, false);
            else
                Q_EMIT finished(describe(changed.value()), true);
        });
}

void ContactActions::addTag(const ContactSelection &selection)
{
    if (selection.isEmpty() || m_busy)
        return;
    const QString label =
        selection.matching
            ? tr("Type a new tag or choose one to add to all %1 contacts matching the filter:")
                  .arg(number(selection.count))
            : tr("Type a new tag or choose one to add to the selected contacts:");
    const auto tag = Dialogs::chooseItem(m_parent, tr("Add Tag"), label, m_knownTags, true);
    if (!tag)
        return;
    const auto describe = [tag = *tag](qint64 n) {
        return n == 1 ? tr("Added the tag \u201c%1\u201d to one contact.").arg(tag)
                      : tr("Added the tag \u201c%1\u201d to %2 contacts.").arg(tag, number(n));
    };
    if (selection.matching)
        run([filter = *selection.matching, tag = *tag](
                ContactStore &store) { return store.addTagMatching(filter, tag); },
            describe);
    else
        run([ids = selection.ids, tag = *tag](
                ContactStore &store) { return store.addTag(ids, tag); },
            describe);
}

void ContactActions::removeTag(const ContactSelection &selection, const QStringList &tags)
{
    if (selection.isEmpty() || m_busy)
        return;
    const QStringList offered = selection.matching ? m_knownTags : tags;
    if (offered.isEmpty()) {
        Dialogs::warning(m_parent, tr("Remove Tag"), tr("The selected contacts have no tags."));
        return;
    }
    const QString label =
        selection.matching ? tr("The tag to remove from all %1 contacts matching the filter:")
                                 .arg(number(selection.count))
                           : tr("The tag to remove from the selected contacts:");
    const auto tag = Dialogs::chooseItem(m_parent, tr("Remove Tag"), label, offered, false);
    if (!tag)
        return;
    const auto describe = [tag = *tag](qint64 n) {
        return n == 1 ? tr("Removed the tag \u201c%1\u201d from one contact.").arg(tag)
                      : tr("Removed the tag \u201c%1\u201d from %2 contacts.").arg(tag, number(n));
    };
    if (selection.matching)
        run([filter = *selection.matching, tag = *tag](
                ContactStore &store) { return store.removeTagMatching(filter, tag); },
            describe);
    else
        run([ids = selection.ids, tag = *tag](
                ContactStore &store) { return store.removeTag(ids, tag); },
            describe);
}

void ContactActions::optOut(const ContactSelection &selection)
{
    if (selection.isEmpty() || m_busy)
        return;
    QString question;
    if (selection.matching)
        question = tr("Mark all %1 contacts matching the filter as opted out?")
                       .arg(number(selection.count));
    else if (selection.count == 1)
        question = tr("Mark the selected contact as opted out?");
    else
        question = tr("Mark the %1 selected contacts as opted out?").arg(number(selection.count));
    if (!Dialogs::confirm(m_parent, tr("Opt Out"),
                          question + u"\n\n"_s +
                              tr("They will receive no more broadcasts, and no import will opt "
                                 "them in again."),
                          tr("Opt Out")))
        return;
    const auto describe = [](qint64 n) {
        return n == 1 ? tr("One contact is now opted out.")
                      : tr("%1 contacts are now opted out.").arg(number(n));
    };
    const QString source = tr("Marked by user");
    if (selection.matching)
        run([filter = *selection.matching, source](ContactStore &store) {
                return store.setConsentMatching(filter, Consent::OptedOut, source, kActor);
            },
            describe);
    else
        run([ids = selection.ids, source](ContactStore &store) {
                return store.setConsent(ids, Consent::OptedOut, source, kActor);
            },
            describe);
}

void ContactActions::remove(const ContactSelection &selection)
{
    if (selection.isEmpty() || m_busy)
        return;
    QString question;
    if (selection.matching)
        question = tr("Delete %1 contacts?").arg(number(selection.count)) + u' ' +
                   tr("Every contact that matches the current search and filters is deleted, "
                      "also those not shown in the list yet.");
    else if (selection.count == 1)
        question = tr("Delete the selected contact?");
    else
        question = tr("Delete the %1 selected contacts?").arg(number(selection.count));
    if (!Dialogs::confirm(m_parent, tr("Delete Contacts"),
                          question + u"\n\n"_s +
                              tr("Their details, tags and consent records are removed. This "
                                 "cannot be undone."),
                          tr("Delete")))
        return;
    const auto describe = [](qint64 n) {
        return n == 1 ? tr("Deleted one contact.") : tr("Deleted %1 contacts.").arg(number(n));
    };
    if (selection.matching)
        run([filter = *selection.matching](ContactStore &store) {
                return store.removeMatching(filter);
            },
            describe);
    else
        run([ids = selection.ids](ContactStore &store) { return store.remove(ids); }, describe);
}

void ContactActions::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace megaphone
