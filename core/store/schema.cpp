#include "store/schema.h"

#include "store/database.h"

#include <string>

namespace tw::core {

namespace {

// v1: import runs, verbatims, quarantine, FTS5 external-content index kept in step by triggers.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE import_run (
  id INTEGER PRIMARY KEY,
  file_path TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_size INTEGER NOT NULL,
  fingerprint INTEGER NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  mapping TEXT NOT NULL,             -- JSON: field -> source column/key, and the constant channel
  started_at INTEGER NOT NULL,       -- unix seconds UTC
  finished_at INTEGER,
  state TEXT NOT NULL CHECK (state IN ('running','done','cancelled','failed')),
  records_read INTEGER NOT NULL DEFAULT 0,
  stored INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  quarantined INTEGER NOT NULL DEFAULT 0,
  resume_offset INTEGER NOT NULL DEFAULT 0,   -- decoded byte offset of the next record
  resume_line INTEGER NOT NULL DEFAULT 1,
  resume_record INTEGER NOT NULL DEFAULT 0,
  message TEXT
);
CREATE INDEX import_run_fingerprint ON import_run(fingerprint, state);

CREATE TABLE verbatim (
  id INTEGER PRIMARY KEY,
  import_run_id INTEGER NOT NULL REFERENCES import_run(id),
  source_location TEXT NOT NULL,     -- "line 12" / "record 3"
  external_id TEXT,
  channel TEXT NOT NULL,
  created_at INTEGER,                -- unix seconds UTC; NULL when the source had none or it was unreadable
  customer TEXT,
  language TEXT,
  rating REAL,
  text TEXT NOT NULL,                -- NFC UTF-8
  content_hash INTEGER NOT NULL,
  dedup_key INTEGER NOT NULL UNIQUE,
  attributes TEXT,                   -- JSON object of unmapped columns
  problems TEXT,                     -- JSON array of what import had to repair (date, encoding)
  sort_time INTEGER GENERATED ALWAYS AS (ifnull(created_at, 0)) VIRTUAL
);
CREATE INDEX verbatim_sort ON verbatim(sort_time);
CREATE INDEX verbatim_channel_time ON verbatim(channel, sort_time);
CREATE INDEX verbatim_run ON verbatim(import_run_id);

CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  import_run_id INTEGER NOT NULL REFERENCES import_run(id),
  location TEXT NOT NULL,
  line INTEGER,
  record INTEGER,
  raw BLOB NOT NULL,
  raw_truncated INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL,
  raw_hash INTEGER NOT NULL UNIQUE
);
CREATE INDEX quarantine_run ON quarantine(import_run_id);

