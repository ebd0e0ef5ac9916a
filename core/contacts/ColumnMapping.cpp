#include "ColumnMapping.h"
#include "TextSplit.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <iterator>

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

// Header or cell text as lower-case words: camelCase split ("CountryCode" -> "country code"),
// Latin accents dropped ("Teléfono" -> "telefono"), anything else but letters, digits and
// the marks of non-Latin scripts acting as a separator.
QStringList foldWords(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QStringList words;
    QString word;
    QChar previous;
    const auto flush = [&] {
        if (!word.isEmpty())
            words << word.normalized(QString::NormalizationForm_C);
        word.clear();
    };
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            if (!word.isEmpty() && word.back().unicode() >= 0x250) // keep Devanagari vowel signs
                word += c;
            continue;
        }
        if (!c.isLetterOrNumber()) {
            flush();
            previous = QChar();
            continue;
        }
        if (c.isUpper() && (previous.isLower() || previous.isDigit()))
            flush();
        word += c.toLower();
        previous = c;
    }
    flush();
    return words;
}

bool isOneOf(const QString &s, std::initializer_list<const char16_t *> list)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const char16_t *item) { return s == QStringView(item); });
}

bool anyWord(const QStringList &words, std::initializer_list<const char16_t *> list)
{
    return std::any_of(words.begin(), words.end(),
                       [&](const QString &w) { return isOneOf(w, list); });
}

bool anyWordStarts(const QStringList &words, std::initializer_list<const char16_t *> list)
{
    return std::any_of(words.begin(), words.end(), [&](const QString &w) {
        return std::any_of(list.begin(), list.end(),
                           [&](const char16_t *p) { return w.startsWith(QStringView(p)); });
    });
}

bool containsAny(const QString &s, std::initializer_list<const char16_t *> list)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const char16_t *p) { return s.contains(QStringView(p)); });
}

struct Guess
{
    ContactField field = ContactField::Attribute;
    int rank = 0; // lower wins among columns guessed as the same field
};

// Qualifiers that make a phone or a country someone's second choice.
bool secondary(const QStringList &w)
{
    return anyWord(w, {u"business", u"work", u"office", u"company", u"address", u"other",
                       u"assistant", u"car", u"radio", u"tty", u"tdd", u"billing", u"shipping",
                       u"landline", u"festnetz", u"fixo", u"main"});
}

