// Escalation detectors: each type found in English, German, French and Spanish, with its
// evidence; negated and hypothetical counter-examples are not flagged (or, for recall-first
// types, flagged one severity lower saying why); the agent's words never raise a flag; a broken
// rule pack is rejected with where and why.
#include "risk/escalation_detector.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {

std::vector<Flag> flagsOf(const std::string& text, const std::string& lang = "en",
                          std::vector<std::pair<std::size_t, std::size_t>> agent = {}) {
    TokenizedText tokens = tokenize(text);
    RuleInput in;
    in.text = text;
    in.tokens = &tokens;
    in.language = lang;
    in.agentTurns = std::move(agent);
    return EscalationDetector::builtin().detect(in);
}

std::vector<std::string> typesOf(const std::string& text, const std::string& lang = "en") {
    std::vector<std::string> out;
    for (const Flag& f : flagsOf(text, lang)) out.push_back(f.type);
    return out;
}

bool has(const std::string& text, const std::string& type, const std::string& lang = "en") {
    auto t = typesOf(text, lang);
    return std::find(t.begin(), t.end(), type) != t.end();
}

}  // namespace

TEST(Escalation, EveryBuiltInTypeIsKnownWithItsDefaults) {
    const auto& d = EscalationDetector::builtin();
    for (const char* t : {"adverse_event", "litigation_threat", "regulator_complaint", "criminal_or_hr",
                          "violence_or_self_harm", "discrimination", "privacy_complaint", "churn_threat"})
        EXPECT_NE(d.type(t), nullptr) << t;
    EXPECT_EQ(d.type("adverse_event")->dueDays, 15);
    EXPECT_EQ(d.type("violence_or_self_harm")->dueDays, 0);
    EXPECT_EQ(d.type("violence_or_self_harm")->severity, Severity::Critical);
    EXPECT_FALSE(d.type("churn_threat")->restricted);
}

TEST(Escalation, LitigationWithEvidenceAndNegation) {
    const std::string text = "This is the third refund you refused. I will contact my lawyer on Monday.";
    auto flags = flagsOf(text);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].type, "litigation_threat");
    EXPECT_EQ(flags[0].severity, Severity::High);
    ASSERT_EQ(flags[0].evidence.size(), 1u);
    EXPECT_EQ(text.substr(flags[0].evidence[0].startCp, flags[0].evidence[0].endCp - flags[0].evidence[0].startCp),
              "my lawyer");
    EXPECT_FALSE(flags[0].why.empty());
    EXPECT_TRUE(has("If you don't refund me by Friday I will sue you.", "litigation_threat"))
        << "a conditional threat is a threat";
    EXPECT_FALSE(has("I'm not going to sue, I just want my money back.", "litigation_threat"));
    EXPECT_FALSE(has("I won't sue anyone over this.", "litigation_threat"));
    EXPECT_TRUE(has("Ich werde rechtliche Schritte einleiten.", "litigation_threat", "de"));
    EXPECT_FALSE(has("Ich will keine rechtliche Schritte, nur mein Geld.", "litigation_threat", "de"));
    EXPECT_TRUE(has("Je vais contacter mon avocat.", "litigation_threat", "fr"));
    EXPECT_FALSE(has("Je n'ai pas besoin d'un avocat.", "litigation_threat", "fr"));
    EXPECT_TRUE(has("Voy a hablar con mi abogado.", "litigation_threat", "es"));
    EXPECT_FALSE(has("No necesito un abogado para esto.", "litigation_threat", "es"));
}

TEST(Escalation, AdverseEventsNegatedHypotheticalAndQuestionsAreNotFlagged) {
    EXPECT_TRUE(has("After two days on the new medication I got a rash all over my arms.", "adverse_event"));
    EXPECT_TRUE(has("The charger overheated and I got burns on my hand from the device.", "adverse_event"));
    EXPECT_TRUE(has("We all got food poisoning after the chicken.", "adverse_event"));
    EXPECT_FALSE(has("I've been on this medication for a year with no side effects at all.", "adverse_event"));
    EXPECT_FALSE(has("What if the pills cause a rash?", "adverse_event"));
    EXPECT_FALSE(has("The leaflet warns the medicine could cause swelling.", "adverse_event"));
    EXPECT_TRUE(has("Nach dem Medikament hatte ich starke Nebenwirkungen.", "adverse_event", "de"));
    EXPECT_FALSE(has("Das Medikament hatte keine Nebenwirkungen.", "adverse_event", "de"));
    EXPECT_TRUE(has("Ce médicament m'a donné des effets secondaires terribles.", "adverse_event", "fr"));
    EXPECT_FALSE(has("Ce médicament sans effets secondaires est parfait.", "adverse_event", "fr"));
    EXPECT_TRUE(has("El medicamento me causó efectos secundarios graves.", "adverse_event", "es"));
    EXPECT_FALSE(has("El medicamento no tuvo efectos secundarios.", "adverse_event", "es"));
    auto critical = flagsOf("My father was hospitalized after taking the pills you sold him.");
    ASSERT_FALSE(critical.empty());
    EXPECT_EQ(critical[0].severity, Severity::Critical);
}