CREATE VIRTUAL TABLE verbatim_fts USING fts5(
  text, content='verbatim', content_rowid='id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER verbatim_fts_ai AFTER INSERT ON verbatim BEGIN
  INSERT INTO verbatim_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER verbatim_fts_ad AFTER DELETE ON verbatim BEGIN
  INSERT INTO verbatim_fts(verbatim_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER verbatim_fts_au AFTER UPDATE OF text ON verbatim BEGIN
  INSERT INTO verbatim_fts(verbatim_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO verbatim_fts(rowid, text) VALUES (new.id, new.text);
END;
)sql";

// v2: consent basis per verbatim; speaker turns of call transcripts and chats.
constexpr std::string_view kV2 = R"sql(
ALTER TABLE verbatim ADD COLUMN consent TEXT NOT NULL DEFAULT 'unknown';
CREATE TABLE speaker_turn (
  verbatim_id INTEGER NOT NULL REFERENCES verbatim(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  speaker TEXT NOT NULL CHECK (speaker IN ('agent','customer','other')),
  start_cp INTEGER NOT NULL,         -- code-point offsets into verbatim.text
  end_cp INTEGER NOT NULL,
  PRIMARY KEY (verbatim_id, seq)
) WITHOUT ROWID;
)sql";

// v3: the importer writes FTS rows once per batch instead of a per-row trigger (the trigger made
// FTS5 flush its pending terms at every statement: six times slower imports).
constexpr std::string_view kV3 = R"sql(
DROP TRIGGER verbatim_fts_ai;
)sql";

// v4: analysis results per verbatim and per sentence, with the analyzer version that made them.
constexpr std::string_view kV4 = R"sql(
CREATE TABLE analysis (
  verbatim_id INTEGER PRIMARY KEY REFERENCES verbatim(id) ON DELETE CASCADE,
  analyzer TEXT NOT NULL,            -- version and configuration fingerprint
  language TEXT,
  language_confidence REAL,
  sentiment REAL NOT NULL,           -- -1..1
  label TEXT NOT NULL CHECK (label IN ('positive','negative','neutral','mixed')),
  anger REAL NOT NULL, fear REAL NOT NULL, sadness REAL NOT NULL, joy REAL NOT NULL,
  intensity REAL NOT NULL,
  effort INTEGER NOT NULL,
  urgency INTEGER NOT NULL,
  explain TEXT NOT NULL              -- JSON array of contributions (spans, weights, rules)
);
CREATE INDEX analysis_label ON analysis(label);
CREATE INDEX analysis_analyzer ON analysis(analyzer);
CREATE TABLE sentence_analysis (
  verbatim_id INTEGER NOT NULL REFERENCES verbatim(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  sentiment REAL NOT NULL,
  PRIMARY KEY (verbatim_id, seq)
) WITHOUT ROWID;
)sql";

// v5: the store's own lexicon entries (a word that is positive in this business), applied on top
// of the built-in lexicons by every analysis of this store.
constexpr std::string_view kV5 = R"sql(
CREATE TABLE lexicon_override (
  term TEXT PRIMARY KEY,
  value TEXT NOT NULL,               -- valence -4..4 or a modifier kind, as in the lexicon files
  tags TEXT NOT NULL DEFAULT '',
  note TEXT
) WITHOUT ROWID;
)sql";

// v6: the store's taxonomy (its JSON in meta 'taxonomy'), one row per category with the rule whose
// matches are stored and how far through the verbatims (by id) that rule has been applied, and
// the matches per verbatim with their spans and sentences.
constexpr std::string_view kV6 = R"sql(
CREATE TABLE category (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,          -- "Billing/Double charge"
  position INTEGER NOT NULL,          -- order in the taxonomy
  rule TEXT NOT NULL,                 -- empty for a grouping without its own rule
  rule_fingerprint TEXT NOT NULL,
  sensitive INTEGER NOT NULL DEFAULT 0,
  applied_fingerprint TEXT NOT NULL DEFAULT '',  -- the rule whose matches verbatim_category holds
  applied_through INTEGER NOT NULL DEFAULT 0     -- verbatims with id <= this were tested with it
);
CREATE TABLE verbatim_category (
  category_id INTEGER NOT NULL REFERENCES category(id) ON DELETE CASCADE,
  verbatim_id INTEGER NOT NULL REFERENCES verbatim(id) ON DELETE CASCADE,
  spans TEXT NOT NULL,                -- JSON [[start, end], ...] in code points
  sentences TEXT NOT NULL,            -- JSON [sentence index, ...]
  PRIMARY KEY (category_id, verbatim_id)
) WITHOUT ROWID;
CREATE INDEX verbatim_category_verbatim ON verbatim_category(verbatim_id);
)sql";

