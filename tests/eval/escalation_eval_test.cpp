// Escalation detectors on real, human-labelled text (../shared/data; skipped when absent):
//  - adverse_event on ADE corpus v2 sentences (medical case reports; DRUG-AE.rel holds the
//    sentences with an adverse drug effect, ADE-NEG.txt those without): recall and precision at
//    sentence level;
//  - the CFPB complaint narratives: the share flagged per type (legal and regulatory language
//    among consumers already complaining to a regulator), with sample lines to hand-check.
#include "ingest/csv_reader.h"
#include "ingest/decoded_stream.h"
#include "risk/escalation_detector.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>

using namespace tw::core;

namespace {

std::vector<Flag> flagsOf(const std::string& text) {
    TokenizedText tokens = tokenize(text);
    RuleInput in;
    in.text = text;
    in.tokens = &tokens;
    in.language = "en";
    return EscalationDetector::builtin().detect(in);
}

bool flagged(const std::string& text, const std::string& type) {
    for (const Flag& f : flagsOf(text)) {
        if (f.type == type) return true;
    }
    return false;
}

}  // namespace

TEST(EscalationEval, AdverseEventsOnAdeCorpus) {
    std::ifstream pos(tw::test::sharedData("adverse_events_ade_corpus_v2/DRUG-AE.rel"));
    std::ifstream neg(tw::test::sharedData("adverse_events_ade_corpus_v2/ADE-NEG.txt"));
    if (!pos || !neg) GTEST_SKIP() << "../shared/data/adverse_events_ade_corpus_v2 is absent";
    std::set<std::string> positives, negatives;
    for (std::string line; std::getline(pos, line);) {
        const std::size_t a = line.find('|'), b = line.find('|', a + 1);
        if (a != std::string::npos && b != std::string::npos) positives.insert(line.substr(a + 1, b - a - 1));
    }
    for (std::string line; std::getline(neg, line);) {
        const std::size_t at = line.find(" NEG ");
        if (at != std::string::npos && !positives.count(line.substr(at + 5))) negatives.insert(line.substr(at + 5));
    }
    int tp = 0, fp = 0;
    for (const auto& s : positives) tp += flagged(s, "adverse_event");
    for (const auto& s : negatives) fp += flagged(s, "adverse_event");
    const double recall = double(tp) / positives.size(), precision = tp + fp ? double(tp) / (tp + fp) : 0.0;
    // On a balanced mix (as many sentences without an effect as with): the share of flags right.
    const double fpRate = double(fp) / negatives.size(), balanced = recall / (recall + fpRate);
    std::printf("ADE corpus: %zu sentences with an adverse effect, %zu without\n", positives.size(), negatives.size());
    std::printf(
        "adverse_event: recall %.3f, precision %.3f (on the corpus mix), %.3f (balanced), flagged %.1f%% "
        "of sentences without\n",
        recall, precision, balanced, 100.0 * fpRate);
    // Floors under today's figures (2026-11-23).
    EXPECT_GE(recall, 0.40);
    EXPECT_GE(balanced, 0.72);
}

TEST(EscalationEval, LegalAndRegulatoryLanguageInCfpbNarratives) {
    auto stream = DecodedStream::open(tw::test::sharedData("cs_cfpb_complaints_sample/complaints_sample.csv"));
    if (!stream) GTEST_SKIP() << "../shared/data/cs_cfpb_complaints_sample is absent";
    auto reader = CsvReader::open(**stream, CsvDialect{}, 1 << 20);
    ASSERT_TRUE(reader);
    const auto& header = (*reader)->header();
    const auto column = static_cast<std::size_t>(
        std::find(header.begin(), header.end(), "Consumer complaint narrative") - header.begin());
    ASSERT_LT(column, header.size());
    std::map<std::string, int> byType;
    int narratives = 0, legal = 0;
    const bool verbose = std::getenv("TW_EVAL_VERBOSE") != nullptr;
    SourceRecord rec;
    while ((*reader)->next(rec)) {
        if (column >= rec.fields.size() || rec.fields[column].empty()) continue;
        ++narratives;
        bool isLegal = false;
        for (const Flag& f : flagsOf(rec.fields[column])) {
            ++byType[f.type];
            isLegal |= f.type == "litigation_threat" || f.type == "regulator_complaint";
            if (verbose && (f.type == "litigation_threat" || f.type == "regulator_complaint")) {
                const auto& e = f.evidence.front();
                std::printf("%s | %s | ...%s...\n", f.type.c_str(), f.why.c_str(),
                            rec.fields[column].substr(e.startCp > 60 ? e.startCp - 60 : 0, 160).c_str());
            }
        }
        legal += isLegal;
    }
    std::printf("CFPB narratives: %d; legal or regulatory language in %d (%.1f%%)\n", narratives, legal,
                100.0 * legal / narratives);
    for (const auto& [type, n] : byType) std::printf("  %-22s %5d (%.1f%%)\n", type.c_str(), n, 100.0 * n / narratives);
    EXPECT_GT(narratives, 1000);
    EXPECT_GT(legal, narratives / 20) << "complaints to a regulator often cite the law, lawyers and regulators";
}
