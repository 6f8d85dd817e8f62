#include "demo/demo_corpus.h"

#include "demo/demo_templates.h"
#include "util/civil_time.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

namespace tw::core {

namespace {

using demo::TopicTemplates;

// SplitMix64: small, fast and identical on every platform.
class Rng final {
public:
    explicit Rng(std::uint64_t seed) : s_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool chance(double p) { return uniform() < p; }
    template <class V>
    const auto& pick(const V& v) { return v[below(v.size())]; }

private:
    std::uint64_t s_;
};

struct Channel {
    const char* name;
    double perDay;
    double weekend;  // factor on Saturday and Sunday
    bool publicChannel;
};

const Channel kChannels[] = {
    {"twitter", 22, 1.15, true}, {"review", 9, 1.0, true}, {"survey", 10, 1.0, false},
    {"call", 14, 0.5, false},    {"email", 7, 0.5, false}, {"chat", 11, 0.6, false},
};

std::string luhnCard(Rng& rng) {
    std::string digits = "4";
    while (digits.size() < 15) digits += static_cast<char>('0' + rng.below(10));
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        int d = digits[digits.size() - 1 - i] - '0';
        if (i % 2 == 0) { d *= 2; if (d > 9) d -= 9; }
        sum += d;
    }
    digits += static_cast<char>('0' + (10 - sum % 10) % 10);
    return digits.substr(0, 4) + " " + digits.substr(4, 4) + " " + digits.substr(8, 4) + " " + digits.substr(12, 4);
}

struct Generator {
    explicit Generator(std::uint64_t seed) : rng(seed) {}
    Rng rng;
    std::int64_t startDay = 0;
    double volume = 1.0;
    std::ofstream out;
    std::int64_t counter = 0;
    nlohmann::ordered_json flags = nlohmann::ordered_json::array();
    nlohmann::ordered_json pii = nlohmann::ordered_json::array();
    std::map<std::string, std::int64_t> eventCounts;

    std::string fill(std::string_view tpl) {
        std::string s;
        for (std::size_t i = 0; i < tpl.size(); ++i) {
            if (tpl[i] != '{') { s += tpl[i]; continue; }
            std::size_t end = tpl.find('}', i);
            std::string_view key = tpl.substr(i + 1, end - i - 1);
            if (key == "product") s += rng.pick(demo::products());
            else if (key == "days") s += std::to_string(3 + rng.below(18));
            else if (key == "hours") s += std::to_string(1 + rng.below(3));
            else if (key == "amount") s += "$" + std::to_string(19 + rng.below(480)) + "." + std::to_string(10 + rng.below(90));
            else if (key == "order") s += "BL-" + std::to_string(100000 + rng.below(900000));
            else if (key == "name") s += rng.pick(demo::firstNames());
            else if (key == "city") s += rng.pick(demo::cities());
            i = end;
        }
        return s;
    }

    std::int64_t timeOn(std::int64_t day) {
        // Daytime-weighted hour of the day.
        int hour = static_cast<int>(7 + rng.below(15));
        if (rng.chance(0.1)) hour = static_cast<int>(rng.below(24));
        return (startDay + day) * 86400 + hour * 3600 + static_cast<std::int64_t>(rng.below(3600));
    }

    const char* consentFor(const std::string& channel) {
        if (channel == "twitter" || channel == "review") return "public_post";
        if (channel == "call") return "call_recording_notice";
        if (channel == "survey") return rng.chance(0.6) ? "anonymous_survey" : "identified_with_consent";
        return rng.chance(0.5) ? "identified_with_consent" : "identified_without_consent";
    }

