#include "TemplateSyncRunner.h"

#include "ProviderCall.h"
#include "TemplateStore.h"
#include "TemplateSync.h"
#include "widgets/RunInBackground.h"

using namespace Qt::StringLiterals;

namespace megaphone {

TemplateSyncRunner::TemplateSyncRunner(
    std::shared_ptr<const Database> db, CredentialStore *credentials, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_credentials(credentials)
{ }

void TemplateSyncRunner::start(const QList<Account> &accounts)
{
    if (isRunning())
        return;
    m_queue = accounts;
    m_accountCount = int(accounts.size());
    m_lines.clear();
    m_ok = true;
    if (accounts.isEmpty()) {
        Q_EMIT finished(tr("No account to sync: relay accounts have no templates to list, "
                           "add a Meta, 360dialog, Twilio or sandbox account in Settings."),
            false);
        return;
    }
    m_call = new QObject(this);
    next();
}

void TemplateSyncRunner::cancel()
{
    if (!isRunning())
        return;
    delete m_call;
    m_call = nullptr;
    m_queue.clear();
    m_lines.append(tr("Sync cancelled."));
    Q_EMIT finished(m_lines.join(u'\n'), false);
}

QString TemplateSyncRunner::prefix(const Account &account) const
{
    return m_accountCount > 1 ? account.label + u": "_s : QString();
}

void TemplateSyncRunner::next()
{
    if (m_queue.isEmpty()) {
        delete m_call;
        m_call = nullptr;
        Q_EMIT finished(m_lines.join(u'\n'), m_ok);
        return;
    }
    const Account account = m_queue.takeFirst();
    const QString label = prefix(account);
    Q_EMIT progress(label + tr("Asking for the templates…"));
    QObject *call = m_call;
    ProviderCall::listTemplates(
        account, m_credentials, call,
        [this, account, label, call](const Result<QList<RemoteTemplate>> &listed) {
            if (!listed) {
                accountDone(label + listed.error().message, false);
                return;
            }
            Q_EMIT progress(label + tr("Storing %n template(s)…", nullptr, int(listed->size())));
            runInBackground(
                call,
                [store = TemplateStore(m_db), id = account.id,
                    templates = listed.value()]() mutable {
                    return applyTemplates(store, id, templates);
                },
                [this, label](const Result<SyncReport> &report) {
                    if (report)
                        accountDone(label + report->summary(), true);
                    else
                        accountDone(label + report.error().message, false);
                });
        },
        [this, label](int pages, int templates) {
            Q_EMIT progress(label + tr("Read %n page(s), ", nullptr, pages)
                + tr("%n template(s)…", nullptr, templates));
        });
}

void TemplateSyncRunner::accountDone(const QString &line, bool ok)
{
    m_lines.append(line);
    m_ok = m_ok && ok;
    next();
}

} // namespace megaphone