Guess classify(const QString &header)
{
    const QStringList w = foldWords(header);
    const QString c = w.join(QString()); // compact: "whatsappphonenumber"
    if (w.isEmpty())
        return {header.trimmed().isEmpty() ? ContactField::Ignore : ContactField::Attribute};
    // Google's "Phone 1 - Type" / "E-mail 1 - Label": per-row labels, not values.
    if (w.size() > 1 && isOneOf(w.back(), {u"type", u"label"}))
        return {};

    // Consent before phone: "WhatsApp Opted" (Interakt) is a yes/no column. A column whose
    // "yes" means opted OUT, or that dates the consent, is never read as consent.
    if (containsAny(c, {u"consent", u"optin", u"optedin", u"whatsappopted", u"acceptssms",
                        u"smsmarketing", u"whatsappmarketing", u"permission"})
        && !containsAny(c, {u"email", u"newsletter", u"optout", u"optedout", u"unsub", u"withdraw"})
        && !anyWord(w, {u"mail", u"date", u"time", u"at", u"on", u"source", u"ip", u"updated",
                        u"level", u"method", u"collected", u"out", u"id"})) {
        return {ContactField::Consent, c.contains(u"whatsapp") ? 0 : c.contains(u"sms") ? 2 : 1};
    }

    // Country before phone: "Phone Country Code", "CountryCode" (WATI), "Default Address
    // Country Code" (Shopify), "Country/Region" (HubSpot, Outlook).
    if (anyWord(w, {u"country", u"pais", u"countrycode"})
        || isOneOf(c, {u"cc", u"dialcode", u"callingcode", u"isdcode", u"isd", u"land"})) {
        const bool code
            = anyWord(w, {u"code", u"iso", u"countrycode", u"dial", u"calling", u"isd", u"cc"});
        return {ContactField::Country, (code ? 0 : 2) + (secondary(w) ? 1 : 0)};
    }

    const bool notAPhone
        = anyWord(w, {u"fax", u"pager", u"telex", u"isdn", u"extension", u"ext", u"verified",
                      u"carrier", u"status", u"name", u"id", u"profile", u"date", u"template",
                      u"message", u"opted", u"optin", u"valid"});
    if (!notAPhone) {
        if (c.contains(u"whatsapp") || anyWord(w, {u"wa", u"wapp", u"wpp", u"zap", u"zapzap"}))
            return {ContactField::Phone, 0};
        if (anyWordStarts(w, {u"mobil", u"cell", u"celular", u"handy", u"telemovel"})
            || anyWord(w, {u"mob", u"cel", u"movil", u"मोबाइल"}))
            return {ContactField::Phone, 1};
        const bool number
            = anyWord(w, {u"number", u"no", u"num", u"nummer", u"numero", u"nro", u"nr", u"नंबर"});
        if (anyWordStarts(w, {u"phone", u"telef", u"telep", u"rufnummer"})
            || anyWord(w, {u"tel", u"fone", u"ph", u"phno", u"फोन", u"फ़ोन"})
            || (number
                && anyWord(w, {u"contact", u"contacto", u"contato", u"kontakt", u"sampark"})))
            return {ContactField::Phone, secondary(w) ? 3 : 2};
    }

    const bool emailish
        = c.contains(u"email") || anyWord(w, {u"mail", u"correo", u"courriel", u"ईमेल"});
    if (emailish
        && !anyWord(w, {u"marketing", u"accepts", u"opt", u"status", u"verified", u"name",
                        u"display", u"consent", u"bounced", u"subscribed"}))
        return {ContactField::Email, secondary(w) ? 1 : 0};

    if (isOneOf(c, {u"tags",       u"tag",      u"labels",          u"label",
                    u"categories", u"category", u"groupmembership", u"groups",
                    u"group",      u"segments", u"segment",         u"lists",
                    u"etiquetas",  u"etiqueta", u"marcadores",      u"kategorien",
                    u"kategorie",  u"gruppen",  u"gruppe",          u"contacttags"}))
        return {ContactField::Tags};
    if (isOneOf(c, {u"birthday", u"birthdate", u"dateofbirth", u"dob", u"bday", u"cumpleanos",
                    u"fechadenacimiento", u"nascimento", u"datadenascimento", u"aniversario",
                    u"geburtstag", u"geburtsdatum", u"janamdin", u"जन्मदिन"}))
        return {ContactField::Birthday};
    if (isOneOf(c, {u"language", u"lang", u"locale", u"preferredlanguage", u"idioma", u"lingua",
                    u"sprache", u"bhasha", u"भाषा"}))
        return {ContactField::Language};
    if (c.contains(u"timezone") || isOneOf(c, {u"tz", u"zonahoraria", u"fusohorario", u"zeitzone"}))
        return {ContactField::TimeZone};

    if (isOneOf(c, {u"firstname", u"givenname", u"first", u"fname", u"vorname", u"primeironome",
                    u"prenom", u"primernombre", u"forename"}))
        return {ContactField::FirstName};
    if (isOneOf(c, {u"lastname", u"surname", u"familyname", u"last", u"lname", u"apellido",
                    u"apellidos", u"sobrenome", u"nachname", u"nomdefamille", u"ultimonome",
                    u"apelido"}))
        return {ContactField::LastName};
    if (isOneOf(c, {u"name", u"fullname", u"displayname", u"contactname", u"customername",
                    u"nombrecompleto", u"nomecompleto", u"naam", u"नाम", u"nom", u"nomcomplet",
                    u"vollstandigername", u"clientname", u"leadname", u"nombre", u"nome"}))
        return {ContactField::FullName,
                isOneOf(c, {u"name", u"fullname", u"nombre", u"nome"}) ? 0 : 1};
    return {};
}

