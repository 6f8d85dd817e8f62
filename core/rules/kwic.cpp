#include "rules/kwic.h"

#include "text/normalize.h"
#include "text/utf8.h"

#include <algorithm>

namespace tw::core {

namespace {

std::string squeeze(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        const bool ws = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (ws) {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace

std::vector<KwicLine> kwicLines(std::string_view text, const std::vector<MatchSpan>& spans, std::size_t width) {
    std::vector<KwicLine> out;
    for (const MatchSpan& s : spans) {
        const std::size_t from = s.startCp > width ? s.startCp - width : 0;
        const std::size_t b0 = byteOffsetOfCodePoint(text, from), b1 = byteOffsetOfCodePoint(text, s.startCp),
                          b2 = byteOffsetOfCodePoint(text, s.endCp), b3 = byteOffsetOfCodePoint(text, s.endCp + width);
        KwicLine line;
        line.left = squeeze(text.substr(b0, b1 - b0));
        if (b1 > b0 && (text[b1 - 1] == ' ' || text[b1 - 1] == '\n')) line.left += ' ';
        line.match = squeeze(text.substr(b1, b2 - b1));
        line.right = squeeze(text.substr(b2, b3 - b2));
        if (b3 > b2 && (text[b2] == ' ' || text[b2] == '\n')) line.right.insert(line.right.begin(), ' ');
        line.startCp = s.startCp;
        line.endCp = s.endCp;
        out.push_back(std::move(line));
    }
    return out;
}

std::string kwicSortKey(const KwicLine& line, KwicSort by) {
    switch (by) {
        case KwicSort::Match:
            return foldCase(line.match) + '\x01' + foldCase(line.right);
        case KwicSort::Right:
            return foldCase(line.right);
        case KwicSort::Left: {
            // Words nearest the match first: "the box was" sorts as "was box the".
            std::string folded = foldCase(line.left), key;
            std::size_t end = folded.size();
            while (end > 0) {
                while (end > 0 && folded[end - 1] == ' ') --end;
                std::size_t start = folded.rfind(' ', end == 0 ? 0 : end - 1);
                start = start == std::string::npos ? 0 : start + 1;
                if (end > start) key += folded.substr(start, end - start) + ' ';
                end = start;
            }
            return key;
        }
        case KwicSort::Source:
            return {};
    }
    return {};
}

std::string markedSnippet(std::string_view text, const std::vector<MatchSpan>& spans, std::size_t width) {
    if (spans.empty()) return {};
    auto lines = kwicLines(text, {spans.front()}, width);
    return (lines[0].startCp > width ? "…" : "") + lines[0].left + "[" + lines[0].match + "]" + lines[0].right;
}

}  // namespace tw::core
