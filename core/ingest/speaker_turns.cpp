#include "ingest/speaker_turns.h"

#include "text/utf8.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace tw::core {

namespace {

const char* speakerForLabel(std::string_view label) {
    std::string l;
    for (unsigned char c : label) l += static_cast<char>(std::tolower(c));
    static const std::array<std::pair<const char*, const char*>, 18> labels{{
        {"agent", "agent"}, {"rep", "agent"}, {"representative", "agent"}, {"advisor", "agent"},
        {"support", "agent"}, {"mitarbeiter", "agent"}, {"berater", "agent"}, {"conseiller", "agent"},
        {"agente", "agent"}, {"asesor", "agent"},
        {"customer", "customer"}, {"caller", "customer"}, {"client", "customer"}, {"kunde", "customer"},
        {"kundin", "customer"}, {"cliente", "customer"}, {"user", "customer"}, {"anrufer", "customer"},
    }};
    for (const auto& [name, speaker] : labels) {
        if (l == name) return speaker;
    }
    return nullptr;
}

}  // namespace

std::vector<SpeakerTurn> splitSpeakerTurns(std::string_view text) {
    std::vector<SpeakerTurn> turns;
    bool agent = false, customer = false;
    std::size_t lineStart = 0, cpAtLine = 0;
    while (lineStart <= text.size()) {
        std::size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string_view::npos) lineEnd = text.size();
        std::string_view line = text.substr(lineStart, lineEnd - lineStart);
        std::size_t colon = line.find(':');
        const char* speaker = nullptr;
        if (colon != std::string_view::npos && colon > 0 && colon <= 16) {
            std::string_view label = line.substr(0, colon);
            while (!label.empty() && label.front() == ' ') label.remove_prefix(1);
            speaker = speakerForLabel(label);
        }
        std::size_t lineCp = codePointCount(line);
        if (speaker) {
            std::size_t skip = colon + 1;
            while (skip < line.size() && line[skip] == ' ') ++skip;
            std::size_t start = cpAtLine + codePointCount(line.substr(0, skip));
            turns.push_back({speaker, start, cpAtLine + lineCp});
            agent |= std::string_view(speaker) == "agent";
            customer |= std::string_view(speaker) == "customer";
        } else if (!turns.empty()) {
            turns.back().endCp = cpAtLine + lineCp;  // a continuation line of the same turn
        }
        cpAtLine += lineCp + 1;
        if (lineEnd == text.size()) break;
        lineStart = lineEnd + 1;
    }
    if (turns.size() < 2 || !(agent || customer)) turns.clear();
    return turns;
}

}  // namespace tw::core
