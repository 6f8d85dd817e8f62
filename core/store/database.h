#pragma once
// RAII wrappers over the SQLite C API: one Database per connection (one connection per thread),
// Statements with typed binds. Failures throw SqlError; the store's public functions catch it at
// their boundary and return an Error value, so no exception leaves tw::core.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tw::core {

class SqlError : public std::runtime_error {
public:
    SqlError(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
    [[nodiscard]] int code() const { return code_; }

private:
    int code_;
};

class Statement final {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds are 1-based, as in SQLite. Text is bound transiently copied unless noted.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    // Text bound without a copy, for large texts written in bulk: its bytes must stay as they are
    // until the statement is reset (run() resets it).
    Statement& bindStatic(int index, std::string_view text);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Steps once: true when a row is ready, false when done.
    bool step();
    void reset();  // also clears bindings
    void run() {
        step();
        reset();
    }

    [[nodiscard]] bool isNull(int col) const;
    [[nodiscard]] std::int64_t int64(int col) const;
    [[nodiscard]] double real(int col) const;
    [[nodiscard]] std::string_view text(int col) const;  // valid until the next step/reset
    [[nodiscard]] std::string string(int col) const { return std::string(text(col)); }
    [[nodiscard]] std::optional<std::int64_t> optInt64(int col) const;
    [[nodiscard]] std::optional<double> optReal(int col) const;
    [[nodiscard]] std::optional<std::string> optString(int col) const;

private:
    void check(int rc, const char* what) const;
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database final {
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

    Database() = default;
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(db_, sql); }
    [[nodiscard]] std::int64_t pragmaInt(std::string_view pragma);
    [[nodiscard]] std::int64_t lastInsertId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] sqlite3* handle() const { return db_; }
    [[nodiscard]] const std::string& path() const { return path_; }
    // Thread-safe: makes the statement running on this connection stop with SQLITE_INTERRUPT.
    void interrupt();

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

// Commits on commit(); rolls back if destroyed first (an exception or an early return).
class Transaction final {
public:
    explicit Transaction(Database& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool open_ = true;
};

// Turns an SQLite failure into words a user can act on (corrupt file, not a database, busy...).
std::string explainSqlError(const SqlError& e);

}  // namespace tw::core
