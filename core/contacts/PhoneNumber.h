#pragma once

#include <QString>

namespace megaphone {

// The outcome of normalising one phone cell.
struct PhoneResult
{
    enum class Kind {
        Mobile,   // mobile, or FIXED_LINE_OR_MOBILE (DESIGN.md section 7): can get WhatsApp
        Landline, // a fixed line only: kept but flagged
        Other,    // toll free, VoIP, pager...: kept but flagged
        Invalid   // rejected, see `reason`
    };

    Kind kind = Kind::Invalid;
    QString e164;      // "+919876543210"; empty when invalid
    QString region;    // ISO 3166 region of the number, e.g. "IN"
    QString extension; // digits of an extension, when the cell had one (flagged)
    QString reason;    // why it was rejected, or what is flagged, in words

    bool ok() const { return kind != Kind::Invalid; }
    bool flagged() const { return kind == Kind::Landline || kind == Kind::Other || !extension.isEmpty(); }
};

} // namespace megaphone
