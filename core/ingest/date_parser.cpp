#include "ingest/date_parser.h"

#include "util/civil_time.h"

#include <unicode/datefmt.h>
#include <unicode/smpdtfmt.h>

#include <array>
#include <cctype>
#include <memory>
#include <vector>

namespace tw::core {

namespace {

struct Token {
    enum Type { Num, Word, Punct } type;
    std::string text;  // word lowercased; punct one char; num digits
    std::int64_t value = 0;
    bool used = false;
};

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (std::isdigit(c)) {
            std::size_t j = i;
            std::int64_t v = 0;
            while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) && j - i < 18) {
                v = v * 10 + (s[j] - '0');
                ++j;
            }
            out.push_back({Token::Num, std::string(s.substr(i, j - i)), v});
            i = j;
        } else if (std::isalpha(c)) {
            std::size_t j = i;
            std::string w;
            while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) {
                w += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j])));
                ++j;
            }
            out.push_back({Token::Word, w});
            i = j;
        } else if (std::isspace(c)) {
            ++i;
        } else {
            out.push_back({Token::Punct, std::string(1, static_cast<char>(c))});
            ++i;
        }
    }
    return out;
}

int monthFromWord(const std::string& w) {
    static const std::array<const char*, 12> en{"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
    if (w.size() < 3) return 0;
    for (int m = 0; m < 12; ++m) {
        if (w.compare(0, 3, en[static_cast<size_t>(m)]) == 0) {
            // "march", "sept", "september": accept known full and short forms only
            static const std::array<const char*, 12> full{"january", "february", "march", "april", "may", "june",
                                                          "july", "august", "september", "october", "november", "december"};
            std::string f = full[static_cast<size_t>(m)];
            if (w.size() == 3 || f.compare(0, w.size(), w) == 0) return m + 1;
        }
    }
    return 0;
}

bool isPunct(const std::vector<Token>& t, std::size_t i, char c) {
    return i < t.size() && t[i].type == Token::Punct && t[i].text[0] == c;
}
bool isNum(const std::vector<Token>& t, std::size_t i) { return i < t.size() && t[i].type == Token::Num; }

unsigned daysInMonth(std::int64_t y, unsigned m) {
    static const unsigned d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : d[m - 1];
}

std::int64_t fullYear(const Token& t) {
    if (t.text.size() <= 2) return t.value < 70 ? 2000 + t.value : 1900 + t.value;
    return t.value;
}

}  // namespace

DateOrder dateOrderForLocale(const std::string& name) {
    icu::Locale loc = name.empty() ? icu::Locale::getDefault() : icu::Locale(name.c_str());
    std::unique_ptr<icu::DateFormat> fmt(icu::DateFormat::createDateInstance(icu::DateFormat::kShort, loc));
    auto* sdf = dynamic_cast<icu::SimpleDateFormat*>(fmt.get());
    if (!sdf) return DateOrder::MDY;
    icu::UnicodeString pattern;
    sdf->toPattern(pattern);
    int32_t d = pattern.indexOf(u'd'), m = pattern.indexOf(u'M'), y = pattern.indexOf(u'y');
    if (y >= 0 && (m < 0 || y < m) && (d < 0 || y < d)) return DateOrder::YMD;
    if (d >= 0 && m >= 0 && d < m) return DateOrder::DMY;
    return DateOrder::MDY;
}

std::optional<DateOrder> parseDateOrder(std::string_view n) {
    if (n == "dmy") return DateOrder::DMY;
    if (n == "mdy") return DateOrder::MDY;
    if (n == "ymd") return DateOrder::YMD;
    return std::nullopt;
}

