#pragma once
// Sentence templates of the demo corpus, written by the Tidewatch team. Placeholders:
// {product} {days} {amount} {order} {hours} {name} {city}.

#include <string_view>
#include <vector>

namespace tw::core::demo {

struct TopicTemplates {
    std::string_view topic;       // stable id used in the truth file
    double weight;                // share of background volume
    int sentiment;                // -1 negative, 0 neutral/mixed, +1 positive
    std::vector<std::string_view> en, de, fr, es;
};

const std::vector<TopicTemplates>& backgroundTopics();

// Planted situations
const std::vector<std::string_view>& doubleChargeSocial(int stage);   // stage 0 early .. 2 angry
const std::vector<std::string_view>& doubleChargeContact(int stage);
const std::vector<std::string_view>& promoFlurry();
const std::vector<std::string_view>& appOutage();
const std::vector<std::string_view>& adverseEvents();
const std::vector<std::string_view>& litigationThreats();
const std::vector<std::string_view>& regulatorComplaints();
const std::vector<std::string_view>& employeeAllegations();
const std::vector<std::string_view>& products();
const std::vector<std::string_view>& firstNames();
const std::vector<std::string_view>& lastNames();
const std::vector<std::string_view>& cities();

// Call-center framing: agent greeting, agent reply, customer closing.
const std::vector<std::string_view>& agentGreetings();
const std::vector<std::string_view>& agentReplies();
const std::vector<std::string_view>& customerClosings();

}  // namespace tw::core::demo
