#pragma once
// Speaker turns of call transcripts and chats written as "Agent: ..." / "Customer: ..." lines
// (English, German, French and Spanish labels). Turns are kept so that later rules can look at
// what the customer said apart from what the agent said.

#include "store/verbatim.h"

#include <string_view>
#include <vector>

namespace tw::core {

// Empty unless the text has at least two labelled turns.
std::vector<SpeakerTurn> splitSpeakerTurns(std::string_view text);

}  // namespace tw::core