TEST(Escalation, RegulatorCriminalDiscriminationPrivacyChurn) {
    EXPECT_TRUE(has("I have filed a complaint with the CFPB.", "regulator_complaint"));
    EXPECT_TRUE(has("Ich habe mich bei der Verbraucherzentrale beschwert.", "regulator_complaint", "de"));
    EXPECT_TRUE(has("I reported them to the regulator last week.", "regulator_complaint"));
    EXPECT_TRUE(has("I will file a complaint with the regulatory body.", "regulator_complaint"));
    // Boilerplate about reporting rules is no complaint to a regulator (a CFPB letter's wording).
    EXPECT_FALSE(has("The account meets all regulatory reporting requisites.", "regulator_complaint"));
    // An agency is a regulator when the text says which kind; "that agency" is as often the
    // collection agency the narrative is about.
    EXPECT_TRUE(has("I reported them to a federal agency.", "regulator_complaint"));
    EXPECT_TRUE(has("I will report this to the appropriate agencies.", "regulator_complaint"));
    EXPECT_TRUE(has("The reason for filing this complaint with your agency is the bureau's error.",
                    "regulator_complaint"));  // a letter to the regulator
    EXPECT_FALSE(has("They sold my debt and I reported the payment to that agency twice.", "regulator_complaint"));
    EXPECT_TRUE(has("The delivery driver stole my parcel, I saw it on camera.", "criminal_or_hr"));
    EXPECT_FALSE(has("The driver did not steal anything, it was misdelivered.", "criminal_or_hr"));
    EXPECT_TRUE(has("The manager was openly racist to my husband.", "discrimination"));
    EXPECT_TRUE(has("Under GDPR I ask you to delete my data.", "privacy_complaint"));
    EXPECT_TRUE(has("Vous avez partagé mes données personnelles sans mon accord.", "privacy_complaint", "fr"));
    EXPECT_TRUE(has("I'm going to cancel my subscription and switch to a competitor.", "churn_threat"));
    EXPECT_TRUE(has("Me doy de baja mañana.", "churn_threat", "es"));
    EXPECT_FALSE(has("I don't want to cancel my subscription, just fix it.", "churn_threat"));
}

TEST(Escalation, ViolenceAndSelfHarmAreRecallFirst) {
    auto f = flagsOf("Honestly I want to end my life after this year.");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0].type, "violence_or_self_harm");
    EXPECT_EQ(f[0].severity, Severity::Critical);
    auto negated = flagsOf("Don't worry, I would never hurt myself over a phone bill.");
    ASSERT_EQ(negated.size(), 1u) << "negated, still flagged: a human decides";
    EXPECT_EQ(negated[0].severity, Severity::High);
    EXPECT_NE(negated[0].why.find("recall-first"), std::string::npos) << negated[0].why;
    EXPECT_TRUE(has("Si esto sigue así, te voy a matar.", "violence_or_self_harm", "es"));
}

TEST(Escalation, TheAgentsWordsRaiseNoFlag) {
    const std::string call = "Agent: You could of course contact a lawyer. Customer: No, I just want a refund.";
    EXPECT_TRUE(flagsOf(call, "en", {{0, 45}}).empty());
    EXPECT_FALSE(flagsOf(call).empty()) << "without turns the same words would count";
}

TEST(Escalation, ABrokenPackSaysWhereAndWhy) {
    auto bad = EscalationDetector::fromJson(
        R"({"format": "tidewatch-escalation-rules", "types": {"x": {"severity": "high"}}, "rules": [{"type": "x", "rule": "lawyer AND ("}]})",
        "my-pack.json");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().describe().find("my-pack.json: rule 1"), std::string::npos) << bad.error().describe();
    EXPECT_NE(bad.error().describe().find("1:"), std::string::npos) << bad.error().describe();
    auto unknown = EscalationDetector::fromJson(
        R"({"format": "tidewatch-escalation-rules", "types": {"x": {}}, "rules": [{"type": "y", "rule": "a"}]})",
        "p.json");
    ASSERT_FALSE(unknown);
    EXPECT_NE(unknown.error().message.find("unknown type 'y'"), std::string::npos);
    auto severity = EscalationDetector::fromJson(
        R"({"format": "tidewatch-escalation-rules", "types": {"x": {"severity": "urgent"}}, "rules": []})", "p.json");
    EXPECT_FALSE(severity);
    // Fields of the wrong type are errors, not crashes.
    for (
        const char* wrong :
        {R"({"format": 3})",
         R"({"format": "tidewatch-escalation-rules", "types": {"x": {"due_days": "five"}}, "rules": []})",
         R"({"format": "tidewatch-escalation-rules", "types": {"x": {}}, "rules": [{"type": "x", "rule": "a", "why": 4}]})"}) {
        auto r = EscalationDetector::fromJson(wrong, "p.json");
        ASSERT_FALSE(r) << wrong;
        EXPECT_EQ(r.error().location, "p.json");
    }
}
