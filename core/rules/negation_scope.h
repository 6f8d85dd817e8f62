#pragma once
// Which words of a text are negated, for the rule language's AFFIRMED(...): a word with a
// negator ("not", "never", "don't", "nicht", "kein", "pas", "jamais", "no", "nunca"... — the
// negators of the sentiment lexicon of the text's language) among the three words before it, in
// the same sentence and clause. A clause ends at , ; : . ! ? and at a contrast word ("but",
// "aber", "mais", "pero"), as the sentiment analysis reads negation. "The staff were not helpful"
// negates "helpful"; "not bad, and the staff were helpful" does not.

#include "text/tokenizer.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace tw::core {

// out[i] is 1 when token i is a negated word or number; `language` picks the negators (English
// when Tidewatch has no lexicon for it).
void markNegated(const TokenizedText& text, std::string_view language, std::vector<std::uint8_t>& out);

}  // namespace tw::core
