#pragma once
// Reading the team's plain-text resources and user files a line at a time: lexicons, word lists,
// cue tables. One definition of a line: split at '\n', without a trailing '\r' (files saved on
// Windows), and lines that are empty or start with '#' (comments) skipped.

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace tw::core {

// Calls f(line, number) for each line of `text` that holds data, with its 1-based line number
// (for error messages that say where). An `f` that returns bool stops the reading with false;
// forEachDataLine then returns false.
template <typename F>
bool forEachDataLine(std::string_view text, F&& f) {
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        if constexpr (std::is_same_v<decltype(f(line, number)), bool>) {
            if (!f(line, number)) return false;
        } else {
            f(line, number);
        }
    }
    return true;
}

}  // namespace tw::core
