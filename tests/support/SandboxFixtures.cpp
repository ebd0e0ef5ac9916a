#include "SandboxFixtures.h"

#include "SandboxCatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace megaphone::test {

TemplateRecord sandboxTemplate(qint64 accountId, const QString &name, const QString &language)
{
    TemplateRecord record;
    for (const QJsonValue &value : SandboxCatalogue::templates()) {
        const QJsonObject t = value.toObject();
        if (t.value(u"name").toString() != name || t.value(u"language").toString() != language)
            continue;
        record.accountId = accountId;
        record.remoteId = t.value(u"id").toString();
        record.name = name;
        record.language = language;
        record.category = t.value(u"category").toString();
        record.status = t.value(u"status").toString();
        record.parameterFormat = t.value(u"parameter_format").toString();
        record.components = t.value(u"components").toArray();
    }
    return record;
}

Account sandboxProcessAccount(const QJsonObject &started, qint64 portfolioId)
{
    Account account;
    account.provider = ProviderKind::Meta;
    account.label = u"Sandbox process"_s;
    account.portfolioId = portfolioId;
    account.baseUrl = started.value(u"base_url").toString();
    account.apiVersion = u"v23.0"_s;
    account.phoneNumberId = started.value(u"phone_number_id").toString();
    account.wabaId = started.value(u"waba_id").toString();
    account.throughputMps = 1000;
    account.settings = QJsonObject{{u"h2c"_s, true}};
    return account;
}

QByteArray metaStatusesWebhook(const QJsonArray &statuses)
{
    const QJsonObject value{{u"messaging_product"_s, u"whatsapp"_s},
                            {u"metadata"_s, QJsonObject{{u"phone_number_id"_s, u"100000000000001"_s}}},
                            {u"statuses"_s, statuses}};
    const QJsonObject change{{u"field"_s, u"messages"_s}, {u"value"_s, value}};
    const QJsonObject entry{{u"id"_s, u"200000000000001"_s}, {u"changes"_s, QJsonArray{change}}};
    return QJsonDocument(QJsonObject{{u"object"_s, u"whatsapp_business_account"_s},
                                     {u"entry"_s, QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace megaphone::test
