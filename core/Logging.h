#pragma once

#include <QLoggingCategory>

// One category per subsystem, declared here only. Each logs warnings by default;
// QT_LOGGING_RULES="megaphone.*.info=true" (or the CLI's --verbose) shows more.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcContacts)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcSend)
Q_DECLARE_LOGGING_CATEGORY(lcWebhooks)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
