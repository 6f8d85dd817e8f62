// The taxonomy format, the built-in customer-experience taxonomy and categorisation.
#include "rules/taxonomy.h"
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <set>

using namespace tw::core;

namespace {

std::set<std::string> categoriesOf(const Taxonomy& t, const std::string& text, const char* lang = "en") {
    TokenizedText tokens = tokenize(text);
    RuleInput in;
    in.text = text;
    in.tokens = &tokens;
    in.language = lang;
    std::set<std::string> out;
    for (const auto& a : t.categorize(in)) out.insert(t.categories()[static_cast<std::size_t>(a.category)].path);
    return out;
}

}  // namespace

TEST(Taxonomy, BuiltinHasFortyLeavesWithRules) {
    const Taxonomy& t = Taxonomy::builtin();
    int leaves = 0;
    for (std::size_t i = 0; i < t.categories().size(); ++i) {
        bool hasChild = false;
        for (const auto& c : t.categories()) hasChild |= c.parent == static_cast<int>(i);
        if (!hasChild) {
            ++leaves;
            EXPECT_FALSE(t.categories()[i].rule.empty()) << t.categories()[i].path;
        }
    }
    EXPECT_GE(leaves, 40);
}

// One sentence per leaf, written for this test: every rule of the built-in taxonomy must find
// its own kind of complaint.
TEST(Taxonomy, EveryBuiltinLeafFindsItsExample) {
    const std::pair<const char*, const char*> examples[] = {
        {"Billing/Double charge", "My card was charged twice for one order."},
        {"Billing/Unexpected fee", "There was a hidden fee nobody mentioned."},
        {"Billing/Wrong amount", "You overcharged me by twenty euros."},
        {"Billing/Invoice and receipt", "I never got an invoice for March."},
        {"Billing/Payment failed", "My card declined at checkout although it works everywhere."},
        {"Pricing/Too expensive", "Way too expensive for what you get."},
        {"Pricing/Price increase", "Prices went up again this month."},
        {"Pricing/Promotions and discounts", "The discount code did not apply."},
        {"Delivery/Late delivery", "My parcel is three days late."},
        {"Delivery/Not delivered", "The order never arrived."},
        {"Delivery/Damaged in transit", "The box was completely crushed."},
        {"Delivery/Wrong item", "I received the wrong size."},
        {"Delivery/Tracking", "The tracking number does not work."},
        {"Returns and refunds/Refund delay", "Still waiting for my refund after two weeks."},
        {"Returns and refunds/Refund refused", "They refused my refund request."},
        {"Returns and refunds/Return process", "The return label was missing from the parcel."},
        {"Product quality/Defective", "The kettle stopped working after a week."},
        {"Product quality/Poor quality", "Really poor quality, the seams fell apart."},
        {"Product quality/Not as described", "The sofa is not as described on the website."},
        {"Product quality/Missing parts", "Two screws were missing parts of the kit."},
        {"Staff/Rude staff", "The cashier was rude to my mother."},
        {"Staff/Helpful staff", "The agent was very helpful and patient."},
        {"Staff/Staff knowledge", "The employee had no idea about the warranty."},
        {"Wait times/Phone queue", "I was on hold for forty minutes."},
        {"Wait times/Waiting for a reply", "Three emails and no reply."},
        {"Wait times/Queue in store", "The queue at the checkout was so long."},
        {"Digital/App crashes", "The app crashes every time I open it."},
        {"Digital/Website errors", "The website shows an error when I log in."},
        {"Digital/Checkout problems", "The checkout keeps failing with my card."},
        {"Digital/Slow performance", "The app is painfully slow."},
        {"Account and login/Password reset", "The password reset email never came."},
        {"Account and login/Cannot log in", "I am locked out of my account."},
        {"Account and login/Account changes", "How do I change my address?"},
        {"Cancellation and churn/Cancellation request", "I want to cancel my subscription today."},
        {"Cancellation and churn/Switching to a competitor", "I'm switching to your competitor."},
        {"Cancellation and churn/Contract and renewal", "The automatic renewal charged me without warning."},
        {"Communication/No response", "Nobody answered my emails."},
        {"Communication/Repeated contacts", "This is the third time I call about it."},
        {"Communication/Transferred between agents", "I was transferred four times."},
        {"Communication/Unclear information", "Your staff gave me conflicting information."},
        {"Store experience/Cleanliness", "The toilets were filthy."},
        {"Store experience/Out of stock", "The item was out of stock again."},
        {"Store experience/Opening hours", "The shop was closed early on Saturday."},
        {"Safety/Injury", "My son burned his hand on the handle."},
        {"Safety/Food safety and illness", "We all got sick after eating there."},
        {"Safety/Product hazard", "The charger overheated and caught fire."},
        {"Privacy and data/Data misuse", "You sold my personal data."},
        {"Privacy and data/Spam and marketing", "Stop sending me spam."},
    };
    const Taxonomy& t = Taxonomy::builtin();
    for (const auto& [path, text] : examples) {
        EXPECT_NE(t.find(path), -1) << path;
        auto got = categoriesOf(t, text);
        EXPECT_TRUE(got.count(path)) << path << " not found in: " << text;
    }
}

