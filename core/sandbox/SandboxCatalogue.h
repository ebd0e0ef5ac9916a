#pragma once

#include <QJsonArray>

namespace megaphone::SandboxCatalogue {

// The sandbox's templates, as the Cloud API lists them (WHATSAPP_API.md section 5.1):
// every component kind, both parameter formats, several languages and statuses.
QJsonArray templates();

} // namespace megaphone::SandboxCatalogue
