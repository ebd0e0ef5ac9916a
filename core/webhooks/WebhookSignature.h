#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace megaphone {

// Webhook signatures, compared in constant time.
namespace WebhookSignature {

// Meta: X-Hub-Signature-256 is "sha256=" and the hex HMAC-SHA256 of the raw body, keyed
// with the app secret.
bool verifyMeta(const QByteArray &body, const QByteArray &header, const QString &appSecret);
QByteArray meta(const QByteArray &body, const QString &appSecret);

// Twilio: X-Twilio-Signature is the base64 HMAC-SHA1, keyed with the auth token, of the
// exact public URL (query included) followed by every POST parameter sorted by name, as
// name and value with no separators.
bool verifyTwilio(const QString &publicUrl, const QList<QPair<QString, QString>> &params,
                  const QByteArray &header, const QString &authToken);
QByteArray twilio(const QString &publicUrl, QList<QPair<QString, QString>> params,
                  const QString &authToken);
// The decoded parameters of a form body, in order.
QList<QPair<QString, QString>> formParams(const QByteArray &body);

bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace WebhookSignature

} // namespace megaphone
