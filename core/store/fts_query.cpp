#include "store/fts_query.h"

#include <cctype>
#include <vector>

namespace tw::core {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string quote(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"')
            out += "\"\"";
        else
            out += c;
    }
    out += '"';
    return out;
}

}  // namespace

std::string toFtsQuery(std::string_view in) {
    std::vector<std::string> positive, negative;
    size_t i = 0;
    while (i < in.size()) {
        while (i < in.size() && isSpace(in[i])) ++i;
        if (i >= in.size()) break;
        bool negate = false;
        if (in[i] == '-' && i + 1 < in.size() && !isSpace(in[i + 1])) {
            negate = true;
            ++i;
        }
        std::string term;
        if (in[i] == '"') {
            size_t end = in.find('"', i + 1);
            if (end == std::string_view::npos) end = in.size();
            std::string_view phrase = in.substr(i + 1, end - i - 1);
            i = end + 1;
            if (phrase.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
            term = quote(phrase);
        } else {
            size_t start = i;
            while (i < in.size() && !isSpace(in[i])) ++i;
            std::string_view word = in.substr(start, i - start);
            bool prefix = word.size() > 1 && word.back() == '*';
            if (prefix) word.remove_suffix(1);
            // A word made only of punctuation would match nothing useful; skip it.
            bool hasAlnum = false;
            for (unsigned char c : word) hasAlnum |= (c >= 0x80) || std::isalnum(c);
            if (!hasAlnum) continue;
            term = quote(word) + (prefix ? "*" : "");
        }
        (negate ? negative : positive).push_back(std::move(term));
    }
    if (positive.empty()) return {};
    std::string out;
    for (const auto& t : positive) {
        if (!out.empty()) out += " AND ";
        out += t;
    }
    for (const auto& t : negative) out += " NOT " + t;
    return out;
}

}  // namespace tw::core
