#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace megaphone {

// Text encodings of import files (DESIGN.md section 6), and a decoder that turns
// the bytes of one into UTF-16 chunk by chunk, so a file of any size is decoded
// with flat memory.
//
// UTF-8 and UTF-16 go through QStringDecoder, which keeps its state between
// chunks: a character split across two reads decodes right. Windows-1252 has a
// decoder of our own (0x80-0x9F from a table, the rest as Latin-1), because
// QStringDecoder only guarantees UTF and Latin-1 in a Qt built without ICU.
class TextDecoding
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

    struct Detection
    {
        Encoding encoding = Encoding::Utf8;
        int bomLength = 0; // bytes of byte-order mark at the start (0 when none)
    };

    explicit TextDecoding(Encoding encoding = Encoding::Utf8);

    Encoding encoding() const { return m_encoding; }

    // Decodes the next chunk of bytes and appends the text to `out`. A byte
    // sequence cut at the end of `bytes` is kept and completed by the next call.
    // A byte-order mark at the very start of a UTF stream is dropped. A sequence
    // still incomplete when the stream ends is dropped.
    void decode(QByteArrayView bytes, QString &out);
    // True when some bytes were not valid in the encoding (they read as U+FFFD).
    bool hasError() const;

    // The canonical name: "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252", "ISO-8859-1".
    static QString name(Encoding encoding);
    // Parses a user-given name, case-insensitively and with aliases ("utf8",
    // "cp1252", "latin1"...). Latin-1 (ISO-8859-1) is not Windows-1252: they
    // differ in 0x80-0x9F. Returns nothing for an unknown name.
    static std::optional<Encoding> fromName(QStringView name);

    // Detects the encoding of `device` from its current position: a byte-order
    // mark (UTF-8, UTF-16LE, UTF-16BE); else UTF-16 without mark when every other
    // byte of the start is zero; else UTF-8 when the whole rest of the file is
    // valid UTF-8 (read once in chunks; a sequence cut by the end of the file is
    // tolerated); else Windows-1252. A seekable device is put back where it was;
    // of a sequential one only what peek() gives (1 MiB) is looked at.
    static Detection detect(QIODevice *device);
    // The encoding a reader uses: `forcedName` when given (an unknown name sets
    // `error` and gives nothing), else what detect() finds.
    static std::optional<Encoding> choose(const QString &forcedName, QIODevice *device,
                                          QString *error);
    // Whether `data` is valid UTF-8 (used for quoted-printable vCard values).
    static bool isValidUtf8(QByteArrayView data);
    // The length of a byte-order mark at the start of `start`, and its encoding.
    static std::optional<Detection> detectBom(QByteArrayView start);

private:
    Encoding m_encoding;
    std::optional<QStringDecoder> m_decoder; // UTF and Latin-1
};

} // namespace megaphone