    std::string maybePii(std::string text, const std::string& id, double p) {
        if (!rng.chance(p)) return text;
        std::string first(rng.pick(demo::firstNames())), last(rng.pick(demo::lastNames()));
        std::string email = first + "." + last + std::to_string(rng.below(100)) + "@example.com";
        for (auto& c : email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // Non-ASCII letters in names make poor addresses: keep the local part ASCII.
        std::string asciiEmail;
        for (unsigned char c : email) if (c < 0x80) asciiEmail += static_cast<char>(c);
        std::string phone = "+44 7700 9" + std::to_string(10000 + rng.below(89999));
        switch (rng.below(4)) {
            case 0:
                text += " You can reach me at " + asciiEmail + ".";
                pii.push_back({{"record_id", id}, {"type", "EMAIL"}, {"value", asciiEmail}});
                break;
            case 1:
                text += " Call me back on " + phone + ".";
                pii.push_back({{"record_id", id}, {"type", "PHONE"}, {"value", phone}});
                break;
            case 2: {
                std::string card = luhnCard(rng);
                text += " The card used was " + card + ".";
                pii.push_back({{"record_id", id}, {"type", "PAYMENT_CARD"}, {"value", card}});
                break;
            }
            default:
                text += " My name is " + first + " " + last + ".";
                pii.push_back({{"record_id", id}, {"type", "PERSON"}, {"value", first + " " + last}});
        }
        return text;
    }

    void emit(std::int64_t day, const std::string& channel, std::string text, const std::string& lang,
              std::optional<int> rating, const char* flag = nullptr, const char* event = nullptr) {
        ++counter;
        char idbuf[32];
        std::snprintf(idbuf, sizeof idbuf, "demo-%06lld", static_cast<long long>(counter));
        std::string id = idbuf;
        text = maybePii(std::move(text), id, flag ? 0.1 : 0.04);
        if (channel == "call") {
            std::string greeting = fill(rng.pick(demo::agentGreetings()));
            text = "Agent: " + greeting + "\nCustomer: " + text + "\nAgent: " + std::string(rng.pick(demo::agentReplies())) +
                   "\nCustomer: " + std::string(rng.pick(demo::customerClosings()));
        }
        nlohmann::ordered_json j;
        j["id"] = id;
        j["channel"] = channel;
        j["created_at"] = formatIsoUtc(timeOn(day));
        j["customer"] = "cust-" + std::to_string(10000 + rng.below(12000));
        j["language"] = lang;
        if (rating) j["rating"] = *rating;
        j["consent"] = consentFor(channel);
        j["text"] = text;
        out << j.dump() << '\n';
        if (flag) flags.push_back({{"record_id", id}, {"type", flag}});
        if (event) ++eventCounts[event];
    }

    std::optional<int> ratingFor(const std::string& channel, int sentiment) {
        if (channel != "review" && channel != "survey") return std::nullopt;
        if (sentiment > 0) return 4 + static_cast<int>(rng.below(2));
        if (sentiment < 0) return 1 + static_cast<int>(rng.below(2));
        return 3;
    }

    void background(std::int64_t day, const Channel& ch) {
        static double totalWeight = [] {
            double t = 0;
            for (const auto& topic : demo::backgroundTopics()) t += topic.weight;
            return t;
        }();
        double x = rng.uniform() * totalWeight;
        const TopicTemplates* topic = &demo::backgroundTopics().back();
        for (const auto& t : demo::backgroundTopics()) {
            if ((x -= t.weight) < 0) { topic = &t; break; }
        }
        double l = rng.uniform();
        const char* lang = l < 0.85 ? "en" : l < 0.90 ? "de" : l < 0.95 ? "fr" : "es";
        const auto& pool = lang[0] == 'e' && lang[1] == 'n' ? topic->en : lang[0] == 'd' ? topic->de
                           : lang[0] == 'f' ? topic->fr : topic->es;
        emit(day, ch.name, fill(rng.pick(pool)), lang, ratingFor(ch.name, topic->sentiment));
    }
};

double seasonFactor(std::int64_t absDay) {
    std::int64_t y;
    unsigned m, d;
    civilFromDays(absDay, y, m, d);
    if ((m == 11 && d >= 20) || m == 12) return 1.6;
    if (m == 1 && d <= 5) return 1.3;
    return 1.0;
}

}  // namespace

Result<DemoSummary> writeDemoCorpus(const std::string& dir, const DemoOptions& opt) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return makeError("cannot create the folder: " + ec.message(), dir);
    int y = 0, m = 0, d = 0;
    if (std::sscanf(opt.startDate.c_str(), "%d-%d-%d", &y, &m, &d) != 3) {
        return makeError("start date must be YYYY-MM-DD", opt.startDate);
    }
    Generator g(opt.seed);
    g.startDay = daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    g.volume = opt.volume;
    DemoSummary summary;
    summary.corpusPath = (std::filesystem::path(dir) / "demo_corpus.jsonl").string();
    summary.truthPath = (std::filesystem::path(dir) / "demo_truth.json").string();
    g.out.open(summary.corpusPath, std::ios::binary | std::ios::trunc);
    if (!g.out) return makeError("cannot write the demo corpus", summary.corpusPath);

