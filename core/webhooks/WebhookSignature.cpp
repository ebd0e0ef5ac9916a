#include "WebhookSignature.h"

#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone::WebhookSignature {

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray meta(const QByteArray &body, const QString &appSecret)
{
    return "sha256="
           + QMessageAuthenticationCode::hash(body, appSecret.toUtf8(), QCryptographicHash::Sha256)
                 .toHex();
}

bool verifyMeta(const QByteArray &body, const QByteArray &header, const QString &appSecret)
{
    if (appSecret.isEmpty() || !header.startsWith("sha256="))
        return false;
    return constantTimeEquals(meta(body, appSecret), header.trimmed().toLower());
}

QList<QPair<QString, QString>> formParams(const QByteArray &body)
{
    QByteArray form = body;
    form.replace('+', "%20"); // form encoding's spaces
    QList<QPair<QString, QString>> params;
    for (const auto &item : QUrlQuery(QString::fromLatin1(form)).queryItems(QUrl::FullyDecoded))
        params << item;
    return params;
}

QByteArray twilio(const QString &publicUrl, QList<QPair<QString, QString>> params,
                  const QString &authToken)
{
    std::stable_sort(params.begin(), params.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray message = publicUrl.toUtf8();
    for (const auto &[name, value] : std::as_const(params))
        message += name.toUtf8() + value.toUtf8();
    return QMessageAuthenticationCode::hash(message, authToken.toUtf8(), QCryptographicHash::Sha1)
        .toBase64();
}

bool verifyTwilio(const QString &publicUrl, const QList<QPair<QString, QString>> &params,
                  const QByteArray &header, const QString &authToken)
{
    if (authToken.isEmpty() || header.isEmpty())
        return false;
    return constantTimeEquals(twilio(publicUrl, params, authToken), header.trimmed());
}

} // namespace megaphone::WebhookSignature
