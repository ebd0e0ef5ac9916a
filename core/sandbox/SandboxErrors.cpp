#include "SandboxErrors.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace megaphone::SandboxErrors {

QString title(int code)
{
    switch (code) {
    case 0:
        return u"AuthException"_s;
    case 1:
        return u"API Unknown"_s;
    case 2:
        return u"API Service"_s;
    case 4:
        return u"Application request limit reached"_s;
    case 10:
        return u"Permission denied"_s;
    case 100:
        return u"Invalid parameter"_s;
    case 190:
        return u"Invalid OAuth access token"_s;
    case 130429:
        return u"Rate limit hit"_s;
    case 130472:
        return u"User's number is part of an experiment"_s;
    case 131000:
        return u"Something went wrong"_s;
    case 131005:
        return u"Access denied"_s;
    case 131008:
        return u"Required parameter is missing"_s;
    case 131009:
        return u"Parameter value is not valid"_s;
    case 131016:
        return u"Service unavailable"_s;
    case 131021:
        return u"Recipient cannot be sender"_s;
    case 131026:
        return u"Message undeliverable"_s;
    case 131042:
        return u"Business eligibility payment issue"_s;
    case 131047:
        return u"Re-engagement message"_s;
    case 131048:
        return u"Spam rate limit hit"_s;
    case 131049:
        return u"This message was not delivered to maintain healthy ecosystem engagement."_s;
    case 131050:
        return u"User has stopped marketing messages"_s;
    case 131053:
        return u"Media upload error"_s;
    case 131056:
        return u"(Business Account, Consumer Account) pair rate limit hit"_s;
    case 131057:
        return u"Account in maintenance mode"_s;
    case 132000:
        return u"Number of parameters does not match the expected number of params"_s;
    case 132001:
        return u"Template name does not exist in the translation"_s;
    case 132012:
        return u"Parameter format does not match format in the created template"_s;
    case 132015:
        return u"Template is Paused"_s;
    case 132016:
        return u"Template is Disabled"_s;
    case 133004:
        return u"Server Temporarily Unavailable"_s;
    case 133010:
        return u"Phone number Not Registered"_s;
    default:
        return u"Error"_s;
    }
}

int httpStatus(int code)
{
    switch (code) {
    case 0:
    case 190:
        return 401;
    case 10:
    case 131005:
    case 131031:
        return 403;
    case 3:
    case 131000:
    case 131016:
    case 131045:
    case 131057:
    case 133000:
        return 500;
    case 2:
    case 133004:
        return 503;
    case 132001:
        return 404;
    default:
        return (code >= 200 && code <= 299) ? 403 : 400;
    }
}

QJsonObject body(int code, const QString &details)
{
    const QString name = title(code);
    QJsonObject error { { u"message"_s, QString(u"(#"_s + QString::number(code) + u") "_s + name) },
        { u"type"_s, u"OAuthException"_s }, { u"code"_s, code },
        { u"error_data"_s,
            QJsonObject { { u"messaging_product"_s, u"whatsapp"_s },
                { u"details"_s, details.isEmpty() ? name : details } } },
        { u"fbtrace_id"_s,
            QString(u"A"_s + QString::number(QRandomGenerator::global()->generate64(), 36)) } };
    return QJsonObject { { u"error"_s, error } };
}

} // namespace megaphone::SandboxErrors
