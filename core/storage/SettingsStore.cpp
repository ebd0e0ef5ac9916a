#include "SettingsStore.h"

#include "Database.h"
#include "Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// A JSON document can only hold an object or an array at its root, so a value is
// stored wrapped in a one-element array.
QString encode(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue decode(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : QJsonValue();
}

} // namespace

SettingsStore::SettingsStore(std::shared_ptr<const Database> db) : m_db(std::move(db)) {}

Result<QJsonValue> SettingsStore::value(const QString &key)
{
    auto q = Sql::exec(m_db->connection(), u"SELECT value FROM settings WHERE key = ?"_s, {key},
                       tr("read the setting %1").arg(key));
    if (!q)
        return q.error();
    if (!q->next())
        return QJsonValue(QJsonValue::Undefined);
    return decode(q->value(0).toString());
}

Result<void> SettingsStore::setValue(const QString &key, const QJsonValue &value)
{
    auto q = Sql::exec(m_db->connection(),
                       u"INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                       {key, encode(value)}, tr("save the setting %1").arg(key));
    if (!q)
        return q.error();
    return {};
}

Result<void> SettingsStore::remove(const QString &key)
{
    auto q = Sql::exec(m_db->connection(), u"DELETE FROM settings WHERE key = ?"_s, {key},
                       tr("remove the setting %1").arg(key));
    if (!q)
        return q.error();
    return {};
}

} // namespace megaphone