// v7: personal data and escalation flags found in each verbatim, with the detector versions that
// found them; the escalation queue with its append-only history (triggers refuse to change or
// delete a history row).
constexpr std::string_view kV7 = R"sql(
CREATE TABLE risk_scan (
  verbatim_id INTEGER PRIMARY KEY REFERENCES verbatim(id) ON DELETE CASCADE,
  detector TEXT NOT NULL             -- PII detector and escalation rule pack versions
);
CREATE INDEX risk_scan_detector ON risk_scan(detector);
CREATE TABLE pii_span (
  verbatim_id INTEGER NOT NULL REFERENCES verbatim(id) ON DELETE CASCADE,
  start_cp INTEGER NOT NULL,
  end_cp INTEGER NOT NULL,
  type TEXT NOT NULL,                -- EMAIL, PHONE, ... MASKED
  why TEXT NOT NULL,
  PRIMARY KEY (verbatim_id, start_cp)
) WITHOUT ROWID;
CREATE INDEX pii_span_type ON pii_span(type);
CREATE TABLE risk_flag (
  verbatim_id INTEGER NOT NULL REFERENCES verbatim(id) ON DELETE CASCADE,
  type TEXT NOT NULL,                -- adverse_event, litigation_threat, ...
  severity TEXT NOT NULL CHECK (severity IN ('low','medium','high','critical')),
  evidence TEXT NOT NULL,            -- JSON [[start, end], ...] in code points
  why TEXT NOT NULL,
  PRIMARY KEY (verbatim_id, type)
) WITHOUT ROWID;
CREATE INDEX risk_flag_type ON risk_flag(type);
CREATE TABLE escalation (
  id INTEGER PRIMARY KEY,
  verbatim_id INTEGER NOT NULL REFERENCES verbatim(id),
  type TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('low','medium','high','critical')),
  state TEXT NOT NULL CHECK (state IN ('new','triaged','assigned','in_review','actioned','closed_no_action')),
  resolution TEXT CHECK (resolution IN ('reported','contacted','fixed')),
  assignee TEXT,
  opened_at INTEGER NOT NULL,        -- unix seconds UTC
  due_at INTEGER NOT NULL,
  closed_at INTEGER,                 -- when it was actioned or closed
  evidence TEXT NOT NULL,            -- JSON spans, the union of the merged flags'
  why TEXT NOT NULL,
  merged INTEGER NOT NULL DEFAULT 1, -- flags merged into this escalation
  UNIQUE (verbatim_id, type)
);
CREATE INDEX escalation_state_due ON escalation(state, due_at);
CREATE TABLE escalation_history (
  id INTEGER PRIMARY KEY,
  escalation_id INTEGER NOT NULL REFERENCES escalation(id),
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  from_state TEXT,                   -- NULL for the opening entry
  to_state TEXT NOT NULL,
  assignee TEXT,
  note TEXT NOT NULL
);
CREATE INDEX escalation_history_escalation ON escalation_history(escalation_id, id);
CREATE TRIGGER escalation_history_append_only_update BEFORE UPDATE ON escalation_history
BEGIN SELECT RAISE(ABORT, 'escalation history is append-only: entries cannot be changed'); END;
CREATE TRIGGER escalation_history_append_only_delete BEFORE DELETE ON escalation_history
BEGIN SELECT RAISE(ABORT, 'escalation history is append-only: entries cannot be removed'); END;
)sql";

// v8: users with their role and argon2id password hash; the hash-chained audit trail (each entry
// carries the hash of the one before; triggers refuse changes, the chain shows any made anyway).
constexpr std::string_view kV8 = R"sql(
CREATE TABLE app_user (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('analyst','manager','legal_reviewer','admin')),
  password_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_action ON audit(action, seq);
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be changed'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: entries cannot be removed'); END;
)sql";

// v9: envelope encryption of restricted text (governance/key_ring.h). Each user's key pair, its
// secret wrapped under their password; each tier's secret key sealed to the users entitled to
// it (the tiers' public keys are in meta 'seal_pk_redacted' and 'seal_pk_full'); the sealed
// forms of restricted verbatims, whose verbatim.text is then emptied.
constexpr std::string_view kV9 = R"sql(
CREATE TABLE user_key (
  user_id INTEGER PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
  public_key BLOB NOT NULL,
  wrapped_secret BLOB NOT NULL       -- version, argon2id limits, salt, nonce, secretbox
);
CREATE TABLE key_grant (
  user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  tier TEXT NOT NULL CHECK (tier IN ('redacted','full')),
  sealed_key BLOB NOT NULL,          -- the tier's secret key, sealed to the user's public key
  PRIMARY KEY (user_id, tier)
) WITHOUT ROWID;
ALTER TABLE verbatim ADD COLUMN sealed INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sealed_text (
  verbatim_id INTEGER PRIMARY KEY REFERENCES verbatim(id) ON DELETE CASCADE,
  redacted BLOB NOT NULL,            -- {"text","pii","explain"} as a redacted reader sees them
  full BLOB NOT NULL                 -- the text as written
);
)sql";

