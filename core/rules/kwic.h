#pragma once
// Keyword in context: each match of a rule shown with the text to its left and right, for a
// concordance that can be sorted by the words around the match.

#include "rules/matcher.h"

#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

struct KwicLine {
    std::string left, match, right;  // whitespace runs (newlines too) shown as one space
    std::size_t startCp = 0, endCp = 0;
};

// One line per span, with up to `width` code points of context on each side.
std::vector<KwicLine> kwicLines(std::string_view text, const std::vector<MatchSpan>& spans, std::size_t width);

// A one-line snippet around the first span with the match in [brackets] ("…" when cut on the left).
std::string markedSnippet(std::string_view text, const std::vector<MatchSpan>& spans, std::size_t width = 60);

enum class KwicSort { Source, Match, Left, Right };
// What to sort lines by (case-folded; stable sorts keep the source order among equals): the
// match then its right context, the left context read from the match outwards (word by word),
// or the right context. Source sorting has no key.
std::string kwicSortKey(const KwicLine& line, KwicSort by);

}  // namespace tw::core
