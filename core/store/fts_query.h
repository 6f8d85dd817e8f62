#pragma once
// Turns what a user types into the search box into a safe FTS5 MATCH expression: every word is
// quoted (so punctuation and FTS5 operators in user text cannot cause syntax errors), "quoted
// phrases" stay phrases, a trailing * makes a prefix, and a leading '-' excludes a word.
// The full rule language of the taxonomy replaces this in a later release.

#include <string>
#include <string_view>

namespace tw::core {

// Returns an empty string when the text holds nothing searchable.
std::string toFtsQuery(std::string_view userText);

}  // namespace tw::core
