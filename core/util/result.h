#pragma once
// Result<T>: the value of an operation a user can make fail (a bad file, a corrupt store, a
// malformed option), or the Error that says what happened, where, and what to do next.
// Exceptions never leave tw::core's public functions; programmer mistakes are asserts.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace tw::core {

struct Error {
    std::string message;   // what happened and what to do, one sentence or two
    std::string location;  // "file.csv: line 12", "store.tw", "--map": may be empty

    [[nodiscard]] std::string describe() const { return location.empty() ? message : location + ": " + message; }
};

template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
    Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<0>(v_);
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(v_);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(v_));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    [[nodiscard]] const Error& error() const {
        assert(!ok());
        return std::get<1>(v_);
    }

private:
    std::variant<T, Error> v_;
};

struct Ok {};
using Status = Result<Ok>;

inline Error makeError(std::string message, std::string location = {}) {
    return Error{std::move(message), std::move(location)};
}

}  // namespace tw::core