std::optional<std::int64_t> parseDate(std::string_view text, DateOrder order) {
    auto t = tokenize(text);
    if (t.empty()) return std::nullopt;

    // Epoch seconds / milliseconds.
    if (t[0].type == Token::Num && (t.size() == 1 || (t.size() == 3 && isPunct(t, 1, '.') && isNum(t, 2)))) {
        auto digits = t[0].text.size();
        if (digits >= 9 && digits <= 10) return t[0].value;
        if (digits >= 12 && digits <= 13) return t[0].value / 1000;
        return std::nullopt;
    }

    // Time of day: H:MM[:SS[.frac]] [am|pm]
    int hour = 0, minute = 0, second = 0;
    std::size_t timeEnd = std::string::npos;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (isNum(t, i) && t[i].text.size() <= 2 && isPunct(t, i + 1, ':') && isNum(t, i + 2) && t[i + 2].text.size() == 2) {
            hour = static_cast<int>(t[i].value);
            minute = static_cast<int>(t[i + 2].value);
            t[i].used = t[i + 1].used = t[i + 2].used = true;
            std::size_t j = i + 3;
            if (isPunct(t, j, ':') && isNum(t, j + 1) && t[j + 1].text.size() == 2) {
                second = static_cast<int>(t[j + 1].value);
                t[j].used = t[j + 1].used = true;
                j += 2;
                if ((isPunct(t, j, '.') || isPunct(t, j, ',')) && isNum(t, j + 1)) {
                    t[j].used = t[j + 1].used = true;
                    j += 2;
                }
            }
            if (j < t.size() && t[j].type == Token::Word && (t[j].text == "am" || t[j].text == "pm")) {
                if (hour < 1 || hour > 12) return std::nullopt;
                if (t[j].text == "pm" && hour != 12) hour += 12;
                if (t[j].text == "am" && hour == 12) hour = 0;
                t[j].used = true;
                ++j;
            }
            timeEnd = j;
            break;
        }
    }
    if (hour > 23 || minute > 59 || second > 60) return std::nullopt;

    // Zone: Z / UTC / GMT, or +hhmm, +hh:mm, +hh after the time.
    std::int64_t offset = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].used) continue;
        if (t[i].type == Token::Word && (t[i].text == "z" || t[i].text == "utc" || t[i].text == "gmt")) {
            t[i].used = true;
        }
    }
    if (timeEnd != std::string::npos) {
        std::size_t j = timeEnd;
        while (j < t.size() && t[j].used) ++j;
        if ((isPunct(t, j, '+') || isPunct(t, j, '-')) && isNum(t, j + 1)) {
            int sign = t[j].text[0] == '-' ? -1 : 1;
            const Token& n = t[j + 1];
            std::int64_t hh = -1, mm = 0;
            if (n.text.size() == 4) { hh = n.value / 100; mm = n.value % 100; t[j + 1].used = true; }
            else if (n.text.size() == 2) {
                hh = n.value;
                t[j + 1].used = true;
                if (isPunct(t, j + 2, ':') && isNum(t, j + 3) && t[j + 3].text.size() == 2) {
                    mm = t[j + 3].value;
                    t[j + 2].used = t[j + 3].used = true;
                }
            }
            if (hh >= 0) {
                if (hh > 14 || mm > 59) return std::nullopt;
                t[j].used = true;
                offset = sign * (hh * 3600 + mm * 60);
            }
        }
    }

    // Date: month words, numbers; weekday names and the ISO 'T' separator are ignored.
    std::vector<const Token*> nums;
    int monthWord = 0;
    for (auto& tok : t) {
        if (tok.used) continue;
        if (tok.type == Token::Num) nums.push_back(&tok);
        else if (tok.type == Token::Word) {
            if (int m = monthFromWord(tok.text)) {
                if (monthWord) return std::nullopt;
                monthWord = m;
            } else if (tok.text != "t" && tok.text != "mon" && tok.text != "tue" && tok.text != "wed" &&
                       tok.text != "thu" && tok.text != "fri" && tok.text != "sat" && tok.text != "sun" &&
                       tok.text.rfind("monday", 0) != 0 && tok.text != "tuesday" && tok.text != "wednesday" &&
                       tok.text != "thursday" && tok.text != "friday" && tok.text != "saturday" &&
                       tok.text != "sunday" && tok.text != "st" && tok.text != "nd" && tok.text != "rd" &&
                       tok.text != "th" && tok.text != "of") {
                return std::nullopt;  // words we do not understand: not a date
            }
        }
    }
    std::int64_t year = 0;
    unsigned month = 0, day = 0;
    if (monthWord) {
        if (nums.size() != 2) return std::nullopt;
        const Token* y = nums[0]->text.size() == 4 ? nums[0] : nums[1];
        const Token* d = y == nums[0] ? nums[1] : nums[0];
        if (y->text.size() != 4 || d->text.size() > 2) return std::nullopt;
        year = y->value;
        month = static_cast<unsigned>(monthWord);
        day = static_cast<unsigned>(d->value);
    } else {
        if (nums.size() != 3) return std::nullopt;
        const Token &a = *nums[0], &b = *nums[1], &c = *nums[2];
        if (a.text.size() == 4) {  // Y M D
            year = a.value;
            month = static_cast<unsigned>(b.value);
            day = static_cast<unsigned>(c.value);
        } else if (c.text.size() == 4 || c.text.size() == 2) {
            if (a.text.size() > 2 || b.text.size() > 2) return std::nullopt;
            bool dmy;
            if (a.value > 12 && b.value <= 12) dmy = true;
            else if (b.value > 12 && a.value <= 12) dmy = false;
            else if (order == DateOrder::YMD && c.text.size() == 2) {
                // yy/mm/dd
                year = fullYear(a);
                month = static_cast<unsigned>(b.value);
                day = static_cast<unsigned>(c.value);
                goto validate;
            } else dmy = order != DateOrder::MDY;
            year = fullYear(c);
            month = static_cast<unsigned>(dmy ? b.value : a.value);
            day = static_cast<unsigned>(dmy ? a.value : b.value);
        } else {
            return std::nullopt;
        }
    }
validate:
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return std::nullopt;
    }
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
}

}  // namespace tw::core
