#include "SandboxWebhooks.h"

#include "HttpClient.h"
#include "Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
constexpr int maxStatusesPerPost = 1000;
constexpr int flushIntervalMs = 100;
} // namespace

SandboxWebhooks::SandboxWebhooks(
    const QUrl &url, const QString &appSecret, const Metadata &metadata, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_appSecret(appSecret)
    , m_metadata(metadata)
    , m_client(new HttpClient(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(flushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &SandboxWebhooks::flush);
}

SandboxWebhooks::~SandboxWebhooks() = default;

QByteArray SandboxWebhooks::signature(const QByteArray &body, const QString &appSecret)
{
    return "sha256="_ba
        + QMessageAuthenticationCode::hash(body, appSecret.toUtf8(), QCryptographicHash::Sha256)
              .toHex();
}

void SandboxWebhooks::queueStatus(const QString &wamid, const QString &status,
    const QString &recipient, const QString &callbackData, int errorCode, const QString &errorTitle)
{
    QJsonObject entry { { u"id"_s, wamid }, { u"status"_s, status },
        { u"timestamp"_s, QString::number(QDateTime::currentSecsSinceEpoch()) },
        { u"recipient_id"_s, recipient } };
    if (!callbackData.isEmpty())
        entry.insert(u"biz_opaque_callback_data"_s, callbackData);
    if (status == u"sent" || status == u"delivered") {
        entry.insert(u"pricing"_s,
            QJsonObject { { u"billable"_s, true }, { u"pricing_model"_s, u"PMP"_s },
                { u"type"_s, u"regular"_s }, { u"category"_s, u"marketing"_s } });
    }
    if (status == u"failed") {
        const QJsonObject error {
            { u"code"_s, errorCode }, { u"title"_s, errorTitle }, { u"message"_s, errorTitle },
            { u"error_data"_s, QJsonObject { { u"details"_s, errorTitle } } },
            { u"href"_s,
                u"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"_s }
        };
        entry.insert(u"errors"_s, QJsonArray { error });
    }
    m_pending.append(entry);
    if (!m_timer->isActive())
        m_timer->start();
}

void SandboxWebhooks::flush()
{
    if (m_pending.isEmpty()) {
        m_timer->stop();
        return;
    }
    QJsonArray statuses;
    while (!m_pending.isEmpty() && statuses.size() < maxStatusesPerPost) {
        statuses.append(m_pending.first());
        m_pending.removeFirst();
    }
    const QJsonObject value { { u"messaging_product"_s, u"whatsapp"_s },
        { u"metadata"_s,
            QJsonObject { { u"display_phone_number"_s, m_metadata.displayNumber },
                { u"phone_number_id"_s, m_metadata.phoneNumberId } } },
        { u"statuses"_s, statuses } };
    const QJsonObject payload { { u"object"_s, u"whatsapp_business_account"_s },
        { u"entry"_s,
            QJsonArray { QJsonObject { { u"id"_s, m_metadata.wabaId },
                { u"changes"_s,
                    QJsonArray { QJsonObject {
                        { u"field"_s, u"messages"_s }, { u"value"_s, value } } } } } } } };
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = m_url;
    request.body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    request.headers.append({ "Content-Type"_ba, "application/json"_ba });
    request.headers.append({ "X-Hub-Signature-256"_ba, signature(request.body, m_appSecret) });
    ++m_posted;
    m_client->send(request, this, [](const HttpResponse &response) {
        if (!response.isSuccess())
            qCWarning(lcHttp) << "sandbox webhook was not accepted:" << response.status
                              << response.errorText;
    });
}

} // namespace megaphone
