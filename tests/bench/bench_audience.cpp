// The Broadcast Builder's live audience count on a million contacts (issue 7: under
// 200 ms, off the GUI thread): AudiencePreview::estimate with its sample, for everyone,
// one include tag, an include and an exclude tag, a field condition, a tag with that
// condition, and everyone but a tag, with the 24 h
// frequency cap on (a broadcast reached 50,000 of the contacts two hours ago); first as an
// import leaves the contacts, then after every contact was written again. Prints each
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

namespace {

const QList<std::pair<QString, Audience>> &audiences()
{
    static const QList<std::pair<QString, Audience>> all{
        {u"everyone"_s, Audience{}},
        {u"one tag (a tenth)"_s, Audience{{u"t3"_s}, {}, {}}},
        {u"two tags, one left out"_s, Audience{{u"t3"_s, u"t4"_s}, {u"t4"_s}, {}}},
        {u"country is BR"_s, Audience{{}, {}, {{u"country"_s, AudienceCondition::Op::Is, u"br"_s}}}},
        {u"one tag, country is BR"_s,
         Audience{{u"t3"_s}, {}, {{u"country"_s, AudienceCondition::Op::Is, u"br"_s}}}},
        {u"all but one tag"_s, Audience{{}, {u"t4"_s}, {}}},
    };
    return all;
}

// Each audience's estimate, best of three, labelled with `state`.
bool measure(const std::shared_ptr<Database> &db, const QString &state)
{
    const QString backend = db->isPostgres() ? u"postgresql"_s : u"sqlite"_s;
    for (const auto &[label, audience] : audiences()) {
        double best = 1e9;
        qint64 receive = -1;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            auto estimate = AudiencePreview(db).estimate(audience, 24, Clock::nowMs(), 5);
            best = std::min(best, double(t.nsecsElapsed()) / 1e6);
            if (!estimate)
                return std::fprintf(stderr, "%s\n", qPrintable(estimate.error().message)), false;
            receive = estimate->willReceive;
        }
        std::printf("%s, %s, %s: %lld will receive\n", qPrintable(backend), qPrintable(state),
                    qPrintable(label), receive);
        bench::print(u"%1 audience count, %2, %3"_s.arg(backend, state, label), best, u"ms"_s);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString backend = app.arguments().value(1, u"sqlite"_s);
    const int contacts = app.arguments().value(2, u"1000000"_s).toInt();
    auto test = test::TestDatabase::create(backend);
    if (!test)
        return std::fprintf(stderr, "%s\n", qPrintable(test.error().message)), 1;
    const auto db = test.value()->db();
    const QString vacuum = db->isPostgres() ? u"VACUUM ANALYZE"_s : u"ANALYZE"_s;
    // The test server commits asynchronously; a commit not yet flushed keeps VACUUM from
    // marking its rows visible to all, and the counts would then visit the tables for what
    // the indexes hold. Setup commits as a server does by default.
    if (db->isPostgres() && !bench::exec(*db, u"SET synchronous_commit = on"_s))
        return 1;
    QElapsedTimer setup;
    setup.start();
    // Each contact written once, as an import writes them: a third in Brazil, a tenth
    // opted out.
    if (!bench::addContacts(*db, contacts,
                            u"CASE WHEN i % 10 = 0 THEN 'opted_out' ELSE 'opted_in' END"_s,
                            u"CASE WHEN i % 3 = 0 THEN 'BR' ELSE 'IN' END"_s)
        // A broadcast two hours ago reached one contact in twenty: the frequency cap's set.
        || !bench::exec(*db, u"INSERT INTO broadcasts (name, status, created_at) VALUES "
                             "('Earlier', 'completed', 0)"_s)
        || !bench::exec(*db, u"INSERT INTO recipients (broadcast_id, contact_id, phone_e164, "
                             "status, claimed_at) SELECT (SELECT MAX(id) FROM broadcasts), id, "
                             "phone_e164, 'delivered', %1 FROM contacts WHERE id % 20 = 1"_s
                                 .arg(Clock::nowMs() - 2 * 3600 * 1000))
        || !bench::exec(*db, vacuum))
        return 1;
    std::printf("%s: %d contacts with tags t0..t9 set up in %.1f s\n", qPrintable(backend),
                contacts, double(setup.elapsed()) / 1000.0);
    if (!measure(db, u"as imported"_s))
        return 1;
    // Every contact written again in one statement (a re-import of the whole list, a bulk
    // edit): PostgreSQL leaves a new version of each row and a new entry in each of the
    // table's indexes, with the old ones on half-empty pages that VACUUM frees but does not
    // merge, until a REINDEX.
    if (!bench::exec(*db, u"UPDATE contacts SET updated_at = updated_at + 1"_s)
        || !bench::exec(*db, vacuum))
        return 1;
    return measure(db, u"every contact rewritten"_s) ? 0 : 1;
}
