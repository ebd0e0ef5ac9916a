#pragma once

#include <QJsonObject>
#include <QString>

namespace megaphone::SandboxErrors {

// A Graph API error body (WHATSAPP_API.md section 2.1) for a Meta error code.
QJsonObject body(int code, const QString &details = {});
// The HTTP status Meta answers with for that code.
int httpStatus(int code);
QString title(int code);

} // namespace megaphone::SandboxErrors
