// Writes a deterministic contacts CSV for the import benchmark: mixed phone
// formats from eight countries (national, +, 00, separators, brackets), names in
// several scripts, tags, a country code column, some repeats and some rubbish.
#include <QFile>
#include <QStringList>

#include <cstdio>

namespace {

// A small deterministic generator (64-bit LCG): the same file on every machine.
struct Lcg
{
    quint64 state = 0x2545F4914F6CDD1DULL;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<quint32>(state >> 33);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint32>(n)); }
};

const char *const kFirst[] = {"Priya", "Rahul", "Ana", "João", "Olivia", "Liam", "Lena", "Jonas",
                              "Siti", "Budi", "Fatima", "Omar", "Chinedu", "Ngozi", "Sofía",
                              "Mateo", "प्रिया", "राहुल", "अनन्या", "محمد", "فاطمة", "Анна",
                              "Дмитрий", "Zoë", "Łukasz"};
const char *const kLast[] = {"Sharma", "Patel", "Souza", "Silva", "Smith", "Brown", "Müller",
                             "Schmidt", "Wijaya", "Santoso", "Al-Sayed", "Okafor", "García",
                             "López", "शर्मा", "पटेल", "الحسن", "Иванова", "O'Brien", "Nguyễn"};
const char *const kTags[] = {"vip", "newsletter", "diwali", "black-friday", "wholesale", "retail",
                             "mumbai", "sao-paulo", "london", "berlin", "jakarta", "lagos",
                             "returning", "new", "lead", "event-2026", "whatsapp", "app-user",
                             "cod", "prepaid"};

QByteArray digits(Lcg &rng, int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += static_cast<char>('0' + rng.below(10));
    return out;
}

// One phone cell and the value of the "Country Code" column for row i.
std::pair<QByteArray, QByteArray> phone(Lcg &rng, qint64 i)
{
    const QByteArray tail = QByteArray::number(1000000 + i % 9000000).right(7);
    switch (rng.below(20)) {
    case 0: case 1: case 2: // India, national with trunk 0
        return {"09" + digits(rng, 2) + tail.left(2) + " " + tail.mid(2), ""};
    case 3: case 4: case 5:
        return {"+91 9" + digits(rng, 2) + tail.left(2) + " " + tail.mid(2), "IN"};
    case 6: case 7:
        return {"0091-8" + digits(rng, 2) + "-" + tail, ""};
    case 8:
        return {"7" + digits(rng, 2) + tail, ""};
    case 9: case 10: // Brazil, mobile with the ninth digit
        return {"+55 (11) 9" + digits(rng, 1) + tail.left(3) + "-" + tail.mid(3), "BR"};
    case 11:
        return {"(21) 9" + digits(rng, 1) + tail.left(3) + "-" + tail.mid(3), "BR"};
    case 12: // UK
        return {"07911 " + tail.right(6), "GB"};
    case 13: // US (FIXED_LINE_OR_MOBILE)
        return {"(415) 2" + tail.left(2) + "-" + tail.mid(2, 4) + "", "US"};
    case 14: // Germany
        return {"0151 " + digits(rng, 1) + tail, "DE"};
    case 15: // Indonesia
        return {"0812-" + tail.left(4) + "-" + tail.mid(3, 4), "ID"};
    case 16: // Nigeria with 00
        return {"00234 803 " + tail, ""};
    case 17: // Mexico
        return {"+52 1 55 " + tail.left(4) + " " + tail.mid(3), ""};
    case 18: // UAE
        return {"+971 50 " + tail, "AE"};
    default: // rubbish now and then
        return {rng.below(3) == 0 ? QByteArray("n/a") : digits(rng, 5), ""};
    }
}

QByteArray quoted(const QByteArray &field)
{
    if (!field.contains(',') && !field.contains('"'))
        return field;
    QByteArray copy = field;
    return '"' + copy.replace("\"", "\"\"") + '"';
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s OUT.csv ROWS\n", argv[0]);
        return 2;
    }
    QFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    const qint64 rows = QByteArray(argv[2]).toLongLong();
    Lcg rng;
    QByteArray buffer = "First Name,Last Name,Phone,Email,Tags,Country Code,City\r\n";
    QList<QByteArray> recent;
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray first = kFirst[rng.below(std::size(kFirst))];
        const QByteArray last = kLast[rng.below(std::size(kLast))];
        auto [number, country] = phone(rng, i);
        if (rng.below(50) == 0 && !recent.isEmpty()) // about 2% repeat a recent number
            number = recent.at(rng.below(static_cast<int>(recent.size())));
        else if (recent.size() < 1000)
            recent.append(number);
        else
            recent[rng.below(1000)] = number;
        QByteArrayList tags;
        for (int t = rng.below(4); t > 0; --t)
            tags.append(kTags[rng.below(std::size(kTags))]);
        const QByteArray email =
            rng.below(3) ? QByteArray("user" + QByteArray::number(i) + "@example.com") : QByteArray();
        buffer += quoted(first) + ',' + quoted(last) + ',' + quoted(number) + ',' + email + ',' +
                  quoted(tags.join(", ")) + ',' + country + ',' + (rng.below(2) ? "Pune" : "") + "\r\n";
        if (buffer.size() > (1 << 20)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    std::printf("wrote %lld rows to %s (%.1f MB)\n", rows, argv[1], out.size() / 1e6);
    return 0;
}
