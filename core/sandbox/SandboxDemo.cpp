#include "SandboxDemo.h"

#include "AccountStore.h"
#include "Clock.h"
#include "ContactStore.h"
#include "Database.h"
#include "PortfolioStore.h"
#include "SandboxOptions.h"

using namespace Qt::StringLiterals;

namespace megaphone {

namespace {

struct Sample
{
    const char16_t *first;
    const char16_t *last;
    const char16_t *phone;
    const char16_t *country;
    const char16_t *tags;
    Consent consent;
};

// Numbers in the sandbox only; markets where WhatsApp marketing is common, plus two
// US numbers (marketing templates are not delivered to +1) and one opted-out contact.
constexpr Sample samples[] = {
    { u"Maria", u"Silva", u"+5511987650001", u"BR", u"vip,newsletter", Consent::OptedIn },
    { u"João", u"Santos", u"+5511987650002", u"BR", u"newsletter", Consent::OptedIn },
    { u"Ana", u"Oliveira", u"+5521987650003", u"BR", u"spring-sale", Consent::OptedIn },
    { u"Pedro", u"Costa", u"+5531987650004", u"BR", u"newsletter,spring-sale", Consent::OptedIn },
    { u"Camila", u"Rodrigues", u"+5541987650005", u"BR", u"vip", Consent::OptedIn },
    { u"Lucas", u"Almeida", u"+5551987650006", u"BR", u"", Consent::Unknown },
    { u"Priya", u"Sharma", u"+919876500007", u"IN", u"vip,newsletter", Consent::OptedIn },
    { u"Rahul", u"Verma", u"+919876500008", u"IN", u"newsletter", Consent::OptedIn },
    { u"Ananya", u"Iyer", u"+919876500009", u"IN", u"spring-sale", Consent::OptedIn },
    { u"Arjun", u"Reddy", u"+919876500010", u"IN", u"newsletter", Consent::OptedIn },
    { u"Kavya", u"Nair", u"+919876500011", u"IN", u"vip,spring-sale", Consent::OptedIn },
    { u"Rohan", u"Gupta", u"+919876500012", u"IN", u"", Consent::OptedOut },
    { u"Sofía", u"García", u"+34612340013", u"ES", u"newsletter", Consent::OptedIn },
    { u"Javier", u"Martínez", u"+34612340014", u"ES", u"vip", Consent::OptedIn },
    { u"Lucía", u"López", u"+34612340015", u"ES", u"spring-sale,newsletter", Consent::OptedIn },
    { u"Diego", u"Hernández", u"+5215512340016", u"MX", u"newsletter", Consent::OptedIn },
    { u"Valentina", u"Torres", u"+5215512340017", u"MX", u"vip", Consent::OptedIn },
    { u"Mateo", u"Ramírez", u"+5491112340018", u"AR", u"spring-sale", Consent::OptedIn },
    { u"Isabella", u"Gómez", u"+573001230019", u"CO", u"newsletter", Consent::OptedIn },
    { u"Santiago", u"Díaz", u"+56912340020", u"CL", u"", Consent::Unknown },
    { u"Aisha", u"Bello", u"+2348012340021", u"NG", u"newsletter", Consent::OptedIn },
    { u"Chinedu", u"Okafor", u"+2348012340022", u"NG", u"vip", Consent::OptedIn },
    { u"Siti", u"Rahman", u"+60123450023", u"MY", u"spring-sale", Consent::OptedIn },
    { u"Budi", u"Santoso", u"+6281234500024", u"ID", u"newsletter", Consent::OptedIn },
    { u"Fatima", u"Khan", u"+923001230025", u"PK", u"vip,newsletter", Consent::OptedIn },
    { u"Emma", u"Müller", u"+4915112340026", u"DE", u"newsletter", Consent::OptedIn },
    { u"Luca", u"Rossi", u"+393471230027", u"IT", u"spring-sale", Consent::OptedIn },
    { u"Chloé", u"Martin", u"+33612340028", u"FR", u"", Consent::Unknown },
    { u"Olivia", u"Smith", u"+12025550129", u"US", u"newsletter", Consent::OptedIn },
    { u"Liam", u"Johnson", u"+13125550130", u"US", u"vip", Consent::OptedIn },
};

Result<qint64> sandboxPortfolio(const std::shared_ptr<const Database> &db)
{
    PortfolioStore portfolios(db);
    const QString name = SandboxDemo::tr("Sandbox portfolio");
    auto found = portfolios.findByName(name);
    if (!found)
        return found.error();
    if (found.value())
        return found.value()->id;
    return portfolios.add({ 0, name, 2000 });
}

} // namespace

int SandboxDemo::sampleContactCount()
{
    return int(std::size(samples));
}

Result<SandboxDemo::Created> SandboxDemo::create(const std::shared_ptr<const Database> &db)
{
    Created created;
    auto work = [&]() -> Result<void> {
        AccountStore accounts(db);
        auto all = accounts.list();
        if (!all)
            return all.error();
        for (const Account &a : all.value()) {
            if (a.provider == ProviderKind::Sandbox)
                created.accountId = a.id;
        }
        if (created.accountId == 0) {
            auto portfolio = sandboxPortfolio(db);
            if (!portfolio)
                return portfolio.error();
            const SandboxOptions defaults;
            Account account;
            account.provider = ProviderKind::Sandbox;
            account.label = tr("Sandbox (simulated WhatsApp)");
            account.portfolioId = portfolio.value();
            account.phoneNumberId = defaults.phoneNumberId;
            account.wabaId = defaults.wabaId;
            account.displayNumber = defaults.displayNumber;
            account.apiVersion = u"v23.0"_s;
            auto id = accounts.add(account);
            if (!id)
                return id.error();
            created.accountId = id.value();
        }
        ContactStore contacts(db);
        const qint64 now = Clock::nowMs();
        for (const Sample &s : samples) {
            Contact c;
            c.phoneE164 = QString::fromUtf16(s.phone);
            c.firstName = QString::fromUtf16(s.first);
            c.lastName = QString::fromUtf16(s.last);
            c.country = QString::fromUtf16(s.country);
            c.tags = QString::fromUtf16(s.tags).split(u',', Qt::SkipEmptyParts);
            c.tags << u"sample"_s;
            c.consent = s.consent;
            c.consentSource = tr("Sandbox sample data");
            c.consentAt = now;
            if (s.consent == Consent::OptedOut) {
                c.optedOutAt = now;
                c.optOutSource = c.consentSource;
            }
            // Checked first: a failed INSERT would end a PostgreSQL transaction.
            auto existing = contacts.findByPhone(c.phoneE164);
            if (!existing)
                return existing.error();
            if (existing.value())
                continue;
            auto added = contacts.add(c);
            if (!added)
                return added.error();
            ++created.contactsAdded;
        }
        return {};
    };
    if (auto done = db->transaction(work); !done)
        return done.error();
    return created;
}

} // namespace megaphone
