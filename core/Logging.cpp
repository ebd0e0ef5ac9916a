#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "megaphone.storage")
Q_LOGGING_CATEGORY(lcSecrets, "megaphone.secrets")
Q_LOGGING_CATEGORY(lcContacts, "megaphone.contacts")
Q_LOGGING_CATEGORY(lcHttp, "megaphone.http")
Q_LOGGING_CATEGORY(lcSend, "megaphone.send")
Q_LOGGING_CATEGORY(lcWebhooks, "megaphone.webhooks")
Q_LOGGING_CATEGORY(lcUi, "megaphone.ui")
