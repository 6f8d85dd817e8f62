#pragma once
// tidewatch-cli redact: standard input to standard output, each line with its personal data
// replaced (DESIGN.md: type tags by default; masks or keyed pseudonyms on request).

#include <optional>
#include <string>

namespace tw::cli {

struct RedactOptions {
    std::string mode = "tag";  // tag | mask | pseudonym
    std::optional<std::string> lang;
    std::string keyFile;  // pseudonym: the secret key (64 hex digits), created when absent
};

int runRedact(const RedactOptions& options);

}  // namespace tw::cli
