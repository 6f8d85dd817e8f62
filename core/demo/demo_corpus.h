#pragma once
// The demo corpus: a deterministic, realistic twelve-month feedback stream for "Brightline", a
// fictional retailer of home electronics with an app, deliveries and a contact center, across
// twitter, review, survey, call (agent/customer turns), email and chat, in English, German,
// French and Spanish. Planted in it are the situations later features must find, listed in a
// truth file written beside it:
//   - a double-charge billing problem that starts on social media and spreads to the contact
//     center with rising anger (a tsunami),
//   - a social-only flurry about a promo code that fades within days (a ripple),
//   - an app outage reported across social, reviews and chat for a few days (a wave),
//   - a holiday season that lifts every topic (not an emerging issue),
//   - adverse-event reports, threats to sue, complaints to regulators, allegations about
//     employees, and personal data (emails, phone numbers, card numbers) in the text.
// Same seed, same bytes: the generator uses its own RNG, not <random>'s distributions.

#include "util/result.h"

#include <cstdint>
#include <string>

namespace tw::core {

struct DemoOptions {
    std::uint64_t seed = 20261123;
    int days = 365;
    std::string startDate = "2025-11-01";
    double volume = 1.0;  // scales the daily volume (1.0: about 30,000 verbatims a year)
};

struct DemoSummary {
    std::string corpusPath;  // JSON Lines
    std::string truthPath;   // JSON
    std::int64_t records = 0;
};

// Writes demo_corpus.jsonl and demo_truth.json into `dir` (created when missing).
Result<DemoSummary> writeDemoCorpus(const std::string& dir, const DemoOptions& options = {});

}  // namespace tw::core
