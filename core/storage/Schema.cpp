#include "Schema.h"

using namespace Qt::StringLiterals;

namespace megaphone::Schema {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        {"initial schema",
         {
             R"(CREATE TABLE contacts (
                  id {id},
                  phone_e164 TEXT NOT NULL UNIQUE,
                  first_name TEXT, last_name TEXT, display_name TEXT, email TEXT,
                  birthday TEXT, country TEXT, time_zone TEXT, language TEXT,
                  attributes {json},
                  consent TEXT NOT NULL DEFAULT 'unknown'
                      CHECK (consent IN ('opted_in', 'unknown', 'opted_out')),
                  consent_source TEXT, consent_at BIGINT,
                  opted_out_at BIGINT, opt_out_source TEXT,
                  created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL))",
             "CREATE INDEX contacts_consent ON contacts (consent, id)",
             "CREATE TABLE tags (id {id}, name TEXT NOT NULL UNIQUE)",
             // No foreign keys here on purpose: an import adds millions of tag rows in
             // one merge, and PostgreSQL's per-row key checks (a row lock each) made
             // that merge three times longer. ContactStore::remove deletes a
             // contact's tags itself, and every insert joins on existing rows.
             R"(CREATE TABLE contact_tags (
                  contact_id BIGINT NOT NULL,
                  tag_id BIGINT NOT NULL,
                  PRIMARY KEY (contact_id, tag_id)) {without_rowid})",
             "CREATE INDEX contact_tags_tag ON contact_tags (tag_id, contact_id)",
             R"(CREATE TABLE portfolios (
                  id {id},
                  name TEXT NOT NULL UNIQUE,
                  messaging_tier INTEGER NOT NULL DEFAULT 250,
                  created_at BIGINT NOT NULL))",
             R"(CREATE TABLE accounts (
                  id {id},
                  provider TEXT NOT NULL
                      CHECK (provider IN ('meta', '360dialog', 'twilio', 'relay', 'sandbox')),
                  label TEXT NOT NULL,
                  portfolio_id BIGINT REFERENCES portfolios (id) ON DELETE SET NULL,
                  phone_number_id TEXT, waba_id TEXT, display_number TEXT,
                  quality_rating TEXT, throughput_mps INTEGER,
                  base_url TEXT, api_version TEXT,
                  settings {json},
                  created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL))",
             R"(CREATE TABLE templates (
                  id {id},
                  account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
                  remote_id TEXT, name TEXT NOT NULL, language TEXT NOT NULL,
                  category TEXT, status TEXT, parameter_format TEXT,
                  components {json},
                  synced_at BIGINT, deleted_at BIGINT,
                  UNIQUE (account_id, name, language)))",
             R"(CREATE TABLE broadcasts (
                  id {id},
                  name TEXT NOT NULL,
                  account_id BIGINT REFERENCES accounts (id) ON DELETE RESTRICT,
                  template_id BIGINT REFERENCES templates (id) ON DELETE RESTRICT,
                  mapping {json}, audience {json},
                  status TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'scheduled', 'awaiting_confirmation', 'running',
                                        'paused', 'completed', 'cancelled')),
                  scheduled_at BIGINT, send_window {json}, max_mps INTEGER,
                  resume_at BIGINT, pause_reason TEXT,
                  created_at BIGINT NOT NULL, started_at BIGINT, finished_at BIGINT))",
             "CREATE INDEX broadcasts_status ON broadcasts (status, scheduled_at)",
             R"(CREATE TABLE recipients (
                  id {id},
                  broadcast_id BIGINT NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
                  contact_id BIGINT REFERENCES contacts (id) ON DELETE SET NULL,
                  phone_e164 TEXT NOT NULL,
                  status TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'sending', 'sent', 'delivered', 'read',
                                        'failed', 'skipped', 'unknown')),
                  attempts INTEGER NOT NULL DEFAULT 0,
                  next_attempt_at BIGINT,
                  claim_id TEXT, claimed_at BIGINT,
                  provider_message_id TEXT,
                  error_code TEXT, error_title TEXT,
                  sent_at BIGINT, delivered_at BIGINT, read_at BIGINT, failed_at BIGINT,
                  replied_at BIGINT,
                  UNIQUE (broadcast_id, contact_id)))",
             // The dispatcher's claim: due pending rows of one broadcast in id order.
             "CREATE INDEX recipients_claim ON recipients (broadcast_id, status, next_attempt_at, id)",
             "CREATE INDEX recipients_provider_message ON recipients (provider_message_id)",
             // The rolling 24 h quota counts claims by time, whatever their status.
             "CREATE INDEX recipients_claimed_at ON recipients (claimed_at, phone_e164)",
             "CREATE INDEX recipients_contact ON recipients (contact_id, claimed_at)",
             R"(CREATE TABLE webhook_events (
                  id {id},
                  received_at BIGINT NOT NULL,
                  source TEXT NOT NULL,
                  dedupe_key TEXT NOT NULL UNIQUE,
                  payload TEXT NOT NULL,
                  applied_at BIGINT))",
             "CREATE INDEX webhook_events_unapplied ON webhook_events (id) WHERE applied_at IS NULL",
             R"(CREATE TABLE audit_log (
                  id {id},
                  at BIGINT NOT NULL,
                  actor TEXT NOT NULL,
                  action TEXT NOT NULL,
                  subject TEXT,
                  details {json}))",
             "CREATE INDEX audit_log_at ON audit_log (at)",
             "CREATE TABLE settings (key TEXT PRIMARY KEY, value {json} NOT NULL)",
         }},
        {"recipient failure class",
         {
             // The answer class of a recipient's last failed send (not-accepted,
             // recipient-permanent...): "retry failed" takes only the retryable ones.
             "ALTER TABLE recipients ADD COLUMN failure_class TEXT",
             // The claim's quota asks, per phone, whether it was reached in the window.
             "CREATE INDEX recipients_phone_claimed ON recipients (phone_e164, claimed_at)",
         }},
        {"recipient claim order",
         {
             // The claim walks a broadcast's pending rows in id order and stops at its
             // limit; without this index both engines sorted every pending row (about
             // 12 ms a claim on 100,000 recipients, which capped sending at ~80/s).
             "CREATE INDEX recipients_due ON recipients (broadcast_id, status, id)",
         }},
        {"dashboard figures",
         {
             // The dashboard reads every second: messages sent per second in the last
             // minutes, and replies. Without these both engines read every row of the
             // broadcast (about 1 s a read on a million recipients with SQLite; 10 ms with).
             "CREATE INDEX recipients_sent ON recipients (broadcast_id, sent_at)",
             "CREATE INDEX recipients_replied ON recipients (broadcast_id) "
             "WHERE replied_at IS NOT NULL",
         }},
        {"contacts by country",
         {
             // A contact's country is its number's ISO 3166 code, in capitals as the
             // import and the contact store write it; a code written otherwise before is
             // put in capitals here, so "country is BR" can read this index.
             "UPDATE contacts SET country = UPPER(country) WHERE country <> UPPER(country)",
             // "Country is BR" counts (Broadcast Builder) from the index alone, split by
             // consent and in id order for the frequency cap's merge: on a million
             // contacts, where each contact's row was read before.
             "CREATE INDEX contacts_country ON contacts (country, consent, id)",
         }},
    };
    return all;
}

QStringList statements(const Migration &migration, bool postgres)
{
    const QString id = postgres ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                                : u"INTEGER PRIMARY KEY"_s;
    const QString json = postgres ? u"JSONB"_s : u"TEXT"_s;
    const QString withoutRowid = postgres ? QString() : u"WITHOUT ROWID"_s;
    QStringList result;
    result.reserve(static_cast<qsizetype>(migration.statements.size()));
    for (const char *statement : migration.statements) {
        QString text = QString::fromUtf8(statement);
        text.replace(u"{id}"_s, id).replace(u"{json}"_s, json).replace(u"{without_rowid}"_s, withoutRowid);
        result.append(text);
    }
    return result;
}

} // namespace megaphone::Schema
