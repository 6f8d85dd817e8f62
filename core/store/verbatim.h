#pragma once
// A stored verbatim as the read API returns it.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tw::core {

// Personal data replaced in a verbatim's text as readers see it: the tag's type and where it is.
struct PiiMark {
    std::string type;  // EMAIL, PHONE...
    std::size_t startCp = 0, endCp = 0;
};

struct Verbatim {
    std::int64_t id = 0;
    std::int64_t importRunId = 0;
    std::string sourceLocation;
    std::optional<std::string> externalId;
    std::string channel;
    std::optional<std::int64_t> createdAt;  // unix seconds UTC
    std::optional<std::string> customer;
    std::optional<std::string> language;
    std::optional<double> rating;
    std::string text;
    std::string attributes;  // JSON object text, "{}" when none
    std::string problems;    // JSON array text, "[]" when none
    std::string consent;
    // Analysis, when the store has a result for this verbatim (any analyzer version).
    std::optional<double> sentiment;   // -1..1
    std::string label;                 // positive | negative | neutral | mixed, empty when not analysed
    std::string explain;               // JSON array of contributions, "[]" when none
    std::array<double, 4> emotions{};  // anger, fear, sadness, joy (0 when not analysed)
    double intensity = 0.0;
    bool effort = false;                  // the customer had to work (waiting, calling again...)
    std::vector<std::string> categories;  // category paths, in taxonomy order
    // Set by the presentation reads (store/redacted_view.h): `text` has personal data replaced
    // by type tags, `explain` spans point into it, and `pii` says where each tag is.
    bool redacted = false;
    std::vector<PiiMark> pii;
    // The text is sealed at rest (store/sealed_text.h); `locked` when the reader's keys did not
    // open it, and `text` is then empty.
    bool sealed = false;
    bool locked = false;
};

}  // namespace tw::core

#include <vector>

namespace tw::core {

struct SpeakerTurn {
    std::string speaker;      // "agent", "customer" or "other"
    std::size_t startCp = 0;  // code-point span of the turn's words in the verbatim text
    std::size_t endCp = 0;
};

// A verbatim on its way into the store (built by the importer).
struct NewVerbatim {
    std::string sourceLocation;
    std::uint64_t recordNo = 0;
    std::optional<std::string> externalId;
    std::string channel;
    std::optional<std::int64_t> createdAt;
    std::optional<std::string> customer;
    std::optional<std::string> language;
    std::optional<double> rating;
    std::string text;
    std::string attributes;  // JSON object text
    std::string problems;    // JSON array text, empty when none
    std::string consent = "unknown";
    std::vector<SpeakerTurn> turns;
};

// The order in which matches and candidates reach a sink.
enum class MatchOrder {
    Any,            // as stored, without sorting (batch jobs, and hits sorted afterwards)
    NewestFirst,    // newest first, for a sink that sees every match
    NewestFirstFew  // newest first, for a sink that stops after a page: with many candidates the
                    // time index is walked from the newest, so the first come after a few steps
};

}  // namespace tw::core
