#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace megaphone {

enum class ProviderKind { Meta, Dialog360, Twilio, Relay, Sandbox };

// Database and command-line spelling: meta, 360dialog, twilio, relay, sandbox.
QString providerToString(ProviderKind kind);
std::optional<ProviderKind> providerFromString(const QString &text);

// A sender account (one WhatsApp number at one provider). Its secrets are in the
// keychain under account/<id>/<name>, never here.
struct Account
{
    qint64 id = 0;
    ProviderKind provider = ProviderKind::Meta;
    QString label;
    qint64 portfolioId = 0;
    QString phoneNumberId;
    QString wabaId;
    QString displayNumber;
    QString qualityRating;
    int throughputMps = 0;
    QString baseUrl;
    QString apiVersion;
    QJsonObject settings; // provider-specific, non-secret (Twilio account SID, callback URL...)
};

} // namespace megaphone
