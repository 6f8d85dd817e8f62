#pragma once
// A word's other forms as rules match them: its Snowball stem per language (~cancel) and glob
// patterns (unauthori?ed).

#include <string>
#include <string_view>

namespace tw::core {

// 0 en, 1 de, 2 fr, 3 es; English for any other language.
int stemLanguageIndex(std::string_view lang);
// The stem of `word` (case-folded) for a stemLanguageIndex.
std::string stem(int language, std::string_view word);
// '*' any run, '?' one code point; linear in practice, never exponential.
bool globMatch(std::string_view pattern, std::string_view text);

}  // namespace tw::core
