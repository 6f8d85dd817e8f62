#pragma once
// Unicode normalization and case folding through ICU. Stored text is NFC; words are compared
// case-folded (full folding: "Straße" and "STRASSE" meet as "strasse").

#include <string>
#include <string_view>

namespace tw::core {

// NFC of valid UTF-8 input (ASCII and already-normalized text are returned unchanged cheaply).
std::string toNfc(std::string_view utf8);

// Full Unicode case folding of UTF-8 (ASCII, Latin-1 and typographic apostrophes handled without
// ICU, as ICU folds them: "À" -> "à", "ß" -> "ss", "µ" -> "μ").
std::string foldCase(std::string_view utf8);
// ICU's folding alone (what foldCase gives for any text; a test holds them equal).
std::string foldCaseWithIcu(std::string_view utf8);

}  // namespace tw::core