bool singleValue(ContactField f)
{
    return f != ContactField::Phone && f != ContactField::Tags && f != ContactField::Attribute
           && f != ContactField::Ignore;
}

// The CLI's spelling of each field, indexed by ContactField; Attribute is "attr.NAME".
const char16_t *const fieldNames[]
    = {u"ignore", u"phone",   u"first_name", u"last_name", u"display_name", u"email",
       u"tags",   u"consent", u"birthday",   u"country",   u"language",     u"time_zone"};
static_assert(std::size(fieldNames) == std::size_t(ContactField::Attribute));

QString describe(const QStringList &header, qsizetype column)
{
    const QString name = header.value(column).trimmed();
    return name.isEmpty() ? ColumnMapping::tr("column %1").arg(column + 1) : u"“"_s + name + u"”"_s;
}

} // namespace

ColumnMapping::ColumnMapping(const QStringList &header) : m_header(header), m_targets(header.size())
{ }

ColumnMapping ColumnMapping::detect(const QStringList &header)
{
    ColumnMapping mapping(header);
    QList<Guess> guesses;
    guesses.reserve(header.size());
    for (const QString &name : header)
        guesses << classify(name);

    // Spanish/Portuguese "Nombre"/"Nome" next to a surname column is the first name; German
    // "Name" next to "Vorname" (and no "Nachname") is the surname.
    const auto has = [&](ContactField f) {
        return std::any_of(guesses.begin(), guesses.end(),
                           [f](const Guess &g) { return g.field == f; });
    };
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString c = foldWords(header[i]).join(QString());
        if (isOneOf(c, {u"nombre", u"nome"}) && has(ContactField::LastName))
            guesses[i] = {ContactField::FirstName, 1};
        else if (c == u"name" && has(ContactField::FirstName) && !has(ContactField::LastName)
                 && std::any_of(header.begin(), header.end(), [](const QString &h) {
                        return foldWords(h).join(QString()) == u"vorname";
                    }))
            guesses[i] = {ContactField::LastName, 1};
    }

    // One column per single-value field: the best rank, then the leftmost; the rest become
    // attributes.
    for (qsizetype i = 0; i < header.size(); ++i) {
        ContactField field = guesses[i].field;
        if (singleValue(field)) {
            for (qsizetype j = 0; j < header.size(); ++j) {
                if (j != i && guesses[j].field == field
                    && std::pair(guesses[j].rank, j) < std::pair(guesses[i].rank, i)) {
                    field = ContactField::Attribute;
                    break;
                }
            }
        }
        mapping.m_targets[i].field = field;
    }

    // Attribute names, made unique: "notes", "notes_2".
    QSet<QString> used;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (mapping.m_targets[i].field != ContactField::Attribute)
            continue;
        QString base = attributeNameFor(header[i]);
        if (base.isEmpty())
            base = u"column_%1"_s.arg(i + 1);
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = base + u'_' + QString::number(n);
        used.insert(name);
        mapping.m_targets[i].attribute = name;
    }

    for (qsizetype i = 0; i < header.size(); ++i) {
        if (mapping.m_targets[i].field == ContactField::Phone)
            mapping.m_phoneOrder << i;
    }
    std::stable_sort(mapping.m_phoneOrder.begin(), mapping.m_phoneOrder.end(),
                     [&](qsizetype a, qsizetype b) { return guesses[a].rank < guesses[b].rank; });
    return mapping;
}

