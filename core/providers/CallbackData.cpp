#include "Provider.h"

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {
const QString prefix = u"megaphone:r="_s;
}

QString callbackDataFor(qint64 recipientId)
{
    return prefix + QString::number(recipientId);
}

qint64 recipientIdFromCallbackData(const QString &data)
{
    if (!data.startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 id = QStringView(data).mid(prefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace megaphone
