#pragma once
// Check digits of the identifiers PII detection recognises: a run of digits that fails its
// checksum is not reported (an order number is not a card number). Each function takes the
// identifier with separators (spaces, dashes, dots) already removed, in upper case.

#include <string_view>

namespace tw::core {

// Payment cards: 13 to 19 digits, Luhn (ISO/IEC 7812-1) valid.
bool luhnValid(std::string_view digits);
// IBAN (ISO 13616): country code, two check digits, the account; length right for the
// country when we know it (15..34 otherwise), mod 97 of the rearranged number is 1.
bool ibanValid(std::string_view iban);
// US Social Security number, 9 digits: area not 000, 666 or 9xx; group not 00; serial not 0000.
bool usSsnValid(std::string_view digits);
// UK National Insurance number: two letters (not D, F, I, Q, U, V; second not O; not the
// prefixes BG, GB, KN, NK, NT, TN, ZZ), six digits, a suffix A-D.
bool ukNinoValid(std::string_view nino);
// Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): the letter is mod 23.
bool esDniValid(std::string_view id);
// French NIR (social security): 13 digits (Corsica: 2A/2B) + a 2-digit key, 97 - (n mod 97).
bool frNirValid(std::string_view nir);
// German tax identification number (Steuer-IdNr): 11 digits, first not 0, ISO 7064 MOD 11,10.
bool deTaxIdValid(std::string_view digits);

}  // namespace tw::core
