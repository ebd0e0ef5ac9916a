#include "SandboxFixtures.h"

#include "SandboxCatalogue.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace megaphone::test {

QList<TemplateRecord> sandboxTemplates(qint64 accountId)
{
    QList<TemplateRecord> records;
    for (const QJsonValue &value : SandboxCatalogue::templates()) {
        const QJsonObject t = value.toObject();
        TemplateRecord record;
        record.accountId = accountId;
        record.remoteId = t.value(u"id").toString();
        record.name = t.value(u"name").toString();
        record.language = t.value(u"language").toString();
        record.category = t.value(u"category").toString();
        record.status = t.value(u"status").toString();
        record.parameterFormat = t.value(u"parameter_format").toString();
        record.components = t.value(u"components").toArray();
        records << record;
    }
    return records;
}

TemplateRecord sandboxTemplate(qint64 accountId, const QString &name, const QString &language)
{
    for (const TemplateRecord &record : sandboxTemplates(accountId)) {
        if (record.name == name && record.language == language)
            return record;
    }
    return {};
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
