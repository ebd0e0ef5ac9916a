#pragma once

#include "Account.h"
#include "TemplateStore.h"

#include <QByteArray>
#include <QJsonArray>

namespace megaphone::test {

// A template of the sandbox's catalogue (SandboxCatalogue) as stored for `accountId`, as a
// template sync would store it.
TemplateRecord sandboxTemplate(qint64 accountId, const QString &name,
                               const QString &language = QStringLiteral("en_US"));
// Every template of the sandbox's catalogue, as records of the account.
QList<TemplateRecord> sandboxTemplates(qint64 accountId);

// A Meta account (h2c, 1,000/s) pointed at a `megaphone-cli sandbox serve --json` process,
// from what it printed (base_url, phone_number_id, waba_id).
Account sandboxProcessAccount(const QJsonObject &started, qint64 portfolioId = 0);

// A Meta `whatsapp_business_account` webhook body carrying these `statuses`.
QByteArray metaStatusesWebhook(const QJsonArray &statuses);

} // namespace megaphone::test
