#include "TemplateSync.h"

#include "Database.h"
#include "Logging.h"
#include "Provider.h"
#include "TemplateStore.h"

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

TemplateRecord recordFrom(const RemoteTemplate &remote, qint64 accountId)
{
    TemplateRecord record;
    record.accountId = accountId;
    record.remoteId = remote.remoteId;
    record.name = remote.name;
    record.language = remote.language;
    record.category = remote.category;
    record.status = remote.status;
    record.parameterFormat = remote.parameterFormat;
    record.components = remote.components;
    return record;
}

bool sameContent(const TemplateRecord &stored, const TemplateRecord &listed)
{
    return stored.remoteId == listed.remoteId && stored.category == listed.category
        && stored.status == listed.status && stored.parameterFormat == listed.parameterFormat
        && stored.components == listed.components;
}

} // namespace

QString SyncReport::summary() const
{
    return tr("%n template(s) listed: %1 new, %2 changed, %3 unchanged, %4 no longer listed.",
        nullptr, listed)
        .arg(added)
        .arg(updated)
        .arg(unchanged)
        .arg(deleted);
}

Result<SyncReport> applyTemplates(
    TemplateStore &store, qint64 accountId, const QList<RemoteTemplate> &templates)
{
    SyncReport report;
    report.listed = int(templates.size());
    auto done = store.database()->transaction([&]() -> Result<void> {
        QList<qint64> keep;
        for (const RemoteTemplate &remote : templates) {
            if (remote.name.isEmpty() || remote.language.isEmpty()) {
                ++report.skipped;
                continue;
            }
            auto existing = store.findByName(accountId, remote.name, remote.language);
            if (!existing)
                return existing.error();
            const TemplateRecord record = recordFrom(remote, accountId);
            auto id = store.upsert(record);
            if (!id)
                return id.error();
            keep.append(id.value());
            if (!existing->has_value()) {
                ++report.added;
            } else if ((*existing)->deletedAt != 0) {
                ++report.restored;
                ++report.updated;
            } else if (sameContent(**existing, record)) {
                ++report.unchanged;
            } else {
                ++report.updated;
            }
        }
        auto marked = store.markDeletedExcept(accountId, keep);
        if (!marked)
            return marked.error();
        report.deleted = marked.value();
        return {};
    });
    if (!done)
        return done.error();
    qCInfo(lcStorage) << "templates of account" << accountId << ": listed" << report.listed
                      << "added" << report.added << "updated" << report.updated << "deleted"
                      << report.deleted;
    return report;
}

TemplateSyncJob::TemplateSyncJob(
    Provider *provider, std::shared_ptr<const Database> db, qint64 accountId, QObject *parent)
    : QObject(parent), m_provider(provider), m_db(std::move(db)), m_accountId(accountId)
{ }

void TemplateSyncJob::start()
{
    if (!m_provider) {
        finish(makeError(u"no-provider"_s, tr("The account's provider is not available.")));
        return;
    }
    QPointer<TemplateSyncJob> self(this);
    m_provider->listTemplates(
        [self](const Result<QList<RemoteTemplate>> &listed) {
            if (!self || self->m_done)
                return;
            if (!listed) {
                self->finish(listed.error());
                return;
            }
            TemplateStore store(self->m_db);
            self->finish(applyTemplates(store, self->m_accountId, listed.value()));
        },
        [self](int pagesRead, int templatesRead) {
            if (self && !self->m_done)
                Q_EMIT self->progress(pagesRead, templatesRead);
        });
}

void TemplateSyncJob::cancel()
{
    finish(makeError(u"cancelled"_s, tr("The template sync was cancelled.")));
}

void TemplateSyncJob::finish(const Result<SyncReport> &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
}

} // namespace megaphone