ColumnMapping ColumnMapping::appliedTo(const QStringList &header) const
{
    const auto savedColumn = [this](const QString &name) -> qsizetype {
        for (qsizetype j = 0; j < m_header.size(); ++j) {
            if (m_header[j].trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return j;
        }
        return -1;
    };
    ColumnMapping mapping = detect(header);
    QList<qsizetype> order(m_phoneOrder.size(), -1); // the saved phone order, in new columns
    for (qsizetype i = 0; i < header.size(); ++i) {
        const qsizetype saved = savedColumn(header[i]);
        if (saved < 0)
            continue;
        mapping.setTarget(i, m_targets[saved]);
        if (const qsizetype rank = m_phoneOrder.indexOf(saved); rank >= 0 && order[rank] < 0)
            order[rank] = i;
    }
    order.removeAll(-1);
    for (const qsizetype column : std::as_const(mapping.m_phoneOrder)) {
        if (!order.contains(column))
            order << column; // phone columns the saved settings did not know
    }
    mapping.m_phoneOrder = order;
    return mapping;
}

ColumnTarget ColumnMapping::target(qsizetype column) const
{
    return column >= 0 && column < m_targets.size() ? m_targets[column] : ColumnTarget();
}

bool ColumnMapping::setTarget(qsizetype column, const ColumnTarget &target)
{
    if (column < 0 || column >= m_targets.size())
        return false;
    ColumnTarget t = target;
    if (t.field == ContactField::Attribute) {
        t.attribute = t.attribute.trimmed();
        if (t.attribute.isEmpty())
            t.attribute = attributeNameFor(m_header.value(column));
        if (t.attribute.isEmpty())
            t.attribute = u"column_%1"_s.arg(column + 1);
    } else {
        t.attribute.clear();
    }
    m_targets[column] = t;
    m_phoneOrder.removeAll(column);
    if (t.field == ContactField::Phone)
        insertPhone(column);
    return true;
}

void ColumnMapping::insertPhone(qsizetype column)
{
    // Before the first phone column that looks less like a WhatsApp/mobile number.
    const auto rankOf = [this](qsizetype c) {
        const Guess g = classify(m_header.value(c));
        return g.field == ContactField::Phone ? g.rank : 9;
    };
    const int rank = rankOf(column);
    qsizetype at = 0;
    while (at < m_phoneOrder.size() && rankOf(m_phoneOrder[at]) <= rank)
        ++at;
    m_phoneOrder.insert(at, column);
}

bool ColumnMapping::setPhonePriority(const QList<qsizetype> &columns)
{
    QList<qsizetype> sortedNew = columns, sortedOld = m_phoneOrder;
    std::sort(sortedNew.begin(), sortedNew.end());
    std::sort(sortedOld.begin(), sortedOld.end());
    if (sortedNew != sortedOld)
        return false;
    m_phoneOrder = columns;
    return true;
}

QList<qsizetype> ColumnMapping::columnsFor(ContactField field) const
{
    QList<qsizetype> columns;
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].field == field)
            columns << i;
    }
    return columns;
}

qsizetype ColumnMapping::columnFor(ContactField field) const
{
    const auto it = std::find_if(m_targets.begin(), m_targets.end(),
                                 [field](const ColumnTarget &t) { return t.field == field; });
    return it == m_targets.end() ? -1 : it - m_targets.begin();
}