// v10: the tsunami radar's alerts. A new wave or tsunami opens an "emerging_issue" escalation,
// anchored on the first verbatim of its burst; the finding it was opened for is kept beside it,
// and later runs find it by topic and days instead of opening another.
constexpr std::string_view kV10 = R"sql(
CREATE TABLE trend_alert (
  escalation_id INTEGER PRIMARY KEY REFERENCES escalation(id),
  topic TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('category','phrase')),
  class TEXT NOT NULL CHECK (class IN ('wave','tsunami')),
  start_day INTEGER NOT NULL,        -- days since 1970-01-01 (UTC)
  end_day INTEGER NOT NULL,
  finding TEXT NOT NULL              -- JSON: channels (observed, expected), lead/lag, anger, why
);
CREATE INDEX trend_alert_topic ON trend_alert(topic, start_day);
)sql";

// v11: the category chart's volumes, kept per category and channel (a verbatim once under every
// ancestor of its categories; store/category_volume.h). Whatever changes matches, categories or
// verbatims marks them stale in its own transaction (no triggers: one on verbatim_category would
// cost a third of a second per million matches written); categorisation, erasure and retention
// rebuild them.
constexpr std::string_view kV11 = R"sql(
CREATE TABLE category_volume (
  category_id INTEGER NOT NULL REFERENCES category(id) ON DELETE CASCADE,
  channel TEXT NOT NULL,
  verbatims INTEGER NOT NULL,
  PRIMARY KEY (category_id, channel)
) WITHOUT ROWID;
CREATE TABLE category_volume_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  fresh INTEGER NOT NULL             -- 1 when category_volume agrees with verbatim_category
);
INSERT INTO category_volume_state (id, fresh) VALUES (1, 0);
)sql";

// v12: no index on analysis(analyzer). No read goes through it (what is pending is found from the
// verbatims, each result by its key), and keeping it up cost `analyze` about 1.5 of its 10.6 s of
// writing on 1M verbatims.
constexpr std::string_view kV12 = R"sql(
DROP INDEX IF EXISTS analysis_analyzer;
)sql";

}  // namespace

const std::vector<std::string_view>& schemaMigrations() {
    static const std::vector<std::string_view> m{kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8, kV9, kV10, kV11, kV12};
    return m;
}

int currentSchemaVersion() { return static_cast<int>(schemaMigrations().size()); }

namespace {
struct IndexDef {
    const char* name;
    const char* create;
};
constexpr IndexDef kSecondary[] = {
    {"verbatim_sort", "CREATE INDEX IF NOT EXISTS verbatim_sort ON verbatim(sort_time)"},
    {"verbatim_channel_time", "CREATE INDEX IF NOT EXISTS verbatim_channel_time ON verbatim(channel, sort_time)"},
    {"verbatim_run", "CREATE INDEX IF NOT EXISTS verbatim_run ON verbatim(import_run_id)"},
};
}  // namespace

void dropSecondaryIndexes(Database& db) {
    for (const auto& idx : kSecondary) db.exec(std::string("DROP INDEX IF EXISTS ") + idx.name);
}

void ensureSecondaryIndexes(Database& db) {
    for (const auto& idx : kSecondary) db.exec(idx.create);
}

bool hasSecondaryIndexes(Database& db) {
    auto q = db.prepare(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
        "('verbatim_sort', 'verbatim_channel_time', 'verbatim_run')");
    q.step();
    return q.int64(0) == static_cast<std::int64_t>(std::size(kSecondary));
}

void migrate(Database& db, int target) {
    if (target < 0) target = currentSchemaVersion();
    int version = static_cast<int>(db.pragmaInt("user_version"));
    const auto& steps = schemaMigrations();
    while (version < target) {
        Transaction tx(db);
        db.exec(steps[static_cast<size_t>(version)]);
        ++version;
        db.exec("PRAGMA application_id = " + std::to_string(kStoreApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(version));
        tx.commit();
    }
}

}  // namespace tw::core
