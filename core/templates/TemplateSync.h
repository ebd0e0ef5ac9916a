#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace megaphone {

class Database;
class Provider;
class TemplateStore;
struct RemoteTemplate;

// What one template sync changed for an account.
struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(SyncReport)

public:
    int listed = 0; // templates the provider listed
    int added = 0; // new to the account
    int updated = 0; // status, category, remote id, format or components changed (or restored)
    int unchanged = 0;
    int restored = 0; // listed again after having been marked deleted (also counted as updated)
    int deleted = 0; // no longer listed: marked deleted
    int skipped = 0; // listed without a name or language

    // One translated line for the UI and the CLI.
    QString summary() const;
};

// Stores what the provider listed for the account, in one transaction: every listed
// template is upserted (by name and language), the account's templates the provider
// no longer lists are marked deleted.
Result<SyncReport> applyTemplates(
    TemplateStore &store, qint64 accountId, const QList<RemoteTemplate> &templates);

// Lists the provider's templates and applies them to the account. Lives on the
// provider's thread; start() once, then wait for finished().
class TemplateSyncJob : public QObject
{
    Q_OBJECT

public:
    TemplateSyncJob(Provider *provider, std::shared_ptr<const Database> db, qint64 accountId,
        QObject *parent = nullptr);

    void start();
    // Drops whatever the provider answers later and finishes with the error "cancelled";
    // nothing is stored.
    void cancel();

Q_SIGNALS:
    void progress(int pagesRead, int templatesRead);
    void finished(const megaphone::Result<megaphone::SyncReport> &result);

private:
    void finish(const Result<SyncReport> &result);

    QPointer<Provider> m_provider;
    std::shared_ptr<const Database> m_db;
    qint64 m_accountId = 0;
    bool m_done = false;
};

} // namespace megaphone
