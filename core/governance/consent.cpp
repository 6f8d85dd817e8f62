#include "governance/consent.h"

#include <array>
#include <cctype>
#include <utility>

namespace tw::core {

namespace {

struct Spelling {
    const char* name;
    ConsentBasis basis;
};

// Lower-cased, with spaces and hyphens folded to '_' before the lookup.
constexpr std::array kSpellings{
    Spelling{"unknown", ConsentBasis::Unknown},
    Spelling{"unspecified", ConsentBasis::Unknown},
    Spelling{"anonymous_survey", ConsentBasis::AnonymousSurvey},
    Spelling{"anonymous", ConsentBasis::AnonymousSurvey},
    Spelling{"survey_anonymous", ConsentBasis::AnonymousSurvey},
    Spelling{"identified_with_consent", ConsentBasis::IdentifiedWithConsent},
    Spelling{"consent_to_contact", ConsentBasis::IdentifiedWithConsent},
    Spelling{"contact_consent", ConsentBasis::IdentifiedWithConsent},
    Spelling{"opt_in", ConsentBasis::IdentifiedWithConsent},
    Spelling{"identified_without_consent", ConsentBasis::IdentifiedWithoutConsent},
    Spelling{"no_consent", ConsentBasis::IdentifiedWithoutConsent},
    Spelling{"opt_out", ConsentBasis::IdentifiedWithoutConsent},
    Spelling{"public_post", ConsentBasis::PublicPost},
    Spelling{"public", ConsentBasis::PublicPost},
    Spelling{"call_recording_notice", ConsentBasis::CallRecordingNotice},
    Spelling{"recording_notice", ConsentBasis::CallRecordingNotice},
    Spelling{"recorded_call", ConsentBasis::CallRecordingNotice},
};

}  // namespace

const char* consentName(ConsentBasis basis) {
    switch (basis) {
        case ConsentBasis::Unknown:
            return "unknown";
        case ConsentBasis::AnonymousSurvey:
            return "anonymous_survey";
        case ConsentBasis::IdentifiedWithConsent:
            return "identified_with_consent";
        case ConsentBasis::IdentifiedWithoutConsent:
            return "identified_without_consent";
        case ConsentBasis::PublicPost:
            return "public_post";
        case ConsentBasis::CallRecordingNotice:
            return "call_recording_notice";
    }
    return "unknown";
}

std::optional<ConsentBasis> consentFromName(std::string_view name) {
    std::string key;
    for (char c : name) {
        if (c == ' ' || c == '-' || c == '\t') {
            if (!key.empty() && key.back() != '_') key += '_';
        } else {
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    while (!key.empty() && key.back() == '_') key.pop_back();
    for (const Spelling& s : kSpellings) {
        if (key == s.name) return s.basis;
    }
    return std::nullopt;
}

const std::vector<std::string>& consentNames() {
    static const std::vector<std::string> names{
        "unknown",     "anonymous_survey",     "identified_with_consent", "identified_without_consent",
        "public_post", "call_recording_notice"};
    return names;
}

std::string consentNameList() {
    std::string out;
    for (const auto& n : consentNames()) out += (out.empty() ? "" : ", ") + n;
    return out;
}

bool reportingObligation(std::string_view escalationType) {
    return escalationType == "adverse_event" || escalationType == "violence_or_self_harm";
}

ContactDecision contactCustomer(ConsentBasis basis, std::string_view escalationType) {
    std::string why;
    bool allowed = false;
    switch (basis) {
        case ConsentBasis::IdentifiedWithConsent:
            allowed = true;
            why = "the customer agreed to be contacted";
            break;
        case ConsentBasis::AnonymousSurvey:
            why = "an anonymous survey answer: nobody may be identified or contacted";
            break;
        case ConsentBasis::IdentifiedWithoutConsent:
            why = "the customer is identified but did not agree to be contacted";
            break;
        case ConsentBasis::PublicPost:
            why = "a public post: answer it where it was posted; contacting the author directly needs their consent";
            break;
        case ConsentBasis::CallRecordingNotice:
            why = "a recorded call: the recording notice covers analysis, not being contacted";
            break;
        case ConsentBasis::Unknown:
            why = "no consent basis was recorded at import, so none to contact the customer";
            break;
    }
    if (!allowed && reportingObligation(escalationType)) {
        why += "; reporting the " + std::string(escalationType) +
               " does not need the customer's consent and proceeds: action it as reported";
    }
    return {allowed, std::move(why)};
}

}  // namespace tw::core
