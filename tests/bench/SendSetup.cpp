#include "SendSetup.h"

#include "AccountStore.h"
#include "BroadcastControl.h"
#include "BroadcastStore.h"
#include "Clock.h"
#include "SandboxFixtures.h"
#include "Sql.h"
#include "TemplateMapping.h"
#include "TemplateStore.h"
#include "secrets/MemoryCredentialStore.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace megaphone::bench {

qint64 scalar(const Database &db, const QString &sql, const QVariantList &values)
{
    auto q = Sql::exec(db.connection(), sql, values, u"bench"_s);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

bool exec(const Database &db, const QString &sql)
{
    auto q = Sql::exec(db.connection(), sql, {}, u"bench"_s);
    if (!q)
        std::fprintf(stderr, "%s\n", qPrintable(q.error().message));
    return q.ok();
}

bool addContacts(const Database &db, int count, const QString &consentSql,
                 const QString &countrySql)
{
    const qint64 now = Clock::nowMs();
    return exec(db, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                    "INSERT INTO contacts (phone_e164, first_name, consent, country, created_at, "
                    "updated_at) SELECT '+5511' || (900000000 + i), 'Ana', %3, %4, %2, %2 FROM n"_s
                        .arg(count)
                        .arg(now)
                        .arg(consentSql, countrySql))
           && exec(db, u"INSERT INTO tags (name) VALUES ('t0'), ('t1'), ('t2'), ('t3'), ('t4'), "
                       "('t5'), ('t6'), ('t7'), ('t8'), ('t9')"_s)
           && exec(db, u"INSERT INTO contact_tags (contact_id, tag_id) SELECT c.id, t.id FROM "
                       "contacts c JOIN tags t ON t.name = 't' || (c.id % 10)"_s);
}

qint64 addAccount(const std::shared_ptr<Database> &db, bench::SandboxProcess &sandbox, int mps,
                  MemoryCredentialStore &credentials)
{
    Account account;
    account.provider = ProviderKind::Meta;
    account.label = u"Bench %1/s"_s.arg(mps);
    account.baseUrl = sandbox.baseUrl().toString();
    account.apiVersion = u"v23.0"_s;
    account.phoneNumberId = sandbox.phoneNumberId();
    account.wabaId = sandbox.wabaId();
    account.throughputMps = mps;
    account.settings = QJsonObject{{u"h2c"_s, true}};
    const qint64 id = AccountStore(db).add(account).value();
    (void)credentials.write(CredentialStore::accountKey(id, u"access_token"_s), u"token"_s);
    const TemplateRecord record = test::sandboxTemplate(id, u"login_code"_s);
    (void)TemplateStore(db).upsert(record).value();
    return id;
}

qint64 startBroadcast(const std::shared_ptr<Database> &db, qint64 accountId, int mps,
                      const QString &tag, double *materialiseMs)
{
    TemplateMapping mapping;
    mapping.bindings.insert(u"body.1"_s, {ParameterBinding::Source::Fixed, u"424242"_s, {}});
    Broadcast broadcast;
    broadcast.name = u"Bench"_s;
    broadcast.accountId = accountId;
    broadcast.templateId = TemplateStore(db).list(accountId, false).value().first().id;
    broadcast.mapping = mapping.toJson();
    broadcast.maxMps = mps;
    if (!tag.isEmpty())
        broadcast.audience = Audience{{tag}, {}, {}}.toJson();
    const qint64 id = BroadcastStore(db).create(broadcast).value();
    QElapsedTimer timer;
    timer.start();
    auto started = BroadcastControl(db).send(id, Clock::nowMs());
    if (materialiseMs)
        *materialiseMs = double(timer.nsecsElapsed()) / 1e6;
    if (!started)
        qFatal("%s", qPrintable(started.error().message));
    if (started->counts.pending == 0)
        qFatal("nobody to send to");
    return id;
}

} // namespace megaphone::bench
