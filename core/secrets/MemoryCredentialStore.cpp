#include "MemoryCredentialStore.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace megaphone {

void MemoryCredentialStore::readAsync(const QString &key, QObject *context, ReadDone done)
{
    Result<QString> result = m_secrets.contains(key)
                                 ? Result<QString>(m_secrets.value(key))
                                 : Result<QString>(makeError(
                                       u"not-found"_s, tr("No secret is stored under \"%1\".").arg(key)));
    QMetaObject::invokeMethod(context, [done = std::move(done), result] { done(result); },
                              Qt::QueuedConnection);
}

void MemoryCredentialStore::writeAsync(const QString &key, const QString &secret,
                                       QObject *context, Done done)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(context, [done = std::move(done)] { done({}); },
                              Qt::QueuedConnection);
}

void MemoryCredentialStore::removeAsync(const QString &key, QObject *context, Done done)
{
    m_secrets.remove(key);
    QMetaObject::invokeMethod(context, [done = std::move(done)] { done({}); },
                              Qt::QueuedConnection);
}

} // namespace megaphone
