#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace megaphone {

// One content line of a vCard, `[group.]NAME;PARAM=VALUE;...:value`, already
// unfolded, with the decoding its parameters ask for. Parameters come in every
// spelling: `TYPE=cell,voice`, `TYPE="cell,voice"`, `type=CELL;type=pref`,
// 2.1's bare `CELL` and `QUOTED-PRINTABLE`, 4.0's `PREF=1` (as type "pref").
struct VCardProperty
{
    QString group;     // lower case; empty when none
    QString name;      // upper case
    QStringList types; // lower case
    QString encoding;  // upper case: QUOTED-PRINTABLE, B, BASE64...
    QString charset;   // for quoted-printable bytes
    QString valueType; // VALUE=, lower case
    QString omitYear;  // Apple's X-APPLE-OMIT-YEAR
    QString value;     // as written after the colon

    // Nothing when the line is not a property (no name before a colon).
    static std::optional<VCardProperty> parse(const QString &line);

    // The value as text: quoted-printable decoded in its CHARSET (UTF-8 when
    // absent and valid, else Windows-1252), then `\,` `\;` `\n` `\\` resolved.
    // Empty for binary (base64) values.
    QString text() const;
    // A structured value (N and ORG split on ';', CATEGORIES on ','), each part
    // decoded as text() is; an escaped separator does not split.
    QStringList parts(QChar separator) const;

    // A 4.0 tel: URI as a number the phone parser reads:
    // "tel:+1-555-555-5555;ext=12" gives "+1-555-555-5555 ext. 12".
    static QString telUriToNumber(QStringView uri);

private:
    QString decode(QStringView raw) const;
};

} // namespace megaphone