TEST(Taxonomy, RulesWorkInGermanFrenchAndSpanish) {
    const Taxonomy& t = Taxonomy::builtin();
    EXPECT_TRUE(categoriesOf(t, "Mir wurde doppelt abgebucht.", "de").count("Billing/Double charge"));
    EXPECT_TRUE(categoriesOf(t, "Ich möchte meinen Vertrag kündigen.", "de")
                    .count("Cancellation and churn/Cancellation request"));
    EXPECT_TRUE(categoriesOf(t, "Le colis est arrivé endommagé.", "fr").count("Delivery/Damaged in transit"));
    EXPECT_TRUE(categoriesOf(t, "Je suis en attente depuis une heure.", "fr").count("Wait times/Phone queue"));
    EXPECT_TRUE(categoriesOf(t, "El pedido nunca llegó.", "es").count("Delivery/Not delivered"));
    EXPECT_TRUE(categoriesOf(t, "Me cobraron dos veces, cobro doble.", "es").count("Billing/Double charge"));
}

// Praise and complaint categories do not take a negated mention for one: "not helpful" is no
// helpful staff, "no hidden fees" no unexpected fee. Topics still match ("no refund yet").
TEST(Taxonomy, NegatedPraiseAndComplaintsAreNotCategorised) {
    const Taxonomy& t = Taxonomy::builtin();
    EXPECT_FALSE(categoriesOf(t, "The staff were NOT helpful at all.").count("Staff/Helpful staff"));
    EXPECT_TRUE(categoriesOf(t, "The staff were helpful at all times.").count("Staff/Helpful staff"));
    EXPECT_FALSE(categoriesOf(t, "The cashier was not rude, just tired.").count("Staff/Rude staff"));
    EXPECT_FALSE(categoriesOf(t, "Good value, no hidden fees.").count("Billing/Unexpected fee"));
    EXPECT_FALSE(categoriesOf(t, "My parcel was not late this time.").count("Delivery/Late delivery"));
    EXPECT_FALSE(categoriesOf(t, "The app never crashes on my phone.").count("Digital/App crashes"));
    EXPECT_FALSE(categoriesOf(t, "Das Personal war nicht sehr freundlich.", "de").count("Staff/Helpful staff"));
    EXPECT_TRUE(categoriesOf(t, "Still no refund after three weeks.").count("Returns and refunds/Refund delay"));
}

TEST(Taxonomy, NeutralTextGetsNoCategory) { EXPECT_TRUE(categoriesOf(Taxonomy::builtin(), "I like turtles.").empty()); }

TEST(Taxonomy, JsonRoundTripAndErrors) {
    const Taxonomy& t = Taxonomy::builtin();
    auto again = Taxonomy::fromJson(t.toJson(), "exported.json");
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_EQ(again->categories().size(), t.categories().size());
    EXPECT_EQ(again->fingerprint(), t.fingerprint());

    auto bad = Taxonomy::fromJson(R"({"format": "tidewatch-taxonomy", "version": 1, "categories": [
        {"name": "Billing", "children": [{"name": "Double charge", "rule": "charged AND"}]}]})",
                                  "mine.json");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().location, "mine.json: category 'Billing/Double charge', rule 1:12");
    EXPECT_FALSE(Taxonomy::fromJson("{", "x.json").ok());
    EXPECT_FALSE(Taxonomy::fromJson(R"({"format": "other"})", "x.json").ok());
    auto dup = Taxonomy::fromJson(R"({"format": "tidewatch-taxonomy", "version": 1, "categories": [
        {"name": "A", "rule": "a"}, {"name": "A", "rule": "b"}]})",
                                  "d.json");
    ASSERT_FALSE(dup.ok());
    EXPECT_NE(dup.error().message.find("two categories"), std::string::npos);
}

TEST(Taxonomy, AssignmentsNameTheirSentencesAndSpans) {
    const Taxonomy& t = Taxonomy::builtin();
    std::string text = "Great coffee. But I was charged twice!";
    TokenizedText tokens = tokenize(text);
    RuleInput in;
    in.text = text;
    in.tokens = &tokens;
    in.language = "en";
    auto got = t.categorize(in);
    ASSERT_EQ(got.size(), 1u);
    ASSERT_EQ(got[0].sentences.size(), 1u);
    EXPECT_EQ(got[0].sentences[0], 1u);
    ASSERT_EQ(got[0].spans.size(), 1u);
    EXPECT_EQ(text.substr(got[0].spans[0].startCp, got[0].spans[0].endCp - got[0].spans[0].startCp), "charged twice");
}
