#pragma once
// Consent basis of a verbatim (DESIGN.md, "Ethics of mining customer data"): what the customer
// agreed to when the feedback was given, mapped at import from a column or a constant, and what
// that basis allows a company to do: reaching out to the customer needs their consent to be
// contacted; reporting an obligation (an adverse event to the safety team) never waits on it.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tw::core {

enum class ConsentBasis {
    Unknown,                   // nothing was recorded at import
    AnonymousSurvey,           // nobody to identify
    IdentifiedWithConsent,     // identified, and agreed to be contacted
    IdentifiedWithoutConsent,  // identified, without consent to be contacted
    PublicPost,                // posted in public (a review, a social post)
    CallRecordingNotice,       // a recorded call, under the recording notice
};

// unknown | anonymous_survey | identified_with_consent | identified_without_consent |
// public_post | call_recording_notice
const char* consentName(ConsentBasis basis);
// The names above and common spellings of them ("anonymous", "opt-in", "public", "recorded call"),
// case-, space- and hyphen-insensitive; nothing for anything else.
std::optional<ConsentBasis> consentFromName(std::string_view name);
// The canonical names, for pickers, and as one comma-separated list for error messages.
const std::vector<std::string>& consentNames();
std::string consentNameList();

struct ContactDecision {
    bool allowed = false;
    std::string why;  // always said, allowed or not
};

// Whether the customer behind a verbatim with `basis` may be contacted about an escalation of
// `escalationType`; when not, why, and (for reporting obligations) that reporting proceeds.
ContactDecision contactCustomer(ConsentBasis basis, std::string_view escalationType);

// Escalation types whose reporting is a legal obligation, whatever the consent basis.
bool reportingObligation(std::string_view escalationType);

}  // namespace tw::core
