#include "analysis/explanation_codec.h"

#include "text/utf8.h"
#include "util/json_text.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <unordered_map>

namespace tw::core {

namespace {

constexpr char kRecordTag = '\x01';                           // JSON starts with '[' (or blanks): never this byte
constexpr std::uint64_t kMaxOffset = std::uint64_t{1} << 48;  // beyond any text's code points

// Everything of one contribution up to its rules' opening bracket.
void openContribution(std::string& out, std::uint64_t start, std::uint64_t end, std::string_view valence,
                      std::string_view weight, std::uint64_t sentence, std::string_view term) {
    out += "{\"start\":";
    appendJsonNumber(out, start);
    out += ",\"end\":";
    appendJsonNumber(out, end);
    out += ",\"valence\":";
    out += valence;
    out += ",\"weight\":";
    out += weight;
    out += ",\"sentence\":";
    appendJsonNumber(out, sentence);
    out += ",\"term\":";
    appendJsonString(out, term);
    out += ",\"rules\":[";
}

// A number as the JSON shows it: three decimals, a sign when negative ("-0.000" too).
struct Fixed3 {
    char text[352];
    std::size_t size = 0;
    explicit Fixed3(double x) {
        size = static_cast<std::size_t>(std::to_chars(text, text + sizeof text, x, std::chars_format::fixed, 3).ptr -
                                        text);
    }
    [[nodiscard]] std::string_view view() const { return {text, size}; }
};

// Thousandths with the sign in the lowest bit; nothing when the text is not a sign, digits, a
// point and three digits, or does not fit.
std::optional<std::uint64_t> signedThousandths(std::string_view t) {
    const bool negative = !t.empty() && t.front() == '-';
    if (negative) t.remove_prefix(1);
    if (t.size() < 5 || t[t.size() - 4] != '.') return std::nullopt;
    std::uint64_t n = 0;
    for (char c : t) {
        if (c == '.') continue;
        if (c < '0' || c > '9' || n > (UINT64_MAX >> 1) / 10 - 1) return std::nullopt;
        n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return n << 1 | (negative ? 1 : 0);
}

// The same from the number: thousandths by arithmetic, unless the number is large or its
// thousandths lie within a millionth of a half (where the product's rounding could decide it);
// those from the text.
std::optional<std::uint64_t> signedThousandths(double x) {
    const double a = std::fabs(x) * 1000.0;  // relative error 2^-53: under 1.2e-7 below 1e9
    if (a < 1e9) {                           // false for NaN too
        const double whole = std::floor(a), fraction = a - whole;
        if (std::fabs(fraction - 0.5) > 1e-6) {
            const auto n = static_cast<std::uint64_t>(whole) + (fraction > 0.5 ? 1 : 0);
            return n << 1 | (std::signbit(x) ? 1 : 0);
        }
    }
    return signedThousandths(Fixed3(x).view());
}

void appendThousandths(std::string& out, std::uint64_t code) {
    if (code & 1) out += '-';
    const std::uint64_t n = code >> 1;
    appendJsonNumber(out, n / 1000);
    const auto frac = static_cast<unsigned>(n % 1000);
    out += '.';
    out += static_cast<char>('0' + frac / 100);
    out += static_cast<char>('0' + frac / 10 % 10);
    out += static_cast<char>('0' + frac % 10);
}

void putVarint(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out += static_cast<char>((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

std::uint64_t zigzag(std::int64_t v) {
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
std::int64_t unzigzag(std::uint64_t v) { return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1); }

// Strings written once per record: a new one as its length times two, then its bytes; a repeat as
// its index times two plus one. The first few are looked up by a scan, more (a long text) in a map.
class StringWriter {
public:
    void put(std::string& out, std::string_view s) {
        if (auto known = find(s)) {
            putVarint(out, *known << 1 | 1);
            return;
        }
        if (count_ < kInline)
            inline_[count_] = s;
        else if (count_ == kInline)
            for (std::size_t k = 0; k <= kInline; ++k) index_.emplace(k < kInline ? inline_[k] : s, k);
        else
            index_.emplace(s, count_);
        ++count_;
        putVarint(out, std::uint64_t{s.size()} << 1);
        out += s;
    }

private:
    static constexpr std::size_t kInline = 32;
    std::optional<std::uint64_t> find(std::string_view s) const {
        if (count_ > kInline) {
            auto it = index_.find(s);
            return it == index_.end() ? std::nullopt : std::optional<std::uint64_t>(it->second);
        }
        for (std::size_t k = 0; k < count_; ++k)
            if (inline_[k] == s) return k;
        return std::nullopt;
    }
    std::size_t count_ = 0;
    std::array<std::string_view, kInline> inline_;
    std::unordered_map<std::string_view, std::uint64_t> index_;
};

class Reader {
public:
    explicit Reader(std::string_view bytes) : p_(bytes) {}
    bool varint(std::uint64_t& v) {
        v = 0;
        for (int shift = 0; shift < 64 && !p_.empty(); shift += 7) {
            const auto b = static_cast<unsigned char>(p_.front());
            p_.remove_prefix(1);
            v |= std::uint64_t{b & 0x7fu} << shift;
            if (!(b & 0x80)) return true;
        }
        return false;
    }
    bool string(std::string_view& s) {
        std::uint64_t code = 0;
        if (!varint(code)) return false;
        if (code & 1) {
            if ((code >> 1) >= seen_.size()) return false;
            s = seen_[code >> 1];
            return true;
        }
        if ((code >> 1) > p_.size()) return false;
        s = p_.substr(0, code >> 1);
        if (!isValidUtf8(s)) return false;
        p_.remove_prefix(s.size());
        seen_.push_back(s);
        return true;
    }
    [[nodiscard]] bool done() const { return p_.empty(); }

private:
    std::string_view p_;
    std::vector<std::string_view> seen_;
};

std::optional<std::string> decodeRecord(std::string_view record) {
    Reader in(record);
    std::uint64_t count = 0;
    if (!in.varint(count) || count > record.size()) return std::nullopt;  // each takes bytes
    std::string out = "[";
    out.reserve(count * 100 + 2);
    std::uint64_t start = 0, sentence = 0;  // steps wrap as unsigned; a damaged one fails the bound
    for (std::uint64_t k = 0; k < count; ++k) {
        std::uint64_t startStep = 0, length = 0, valence = 0, weight = 0, sentenceStep = 0, rules = 0;
        std::string_view term;
        if (!in.varint(startStep) || !in.varint(length) || !in.varint(valence) || !in.varint(weight) ||
            !in.varint(sentenceStep) || !in.string(term) || !in.varint(rules))
            return std::nullopt;
        start += static_cast<std::uint64_t>(unzigzag(startStep));
        sentence += static_cast<std::uint64_t>(unzigzag(sentenceStep));
        if (start > kMaxOffset || length > kMaxOffset || sentence > kMaxOffset) return std::nullopt;
        std::string valenceText, weightText;
        appendThousandths(valenceText, valence);
        if (weight == 0)
            weightText = valenceText;
        else
            appendThousandths(weightText, weight - 1);
        if (k) out += ',';
        openContribution(out, start, start + length, valenceText, weightText, sentence, term);
        for (std::uint64_t r = 0; r < rules; ++r) {
            std::string_view rule;
            if (!in.string(rule)) return std::nullopt;
            if (r) out += ',';
            appendJsonString(out, rule);
        }
        out += "]}";
    }
    if (!in.done()) return std::nullopt;
    return out + "]";
}

}  // namespace

std::string explanationJson(const std::vector<Contribution>& contributions) {
    std::string out = "[";
    for (const auto& c : contributions) {
        if (out.size() > 1) out += ',';
        openContribution(out, c.startCp, c.endCp, Fixed3(c.valence).view(), Fixed3(c.weight).view(), c.sentence,
                         c.term);
        for (std::size_t k = 0; k < c.rules.size(); ++k) {
            if (k) out += ',';
            appendJsonString(out, c.rules[k]);
        }
        out += "]}";
    }
    return out + "]";
}

std::string encodeExplanation(const std::vector<Contribution>& contributions) {
    std::string out(1, kRecordTag);
    putVarint(out, contributions.size());
    StringWriter strings;
    std::int64_t start = 0, sentence = 0;
    for (const auto& c : contributions) {
        const auto valence = signedThousandths(c.valence), weight = signedThousandths(c.weight);
        if (!valence || !weight || c.endCp < c.startCp) return explanationJson(contributions);
        putVarint(out, zigzag(static_cast<std::int64_t>(c.startCp) - start));
        putVarint(out, c.endCp - c.startCp);
        putVarint(out, *valence);
        putVarint(out, *valence == *weight ? 0 : *weight + 1);  // same code, same text
        putVarint(out, zigzag(static_cast<std::int64_t>(c.sentence) - sentence));
        strings.put(out, c.term);
        putVarint(out, c.rules.size());
        for (const auto& rule : c.rules) strings.put(out, rule);
        start = static_cast<std::int64_t>(c.startCp);
        sentence = static_cast<std::int64_t>(c.sentence);
    }
    return out;
}

std::string storedExplanationJson(std::string_view stored) {
    if (stored.empty() || stored.front() != kRecordTag) return std::string(stored);
    auto json = decodeRecord(stored.substr(1));
    return json ? std::move(*json) : std::string("[]");
}

}  // namespace tw::core
