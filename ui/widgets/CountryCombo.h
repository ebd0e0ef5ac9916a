#pragma once

#include <QComboBox>

namespace megaphone {

// Countries by name with their calling code ("Brazil (+55)"), holding ISO 3166 codes:
// every region libphonenumber knows, and "No default country" first.
class CountryCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit CountryCombo(QWidget *parent = nullptr);

    // The ISO code chosen, "" for no country.
    QString region() const;
    // Chooses `region` (any case); false, and no change, when it is not listed.
    bool setRegion(const QString &region);
};

} // namespace megaphone