    auto dayOf = [&](int yy, unsigned mm, unsigned dd) { return daysFromCivil(yy, mm, dd) - g.startDay; };
    const std::int64_t chargeStart = dayOf(2026, 3, 2), promoStart = dayOf(2026, 5, 9), outageStart = dayOf(2026, 7, 14);

    for (std::int64_t day = 0; day < opt.days; ++day) {
        int wd = weekdayOfDays(g.startDay + day);
        bool weekend = wd == 0 || wd == 6;
        double season = seasonFactor(g.startDay + day);
        for (const auto& ch : kChannels) {
            double expected = ch.perDay * season * (weekend ? ch.weekend : 1.0) * opt.volume;
            auto n = static_cast<int>(std::lround(expected * (0.85 + 0.3 * g.rng.uniform())));
            for (int i = 0; i < n; ++i) g.background(day, ch);
        }
        // Tsunami: double charge, social first, then the contact center, angrier every week.
        std::int64_t k = day - chargeStart;
        if (k >= 0 && k < 28) {
            int stage = k < 5 ? 0 : k < 12 ? 1 : 2;
            double social = k < 14 ? 2 + 0.9 * static_cast<double>(k) : std::max(2.0, 14.6 - 0.8 * static_cast<double>(k - 14));
            for (int i = 0; i < static_cast<int>(std::lround(social * opt.volume)); ++i) {
                g.emit(day, "twitter", g.fill(g.rng.pick(demo::doubleChargeSocial(stage))), "en", std::nullopt, nullptr,
                       "billing_double_charge");
            }
            if (k >= 4) {
                double contact = std::min(3.0 + 0.7 * static_cast<double>(k - 4), 14.0);
                for (const char* ch : {"call", "chat", "email"}) {
                    for (int i = 0; i < static_cast<int>(std::lround(contact * opt.volume / 2)); ++i) {
                        std::string text = g.fill(g.rng.pick(demo::doubleChargeContact(stage)));
                        const char* flag = nullptr;
                        if (stage == 2 && g.rng.chance(0.08)) {
                            text += " " + g.fill(g.rng.pick(demo::litigationThreats()));
                            flag = "litigation_threat";
                        } else if (stage >= 1 && g.rng.chance(0.05)) {
                            text += " " + g.fill(g.rng.pick(demo::regulatorComplaints()));
                            flag = "regulator_complaint";
                        }
                        g.emit(day, ch, text, "en", std::nullopt, flag, "billing_double_charge");
                    }
                }
            }
        }
        // Ripple: a promo-code flurry on twitter only, gone in three days.
        if (std::int64_t p = day - promoStart; p >= 0 && p < 3) {
            const int counts[] = {12, 7, 3};
            for (int i = 0; i < static_cast<int>(std::lround(counts[p] * opt.volume)); ++i) {
                g.emit(day, "twitter", std::string(g.rng.pick(demo::promoFlurry())), "en", std::nullopt, nullptr,
                       "promo_code_flurry");
            }
        }
        // Wave: an app outage across twitter, reviews and chat for three days.
        if (std::int64_t o = day - outageStart; o >= 0 && o < 3) {
            const int tw[] = {16, 10, 4}, rv[] = {7, 5, 2}, chat[] = {7, 4, 2};
            for (auto [ch, counts] : {std::pair{"twitter", tw}, std::pair{"review", rv}, std::pair{"chat", chat}}) {
                for (int i = 0; i < static_cast<int>(std::lround(counts[o] * opt.volume)); ++i) {
                    g.emit(day, ch, std::string(g.rng.pick(demo::appOutage())), "en",
                           std::string(ch) == "review" ? std::optional<int>(1) : std::nullopt, nullptr, "app_outage");
                }
            }
        }
        // Obligations scattered through the year.
        if (day % 15 == 7) {
            const char* chs[] = {"email", "call", "review", "survey"};
            std::string ch = chs[g.rng.below(4)];
            g.emit(day, ch, g.fill(g.rng.pick(demo::adverseEvents())), "en", g.ratingFor(ch, -1), "adverse_event");
        }
        if (day % 19 == 3) {
            std::string ch = g.rng.chance(0.5) ? "email" : "call";
            g.emit(day, ch, "I have asked three times for help with order " + g.fill("{order}") + ". " +
                                g.fill(g.rng.pick(demo::litigationThreats())),
                   "en", std::nullopt, "litigation_threat");
        }
        if (day % 24 == 11) {
            std::string ch = g.rng.chance(0.5) ? "email" : "chat";
            g.emit(day, ch, "Nobody has fixed my billing problem. " + g.fill(g.rng.pick(demo::regulatorComplaints())),
                   "en", std::nullopt, "regulator_complaint");
        }
        if (day % 70 == 33) {
            g.emit(day, g.rng.chance(0.5) ? "email" : "call", g.fill(g.rng.pick(demo::employeeAllegations())), "en",
                   std::nullopt, "criminal_or_hr");
        }
    }
    g.out.close();
    if (!g.out) return makeError("could not finish writing the demo corpus", summary.corpusPath);

