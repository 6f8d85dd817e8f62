#include "redact_command.h"

#include "risk/redaction.h"
#include "store_commands.h"
#include "text/language_id.h"
#include "text/utf8.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace tw::cli {

namespace {

// The pseudonym key as 64 hex digits in a file of its own; a new random one when the file is absent.
core::Result<core::PseudonymKey> loadOrCreateKey(const std::string& path) {
    core::PseudonymKey key{};
    if (!std::filesystem::exists(path)) {
        key = core::newPseudonymKey();
        std::ofstream out(path, std::ios::trunc);
        for (unsigned char b : key) {
            char hex[3];
            std::snprintf(hex, sizeof hex, "%02x", b);
            out << hex;
        }
        out << '\n';
        if (!out) return core::makeError("cannot write the new pseudonym key", path);
        std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        std::fprintf(stderr, "tidewatch-cli: created a new pseudonym key in %s; keep it secret and reuse it\n",
                     path.c_str());
        return key;
    }
    std::ifstream in(path);
    std::string hex;
    in >> hex;
    if (hex.size() != key.size() * 2) return core::makeError("a pseudonym key file holds 64 hexadecimal digits", path);
    for (std::size_t k = 0; k < key.size(); ++k) {
        unsigned value = 0;
        if (std::sscanf(hex.c_str() + 2 * k, "%2x", &value) != 1)
            return core::makeError("a pseudonym key file holds 64 hexadecimal digits", path);
        key[k] = static_cast<unsigned char>(value);
    }
    return key;
}

}  // namespace

int runRedact(const RedactOptions& o) {
    auto mode = core::redactionModeFromName(o.mode);
    if (!mode) {
        printError(core::makeError("use tag, mask or pseudonym", "--mode"));
        return 2;
    }
    std::optional<core::PseudonymKey> key;
    if (*mode == core::RedactionMode::Pseudonym) {
        if (o.keyFile.empty()) {
            printError(
                core::makeError("pseudonyms need a secret: give --key-file FILE (created when absent)", "--mode"));
            return 2;
        }
        auto k = loadOrCreateKey(o.keyFile);
        if (!k) {
            printError(k.error());
            return 1;
        }
        key = *k;
    }
    std::ios::sync_with_stdio(false);
    for (std::string line; std::getline(std::cin, line);) {
        const bool cr = !line.empty() && line.back() == '\r';
        if (cr) line.pop_back();
        if (!core::isValidUtf8(line)) {
            core::Utf8Repair repaired;
            line = core::repairUtf8(line, repaired);
        }
        const core::TokenizedText tokens = core::tokenize(line);
        const std::string lang = o.lang ? *o.lang : core::identifyLanguage(line, tokens.tokens).code;
        const auto findings = core::PiiDetector::builtin().find(line, tokens, lang);
        std::cout << core::redact(line, findings, *mode, key ? &*key : nullptr).text << (cr ? "\r\n" : "\n");
    }
    std::cout.flush();
    return 0;
}

}  // namespace tw::cli
