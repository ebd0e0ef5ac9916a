#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QTimer;

namespace megaphone {

class HttpClient;

// Posts the sandbox's status webhooks as Meta does (WHATSAPP_API.md section 4.3): a
// `whatsapp_business_account` payload, statuses batched (up to 1,000 a POST, one POST
// every 100 ms at most), signed with X-Hub-Signature-256 over the raw body.
class SandboxWebhooks : public QObject
{
    Q_OBJECT

public:
    struct Metadata
    {
        QString wabaId;
        QString phoneNumberId;
        QString displayNumber;
    };

    SandboxWebhooks(const QUrl &url, const QString &appSecret, const Metadata &metadata,
        QObject *parent = nullptr);
    ~SandboxWebhooks() override;

    // `status`: sent, delivered, read or failed (then `errorCode` and its title).
    void queueStatus(const QString &wamid, const QString &status, const QString &recipient,
        const QString &callbackData, int errorCode = 0, const QString &errorTitle = {});
    int posted() const { return m_posted; }

    // The HMAC-SHA256 signature header value for a body: "sha256=<hex>".
    static QByteArray signature(const QByteArray &body, const QString &appSecret);

private:
    void flush();

    QUrl m_url;
    QString m_appSecret;
    Metadata m_metadata;
    HttpClient *m_client;
    QTimer *m_timer;
    QJsonArray m_pending;
    int m_posted = 0;
};

} // namespace megaphone