bool ColumnMapping::isValid(QString *why) const
{
    const auto fail = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    if (m_phoneOrder.isEmpty())
        return fail(
            tr("No column is mapped to the phone number: map at least one column to Phone."));
    for (int f = 0; f < int(std::size(fieldNames)); ++f) {
        const auto field = ContactField(f);
        if (!singleValue(field))
            continue;
        const QList<qsizetype> columns = columnsFor(field);
        if (columns.size() > 1)
            return fail(tr("%1 and %2 are both mapped to %3, which takes one column: map one of "
                           "them elsewhere.")
                            .arg(describe(m_header, columns[0]), describe(m_header, columns[1]),
                                 QString::fromUtf16(fieldNames[f])));
    }
    QHash<QString, qsizetype> attributes;
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].field != ContactField::Attribute)
            continue;
        const QString &name = m_targets[i].attribute; // never empty: see setTarget()
        if (attributes.contains(name))
            return fail(
                tr("%1 and %2 are both mapped to the attribute “%3”: give one of them another "
                   "name.")
                    .arg(describe(m_header, attributes.value(name)), describe(m_header, i), name));
        attributes.insert(name, i);
    }
    return true;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonArray columns;
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        columns.append(QJsonObject {{u"column"_s, i},
                                    {u"header"_s, m_header.value(i)},
                                    {u"field"_s, targetName(m_targets[i])}});
    }
    QJsonArray phones;
    for (const qsizetype column : m_phoneOrder)
        phones.append(column);
    return {{u"columns"_s, columns}, {u"phone_priority"_s, phones}};
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json, QString *why)
{
    const auto fail = [why](const QString &message) -> std::optional<ColumnMapping> {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const QJsonArray columns = json.value(u"columns"_s).toArray();
    QStringList header;
    QList<ColumnTarget> targets;
    for (const QJsonValue &value : columns) {
        const QJsonObject column = value.toObject();
        const qsizetype index = column.value(u"column"_s).toInteger(-1);
        if (index != header.size())
            return fail(tr("The saved column mapping is damaged: columns are out of order."));
        const auto target = targetFromName(column.value(u"field"_s).toString());
        if (!target)
            return fail(tr("The saved column mapping names an unknown field “%1”.")
                            .arg(column.value(u"field"_s).toString()));
        header << column.value(u"header"_s).toString();
        targets << *target;
    }
    ColumnMapping mapping(header);
    mapping.m_targets = targets;
    QList<qsizetype> order;
    const QJsonArray phones = json.value(u"phone_priority"_s).toArray();
    for (const QJsonValue &value : phones) {
        const qsizetype column = value.toInteger(-1);
        if (order.contains(column))
            return fail(tr("The saved column mapping is damaged: its phone priority names a "
                           "column twice."));
        order << column;
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (targets[i].field == ContactField::Phone && !order.contains(i))
            order << i; // tolerate a missing priority list
    }
    for (const qsizetype column : std::as_const(order)) {
        if (mapping.field(column) != ContactField::Phone)
            return fail(tr("The saved column mapping is damaged: its phone priority names a column "
                           "that is not a phone column."));
    }
    mapping.m_phoneOrder = order;
    return mapping;
}

std::optional<ContactField> ColumnMapping::fieldFromName(const QString &name, QString *attribute)
{
    const auto target = targetFromName(name);
    if (!target)
        return std::nullopt;
    if (attribute)
        *attribute = target->attribute;
    return target->field;
}

std::optional<ColumnTarget> ColumnMapping::targetFromName(const QString &name)
{
    const QString text = name.trimmed();
    for (const QString &prefix : {u"attr."_s, u"attribute."_s}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive)) {
            const QString attribute = text.mid(prefix.size()).trimmed();
            if (attribute.isEmpty())
                return std::nullopt;
            return ColumnTarget {ContactField::Attribute, attribute}; // kept as the user spelled it
        }
    }
    QString key = text.toLower();
    key.replace(u'-', u'_');
    if (isOneOf(key, {u"full_name", u"name", u"fullname", u"displayname"}))
        key = u"display_name"_s;
    else if (isOneOf(key, {u"timezone", u"tz"}))
        key = u"time_zone"_s;
    else if (isOneOf(key, {u"firstname", u"lastname"}))
        key.insert(key.size() - 4, u'_');
    else if (isOneOf(key, {u"tag", u"skip", u"none"}))
        key = key == u"tag" ? u"tags"_s : u"ignore"_s;
    for (int f = 0; f < int(std::size(fieldNames)); ++f) {
        if (key == QStringView(fieldNames[f]))
            return ColumnTarget {ContactField(f), {}};
    }
    return std::nullopt;
}

