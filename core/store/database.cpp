#include "store/database.h"

#include <sqlite3.h>

#include <utility>

namespace tw::core {

namespace {
[[noreturn]] void fail(sqlite3* db, int rc, const std::string& what) {
    std::string msg = what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    throw SqlError(rc, msg);
}
}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    int rc =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) fail(db, rc, "preparing statement");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)), stmt_(std::exchange(o.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& o) noexcept {
    if (this != &o) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(o.db_, nullptr);
        stmt_ = std::exchange(o.stmt_, nullptr);
    }
    return *this;
}

void Statement::check(int rc, const char* what) const {
    if (rc != SQLITE_OK) fail(db_, rc, what);
}

Statement& Statement::bind(int i, std::int64_t v) {
    check(sqlite3_bind_int64(stmt_, i, v), "binding");
    return *this;
}
Statement& Statement::bind(int i, double v) {
    check(sqlite3_bind_double(stmt_, i, v), "binding");
    return *this;
}
Statement& Statement::bind(int i, std::string_view t) {
    check(sqlite3_bind_text64(stmt_, i, t.data(), t.size(), SQLITE_TRANSIENT, SQLITE_UTF8), "binding");
    return *this;
}
Statement& Statement::bindStatic(int i, std::string_view t) {
    check(sqlite3_bind_text64(stmt_, i, t.data(), t.size(), SQLITE_STATIC, SQLITE_UTF8), "binding");
    return *this;
}
Statement& Statement::bindNull(int i) {
    check(sqlite3_bind_null(stmt_, i), "binding");
    return *this;
}
Statement& Statement::bindBlob(int i, std::string_view b) {
    check(sqlite3_bind_blob64(stmt_, i, b.data(), b.size(), SQLITE_TRANSIENT), "binding");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);
    fail(db_, rc, "running statement");
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
std::int64_t Statement::int64(int c) const { return sqlite3_column_int64(stmt_, c); }
double Statement::real(int c) const { return sqlite3_column_double(stmt_, c); }
std::string_view Statement::text(int c) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_blob(stmt_, c));
    int n = sqlite3_column_bytes(stmt_, c);
    return p ? std::string_view(p, static_cast<size_t>(n)) : std::string_view();
}
std::optional<std::int64_t> Statement::optInt64(int c) const {
    return isNull(c) ? std::nullopt : std::optional<std::int64_t>(int64(c));
}
std::optional<double> Statement::optReal(int c) const {
    return isNull(c) ? std::nullopt : std::optional<double>(real(c));
}
std::optional<std::string> Statement::optString(int c) const {
    return isNull(c) ? std::nullopt : std::optional<std::string>(string(c));
}

namespace {
// SQLite keeps allocation statistics under one process-wide mutex unless told not to, and every
// thread's every allocation takes it; nothing here reads them. Must precede SQLite's initialisation
// (a later call is refused, harmlessly).
void configureSqliteOnce() {
    static const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)rc;
}
}  // namespace

Database::Database(const std::string& path, Mode mode) : path_(path) {
    configureSqliteOnce();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
        case Mode::ReadOnly:
            flags |= SQLITE_OPEN_READONLY;
            break;
        case Mode::ReadWrite:
            flags |= SQLITE_OPEN_READWRITE;
            break;
        case Mode::ReadWriteCreate:
            flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
            break;
    }
    int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close_v2(db_);
        db_ = nullptr;
        throw SqlError(rc, "opening " + path + ": " + msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 10000);
}

Database::~Database() { sqlite3_close_v2(db_); }

Database::Database(Database&& o) noexcept : db_(std::exchange(o.db_, nullptr)), path_(std::move(o.path_)) {}

Database& Database::operator=(Database&& o) noexcept {
    if (this != &o) {
        sqlite3_close_v2(db_);
        db_ = std::exchange(o.db_, nullptr);
        path_ = std::move(o.path_);
    }
    return *this;
}

void Database::exec(std::string_view sql) {
    std::string s(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw SqlError(rc, msg);
    }
}

std::int64_t Database::pragmaInt(std::string_view pragma) {
    Statement st(db_, std::string("PRAGMA ") + std::string(pragma));
    return st.step() ? st.int64(0) : 0;
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }
void Database::interrupt() {
    if (db_) sqlite3_interrupt(db_);
}

Transaction::Transaction(Database& db, bool immediate) : db_(db) { db_.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN"); }

Transaction::~Transaction() {
    if (open_) {
        try {
            db_.exec("ROLLBACK");
        } catch (const SqlError&) { /* connection already rolled back */
        }
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    open_ = false;
}

std::string explainSqlError(const SqlError& e) {
    switch (e.code() & 0xff) {
        case SQLITE_NOTADB:
            return "the file is not a Tidewatch store (not an SQLite database): " + std::string(e.what());
        case SQLITE_CORRUPT:
            return "the store is damaged (" + std::string(e.what()) +
                   "); restore it from a backup or re-import its sources into a new store";
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return "the store is busy in another program; close it there and try again (" + std::string(e.what()) + ")";
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            return "the store cannot be opened for writing; check the path and its permissions (" +
                   std::string(e.what()) + ")";
        case SQLITE_FULL:
            return "the disk is full; free space and re-run (nothing half-written was kept)";
        case SQLITE_INTERRUPT:
            return "the operation was cancelled";
        default:
            return e.what();
    }
}

}  // namespace tw::core
