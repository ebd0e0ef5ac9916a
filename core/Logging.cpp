#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "megaphone.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "megaphone.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcContacts, "megaphone.contacts", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHttp, "megaphone.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSend, "megaphone.send", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWebhooks, "megaphone.webhooks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "megaphone.ui", QtWarningMsg)
