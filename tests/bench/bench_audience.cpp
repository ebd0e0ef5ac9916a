// The Broadcast Builder's live audience count on a million contacts (issue 7: under
// 200 ms, off the GUI thread): AudiencePreview::estimate with its sample, for everyone,
// one include tag, an include and an exclude tag, and a field condition, with the 24 h
// frequency cap on (a broadcast reached 50,000 of the contacts two hours ago). Prints each
// count's time (best of three) and the figures it found.
// Usage: bench_audience BACKEND [CONTACTS]  (default 1,000,000)
#include "AudiencePreview.h"
#include "Clock.h"
#include "Database.h"
#include "SendSetup.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace megaphone;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString backend = app.arguments().value(1, u"sqlite"_s);
    const int contacts = app.arguments().value(2, u"1000000"_s).toInt();
    auto test = test::TestDatabase::create(backend);
    if (!test)
        return std::fprintf(stderr, "%s\n", qPrintable(test.error().message)), 1;
    const auto db = test.value()->db();
    QElapsedTimer setup;
    setup.start();
    if (!bench::addContacts(*db, contacts)
        || !bench::exec(*db, u"UPDATE contacts SET country = CASE WHEN id % 3 = 0 THEN 'BR' ELSE "
                             "'IN' END, consent = CASE WHEN id % 10 = 0 THEN 'opted_out' ELSE "
                             "consent END"_s)
        // A broadcast two hours ago reached one contact in twenty: the frequency cap's set.
        || !bench::exec(*db, u"INSERT INTO broadcasts (name, status, created_at) VALUES "
                             "('Earlier', 'completed', 0)"_s)
        || !bench::exec(*db, u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164, "
                             "status, claimed_at) SELECT (SELECT MAX(id) FROM broadcasts), id, "
                             "phone_e164, 'delivered', %1 FROM contacts WHERE id % 20 = 1"_s
                                 .arg(Clock::nowMs() - 2 * 3600 * 1000))
        // The UPDATE leaves a dead version of every row on PostgreSQL, which autovacuum
        // clears within a minute or two of such a change; counted here as it leaves them.
        || !bench::exec(*db, db->isPostgres() ? u"VACUUM ANALYZE"_s : u"ANALYZE"_s))
        return 1;
    std::printf("%s: %d contacts with tags t0..t9 set up in %.1f s\n", qPrintable(backend),
                contacts, double(setup.elapsed()) / 1000.0);
    const QList<std::pair<QString, Audience>> audiences{
        {u"everyone"_s, Audience{}},
        {u"one tag (a tenth)"_s, Audience{{u"t3"_s}, {}, {}}},
        {u"two tags, one left out"_s, Audience{{u"t3"_s, u"t4"_s}, {u"t4"_s}, {}}},
        {u"country is BR"_s, Audience{{}, {}, {{u"country"_s, AudienceCondition::Op::Is, u"br"_s}}}},
    };
    for (const auto &[label, audience] : audiences) {
        double best = 1e9;
        qint64 receive = -1;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            auto estimate = AudiencePreview(db).estimate(audience, 24, Clock::nowMs(), 5);
            best = std::min(best, double(t.nsecsElapsed()) / 1e6);
            if (!estimate)
                return std::fprintf(stderr, "%s\n", qPrintable(estimate.error().message)), 1;
            receive = estimate->willReceive;
        }
        std::printf("%s, %s: %lld will receive\n", qPrintable(backend), qPrintable(label), receive);
        bench::print(u"%1 audience count, %2"_s.arg(backend, label), best, u"ms"_s);
    }
    return 0;
}