QString ColumnMapping::targetName(const ColumnTarget &target)
{
    if (target.field == ContactField::Attribute)
        return u"attr."_s + target.attribute;
    return QString::fromUtf16(fieldNames[int(target.field)]);
}

QString ColumnMapping::attributeNameFor(const QString &header)
{
    return foldWords(header).join(u'_');
}

// Consent, truthfully. Only an explicit yes records an opt-in; only an explicit withdrawal
// records an opt-out (which no later import may undo, so it must not be guessed):
//   empty cell                                   -> nullopt: the row says nothing, and an
//                                                   import-wide assertion may apply;
//   yes/true/1/subscribed/opted in/sí/sim/हाँ... -> OptedIn;
//   unsubscribed/opted out/STOP/revoked...       -> OptedOut;
//   anything else, including "no", "false", "0", "not subscribed", "pending" (Shopify and
//   Mailchimp states), "declined" and values we cannot read -> Unknown: the person never
//   opted in, which is not the same as having opted out, and an import-wide assertion
//   must not turn it into an opt-in.
std::optional<Consent> ColumnMapping::parseConsent(const QString &cell)
{
    if (cell.trimmed().isEmpty())
        return std::nullopt;
    const QString value = foldWords(cell).join(u' ');
    const QString trimmed = cell.trimmed();
    if (isOneOf(value, {u"yes",
                        u"y",
                        u"true",
                        u"1",
                        u"si",
                        u"sim",
                        u"ja",
                        u"oui",
                        u"x",
                        u"subscribed",
                        u"opted in",
                        u"opt in",
                        u"optin",
                        u"accepted",
                        u"granted",
                        u"consented",
                        u"agreed",
                        u"confirmed",
                        u"double opt in",
                        u"single opt in",
                        u"whatsapp opted in",
                        u"haan",
                        u"han"})
        || isOneOf(value, {u"हाँ", u"हां"}) || isOneOf(trimmed, {u"✓", u"✔", u"☑", u"✅"}))
        return Consent::OptedIn;
    if (isOneOf(value, {u"unsubscribed", u"opted out", u"opt out", u"optout", u"stop", u"stopped",
                        u"revoked", u"withdrawn", u"consent withdrawn", u"consent revoked",
                        u"do not contact", u"dnc", u"abgemeldet", u"dado de baja", u"baja",
                        u"descadastrado"}))
        return Consent::OptedOut;
    return Consent::Unknown;
}

namespace {

// The pieces of a tags cell between "," ";" "|" ":::" and line breaks. A loop rather than
// QString::split() on a regular expression: the import's workers call this for every row,
// and QRegularExpression takes a mutex on each match that they would share.
QList<QStringView> splitTagCell(QStringView cell)
{
    QList<QStringView> parts;
    splitAtSeparators(
        cell,
        [](QStringView text, qsizetype i) -> qsizetype {
            const QChar c = text[i];
            if (c == u',' || c == u';' || c == u'|' || c == u'\n' || c == u'\r')
                return 1;
            return c == u':' && text.sliced(i).startsWith(u":::") ? 3 : 0;
        },
        parts);
    return parts;
}

} // namespace

QStringList ColumnMapping::splitTags(const QString &cell)
{
    QStringList tags;
    QSet<QString> seen;
    for (const QStringView part : splitTagCell(cell)) {
        QString tag = part.trimmed().toString();
        // Mailchimp quotes each tag: "VIP","Friends".
        if (tag.size() >= 2 && tag.startsWith(u'"') && tag.endsWith(u'"'))
            tag = tag.mid(1, tag.size() - 2).trimmed();
        if (tag.startsWith(u'*')) { // Google system groups: "* myContacts", "* starred"
            tag = tag.mid(1).trimmed();
            if (tag.compare(u"myContacts", Qt::CaseInsensitive) == 0)
                continue;
        }
        const QString key = tag.toCaseFolded();
        if (tag.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        tags << tag;
    }
    return tags;
}

} // namespace megaphone
