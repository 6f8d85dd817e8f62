// Redaction modes: tag and mask leave nothing of the value; pseudonyms are stable within a store
// (one key) and differ across stores; masked source text stays; offsets map onto the result.
#include "risk/redaction.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {

const std::string kText =
    "I'm John Smith, card 4111 1111 1111 1111, mail john.smith@example.com, call +44 20 7946 0958. XXXX knows.";

Redacted redactWith(const std::string& text, RedactionMode mode, const PseudonymKey* key = nullptr) {
    return redact(text, PiiDetector::builtin().find(text, "en"), mode, key);
}

}  // namespace

TEST(Redaction, TagLeavesOnlyTheType) {
    auto r = redactWith(kText, RedactionMode::Tag);
    EXPECT_EQ(r.text, "I'm [PERSON], card [PAYMENT_CARD], mail [EMAIL], call [PHONE]. XXXX knows.");
}

TEST(Redaction, MaskKeepsTheShapeButNotTheValue) {
    auto r = redactWith(kText, RedactionMode::Mask);
    EXPECT_NE(r.text.find("J*** S****"), std::string::npos) << r.text;
    EXPECT_NE(r.text.find("**** **** **** 1111"), std::string::npos) << r.text;
    EXPECT_NE(r.text.find("j*********@e******.com"), std::string::npos) << r.text;
    EXPECT_NE(r.text.find("+** ** **** **58"), std::string::npos) << r.text;
    for (std::string secret : {"John", "Smith", "john.smith", "example", "7946", "4111 1111"})
        EXPECT_EQ(r.text.find(secret), std::string::npos) << secret << " left in " << r.text;
    EXPECT_NE(r.text.find("XXXX knows"), std::string::npos) << "already masked text stays";
}

TEST(Redaction, PseudonymsAreStablePerStoreAndDifferAcrossStores) {
    const PseudonymKey store1 = newPseudonymKey(), store2 = newPseudonymKey();
    auto a = redactWith("Email JOHN.SMITH@example.com today", RedactionMode::Pseudonym, &store1);
    auto b = redactWith("write to john.smith@EXAMPLE.com", RedactionMode::Pseudonym, &store1);
    auto c = redactWith("write to john.smith@example.com", RedactionMode::Pseudonym, &store2);
    auto d = redactWith("write to jane.doe@example.com", RedactionMode::Pseudonym, &store1);
    auto token = [](const std::string& s) { return s.substr(s.find("[EMAIL_"), 24); };
    EXPECT_EQ(token(a.text), token(b.text)) << "the same address, however written, is the same pseudonym";
    EXPECT_NE(token(b.text), token(c.text)) << "another store's key gives another pseudonym";
    EXPECT_NE(token(b.text), token(d.text));
    EXPECT_EQ(b.text.find("john"), std::string::npos);
}

TEST(Redaction, OffsetsMapOntoTheRedactedText) {
    const std::string text = "Ich bin Jürgen Müller und ärgere mich";
    auto r = redactWith(text, RedactionMode::Tag);
    ASSERT_EQ(r.text, "Ich bin [PERSON] und ärgere mich");
    // "ärgere" starts at code point 26 in the original and 21 in the redacted text.
    EXPECT_EQ(r.mapCp(26), 21u);
    EXPECT_EQ(r.mapCp(10), 8u) << "inside the name: the replacement's start";
    EXPECT_EQ(r.mapCp(21, true), 16u) << "the end of the name: the replacement's end";
    EXPECT_EQ(r.mapCp(3), 3u);
}

TEST(Redaction, ModesByName) {
    EXPECT_EQ(redactionModeFromName("mask"), RedactionMode::Mask);
    EXPECT_FALSE(redactionModeFromName("blur"));
}
