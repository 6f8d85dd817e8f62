// termHash reads a string's tail with fixed-size, overlapping loads, and termHashPadded reads
// sixteen bytes whatever the term's length; both must give what the plain definition (the bytes
// copied into zeroed little-endian words) gives, for every length.
#include "util/term_hash.h"
#include "rules/term_memo.h"
#include "util/flat_string_map.h"
#include "util/term_values.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 29);
}

std::uint64_t reference(std::string_view s) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    if (s.size() <= 16) {  // two words, zero-padded
        std::uint64_t w[2] = {0, 0};
        std::memcpy(w, s.data(), s.size());
        std::uint64_t h = (s.size() * kMul ^ w[0]) * kMul;
        h ^= h >> 32;
        return mix((h ^ w[1]) * kMul);
    }
    std::uint64_t h = s.size() * kMul;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * kMul;
        h ^= h >> 32;
    }
    if (i < s.size()) {
        std::uint64_t w = 0;
        std::memcpy(&w, s.data() + i, s.size() - i);
        h = (h ^ w) * kMul;
    }
    return mix(h);
}

}  // namespace

TEST(TermHash, MatchesTheDefinitionForEveryLength) {
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> byte(0, 255);
    for (std::size_t length = 0; length <= 40; ++length) {
        for (int n = 0; n < 200; ++n) {
            std::string s(length, '\0');
            for (char& c : s) c = static_cast<char>(byte(rng));
            ASSERT_EQ(tw::core::termHash(s), reference(s)) << "length " << length;
            if (length > 16) continue;
            std::string padded = s + std::string(16, '\0');
            for (std::size_t k = length; k < padded.size(); ++k) padded[k] = static_cast<char>(byte(rng));
            ASSERT_EQ(tw::core::termHashPadded(padded.data(), length), reference(s)) << "length " << length;
        }
    }
}

TEST(FlatStringMap, FindsWhatWasInsertedAndNothingElse) {
    tw::core::FlatStringMap<int> map;
    for (int i = 0; i < 5000; ++i) map["w" + std::to_string(i)] = i;
    EXPECT_EQ(map.size(), 5000u);
    for (int i = 0; i < 5000; ++i) {
        const auto* e = map.find("w" + std::to_string(i));
        ASSERT_NE(e, nullptr);
        EXPECT_EQ(e->value, i);
    }
    for (int i = 5000; i < 6000; ++i) EXPECT_EQ(map.find("w" + std::to_string(i)), nullptr);
    EXPECT_EQ(map.find(""), nullptr);
    map[""] = -1;
    ASSERT_NE(map.find(""), nullptr);
    EXPECT_EQ(map.find("")->value, -1);
    // Each key is found right after its insertion, between growths as across them (the filter
    // in front of the probing learns every key).
    tw::core::FlatStringMap<int> fresh;
    for (int i = 0; i < 700; ++i) {
        const std::string key = "k" + std::to_string(i * 7919);
        fresh[key] = i;
        const auto* e = fresh.find(key, tw::core::termHash(key));
        ASSERT_NE(e, nullptr) << key;
        EXPECT_EQ(e->value, i);
    }
}

// A widened filter lets fewer absent words through to a probe, and never turns a key away: after
// widening, and across growths after it.
TEST(FlatStringMap, AWiderFilterPassesFewerAbsentWordsAndEveryKey) {
    auto passed = [](const tw::core::FlatStringMap<int>& map) {
        int n = 0;
        for (int i = 0; i < 100000; ++i) n += map.mayHold(tw::core::termHash("absent" + std::to_string(i)));
        return n;
    };
    tw::core::FlatStringMap<int> map;
    for (int i = 0; i < 3000; ++i) map["w" + std::to_string(i)] = i;
    const int before = passed(map);
    map.widenFilter(64);
    const int after = passed(map);
    EXPECT_LT(after * 3, before) << before << " -> " << after;
    EXPECT_LT(after, 100000 * 3 / 100);                                  // about 1.5% at 64 bits a key
    for (int i = 3000; i < 9000; ++i) map["w" + std::to_string(i)] = i;  // grows twice
    EXPECT_LT(passed(map), 100000 * 3 / 100);
    for (int i = 0; i < 9000; ++i) {
        const std::string key = "w" + std::to_string(i);
        ASSERT_TRUE(map.mayHold(tw::core::termHash(key))) << key;
        ASSERT_NE(map.find(key), nullptr) << key;
    }
}