    auto iso = [&](std::int64_t day) { return formatIsoDate((g.startDay + day) * 86400); };
    nlohmann::ordered_json truth;
    truth["generator"] = {{"seed", opt.seed}, {"days", opt.days}, {"start", opt.startDate}, {"volume", opt.volume}};
    truth["records"] = g.counter;
    truth["events"] = nlohmann::ordered_json::array({
        {{"id", "billing_double_charge"}, {"expected_class", "tsunami"}, {"start", iso(chargeStart)},
         {"end", iso(chargeStart + 27)}, {"channels", {"twitter", "call", "chat", "email"}},
         {"lead", "twitter leads call/chat/email by 4 days"}, {"keywords", {"charged twice", "double charge"}},
         {"records", g.eventCounts["billing_double_charge"]}},
        {{"id", "promo_code_flurry"}, {"expected_class", "ripple"}, {"start", iso(promoStart)},
         {"end", iso(promoStart + 2)}, {"channels", {"twitter"}}, {"keywords", {"promo code"}},
         {"records", g.eventCounts["promo_code_flurry"]}},
        {{"id", "app_outage"}, {"expected_class", "wave"}, {"start", iso(outageStart)}, {"end", iso(outageStart + 2)},
         {"channels", {"twitter", "review", "chat"}}, {"keywords", {"app crashes", "app is down"}},
         {"records", g.eventCounts["app_outage"]}},
    });
    truth["seasonal"] = {{"start", "11-20"}, {"end", "01-05"}, {"factor", 1.6},
                         {"expected", "every topic rises together; not an emerging issue"}};
    truth["flags"] = g.flags;
    truth["pii"] = g.pii;
    std::ofstream t(summary.truthPath, std::ios::binary | std::ios::trunc);
    t << truth.dump(2) << '\n';
    if (!t) return makeError("could not write the truth file", summary.truthPath);
    summary.records = g.counter;
    return summary;
}

}  // namespace tw::core
