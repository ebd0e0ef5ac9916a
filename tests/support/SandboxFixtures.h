#pragma once

#include "TemplateStore.h"

#include <QByteArray>
#include <QJsonArray>

namespace megaphone::test {

// A template of the sandbox's catalogue (SandboxCatalogue) as stored for `accountId`, as a
// template sync would store it.
TemplateRecord sandboxTemplate(qint64 accountId, const QString &name,
                               const QString &language = QStringLiteral("en_US"));

// A Meta `whatsapp_business_account` webhook body carrying these `statuses`.
QByteArray metaStatusesWebhook(const QJsonArray &statuses);

} // namespace megaphone::test
