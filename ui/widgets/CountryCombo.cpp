#include "CountryCombo.h"

#include "PhoneNormalizer.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

struct Country
{
    QString code;
    QString name;
};

QList<Country> countries()
{
    QList<Country> list;
    QSet<QString> seen;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = static_cast<QLocale::Territory>(t);
        const QString code = QLocale::territoryToCode(territory);
        if (code.size() != 2 || seen.contains(code) || !PhoneNormalizer::isSupportedRegion(code))
            continue;
        seen.insert(code);
        list.append({code, QLocale::territoryToString(territory)});
    }
    QCollator collator;
    std::sort(list.begin(), list.end(), [&](const Country &a, const Country &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

} // namespace

CountryCombo::CountryCombo(QWidget *parent) : QComboBox(parent)
{
    addItem(tr("No default country (numbers need their + code)"), QString());
    for (const Country &country : countries()) {
        addItem(tr("%1 (+%2)").arg(country.name,
                                  QString::number(
                                      PhoneNormalizer::callingCodeForRegion(country.code))),
                country.code);
    }
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QString CountryCombo::region() const
{
    return currentData().toString();
}

bool CountryCombo::setRegion(const QString &region)
{
    const int index = findData(region.trimmed().toUpper());
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace megaphone