// The rules' word memo answers for the word asked about, never for another that shares its slot:
// words of every length up to past the memo's longest, in two stemming languages and none, asked
// in random order many times over (every slot reused many times).
TEST(TermMemo, AnswersForTheWordAskedAboutOnly) {
    tw::core::TermMemo memo(1, 1);
    std::mt19937 rng(3);
    std::vector<std::string> words;
    for (int i = 0; i < 60000; ++i) {
        std::string w = "w" + std::to_string(i);
        w.resize(1 + rng() % 70, static_cast<char>('a' + i % 26));
        words.push_back(w);
    }
    auto expected = [](const std::string& w, int language) {
        return std::vector<int>{static_cast<int>(w.size()), static_cast<int>(std::hash<std::string>{}(w)&0x7fffffff),
                                language};
    };
    for (int round = 0; round < 300000; ++round) {
        const std::string& w = words[rng() % words.size()];
        const int language = static_cast<int>(rng() % 3) - 1;
        int computed = 0;
        const auto ids = memo.termsOf(w, tw::core::termHash(w), language, [&](std::vector<int>& out) {
            ++computed;
            const auto e = expected(w, language);
            out.insert(out.end(), e.begin(), e.end());
        });
        ASSERT_EQ(std::vector<int>(ids.begin(), ids.end()), expected(w, language)) << w << " " << language;
        ASSERT_LE(computed, 1);
    }
}

TEST(TermValues, FindsEachTermsValueByItsHashAndLengthAndNothingElse) {
    std::mt19937 rng(20261207);
    std::vector<std::string> terms;
    std::set<std::string> seen;
    while (terms.size() < 20000) {
        std::string t(1 + rng() % 30, 'a');
        for (char& c : t) c = static_cast<char>('a' + rng() % 26);
        if (seen.insert(t).second) terms.push_back(t);
    }
    std::vector<std::pair<std::string_view, std::uint64_t>> entries;
    for (std::size_t i = 0; i < terms.size(); ++i) entries.emplace_back(terms[i], i + 1);
    const tw::core::TermValues table(entries, 64);
    EXPECT_EQ(table.size(), terms.size());
    EXPECT_EQ(table.clashes(), 0u);
    const tw::core::HashFilter filter = table.filter();
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const std::uint64_t h = tw::core::termHash(terms[i]);
        ASSERT_TRUE(filter.mayHold(h)) << terms[i];
        ASSERT_EQ(table.find(h, terms[i].size()), i + 1) << terms[i];
        // The same hash asked with another length is another term (lengths are kept up to 15
        // bytes; beyond eight the hash tells terms apart anyway).
        if (terms[i].size() < 14) {
            ASSERT_EQ(table.find(h, terms[i].size() + 1), 0u) << terms[i];
        }
    }
    int absentPassed = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string t(1 + rng() % 30, 'a');
        for (char& c : t) c = static_cast<char>('A' + rng() % 26);  // capitals: none of the terms
        const std::uint64_t h = tw::core::termHash(t);
        ASSERT_EQ(table.find(h, t.size()), 0u) << t;
        absentPassed += filter.mayHold(h);
    }
    EXPECT_LT(absentPassed, 20000 / 20);  // the filter turns most absent words away
}

TEST(TermValues, LeavesOutValuesItCannotHoldAndKeepsTheFirstOfTwoEqualTerms) {
    const std::uint64_t tooBig = std::uint64_t{1} << tw::core::TermValues::kValueBits;
    const tw::core::TermValues table({{"zero", 0}, {"big", tooBig}, {"ok", 7}, {"ok", 9}, {"max", tooBig - 1}}, 8);
    auto value = [&](std::string_view t) { return table.find(tw::core::termHash(t), t.size()); };
    EXPECT_EQ(value("zero"), 0u);
    EXPECT_EQ(value("big"), 0u);
    EXPECT_EQ(value("ok"), 7u);
    EXPECT_EQ(value("max"), tooBig - 1);
    EXPECT_EQ(table.size(), 2u);
    EXPECT_EQ(table.clashes(), 1u);
    EXPECT_EQ(tw::core::TermValues().find(tw::core::termHash("ok"), 2), 0u);
}
