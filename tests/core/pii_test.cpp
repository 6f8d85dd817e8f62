// PII detection: each type found where it is and not where it only looks alike; check digits
// decide for cards, IBANs and national ids; masked text is recognised as masked.
#include "risk/pii.h"
#include "risk/checksums.h"
#include "risk/pii_scanners.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace tw::core;

namespace {

struct Found {
    std::string type, value;
    bool masked;
    bool operator==(const Found&) const = default;
};
std::ostream& operator<<(std::ostream& os, const Found& f) {
    return os << f.type << "(" << f.value << (f.masked ? ", masked" : "") << ")";
}

std::vector<Found> found(const std::string& text, const std::string& lang = "en") {
    std::vector<Found> out;
    for (const PiiFinding& f : PiiDetector::builtin().find(text, lang)) {
        out.push_back({piiTypeName(f.type), text.substr(f.startByte, f.endByte - f.startByte), f.masked});
        EXPECT_FALSE(f.why.empty()) << "every finding says why";
    }
    return out;
}

std::vector<Found> ofType(const std::string& text, const std::string& type, const std::string& lang = "en") {
    std::vector<Found> out;
    for (auto& f : found(text, lang)) {
        if (f.type == type) out.push_back(f);
    }
    return out;
}

}  // namespace

TEST(Checksums, LuhnIbanAndNationalIds) {
    EXPECT_TRUE(luhnValid("4111111111111111"));
    EXPECT_FALSE(luhnValid("4111111111111112"));
    EXPECT_TRUE(luhnValid("378282246310005"));  // Amex test number
    EXPECT_TRUE(ibanValid("DE89370400440532013000"));
    EXPECT_FALSE(ibanValid("DE89370400440532013001"));
    EXPECT_FALSE(ibanValid("DE8937040044053201300"));  // one digit short for Germany
    EXPECT_TRUE(ibanValid("GB82WEST12345698765432"));
    EXPECT_TRUE(usSsnValid("536225186"));
    EXPECT_FALSE(usSsnValid("666225186"));
    EXPECT_FALSE(usSsnValid("536005186"));
    EXPECT_FALSE(usSsnValid("936225186"));
    EXPECT_TRUE(ukNinoValid("AB123456C"));
    EXPECT_FALSE(ukNinoValid("GB123456C"));
    EXPECT_FALSE(ukNinoValid("AB123456E"));
    EXPECT_TRUE(esDniValid("12345678Z"));
    EXPECT_FALSE(esDniValid("12345678A"));
    EXPECT_TRUE(esDniValid("X1234567L"));
    EXPECT_TRUE(frNirValid("185057800608491"));
    EXPECT_FALSE(frNirValid("185057800608492"));
    EXPECT_TRUE(deTaxIdValid("86095742719"));
    EXPECT_FALSE(deTaxIdValid("86095742718"));
}

TEST(Pii, Email) {
    EXPECT_EQ(found("write to jane.doe+cx@mail.example.co.uk today"),
              (std::vector<Found>{{"EMAIL", "jane.doe+cx@mail.example.co.uk", false}}));
    EXPECT_TRUE(ofType("thanks @delta for nothing", "EMAIL").empty());
    EXPECT_TRUE(ofType("meet me @ 5pm", "EMAIL").empty());
    EXPECT_TRUE(ofType("user@localhost", "EMAIL").empty());
}

TEST(Pii, PhoneNumbersAreValidatedByLibphonenumber) {
    EXPECT_EQ(ofType("call me on +44 20 7946 0958 please", "PHONE"),
              (std::vector<Found>{{"PHONE", "+44 20 7946 0958", false}}));
    EXPECT_EQ(ofType("my number is (415) 555-2671", "PHONE"), (std::vector<Found>{{"PHONE", "(415) 555-2671", false}}));
    EXPECT_EQ(ofType("ruf mich an: 030 12345678", "PHONE", "de"),
              (std::vector<Found>{{"PHONE", "030 12345678", false}}));
    EXPECT_TRUE(ofType("I waited 1234567 seconds", "PHONE").empty()) << "not a valid number anywhere";
    EXPECT_TRUE(ofType("order 20260315", "PHONE").empty());
    // In a long text the matcher reads windows around the digits: numbers anywhere, after
    // accented words, at either end, are found where they are.
    std::string letter;
    for (int i = 0; i < 30; ++i) letter += "Die Jacke kam nie an, Bestellung 4471 vom 12. März, ärgerlich. ";
    const std::string text =
        "(415) 555-2671 " + letter + "call me on +44 20 7946 0958 please. " + letter + "Mobil: 0151 23456789";
    EXPECT_EQ(ofType(text, "PHONE", "de"), (std::vector<Found>{{"PHONE", "(415) 555-2671", false},
                                                               {"PHONE", "+44 20 7946 0958", false},
                                                               {"PHONE", "0151 23456789", false}}));
}

TEST(Pii, PaymentCardsNeedAValidLuhnDigit) {
    EXPECT_EQ(ofType("card 4111 1111 1111 1111 was charged", "PAYMENT_CARD"),
              (std::vector<Found>{{"PAYMENT_CARD", "4111 1111 1111 1111", false}}));
    EXPECT_EQ(ofType("amex 3782-822463-10005", "PAYMENT_CARD"),
              (std::vector<Found>{{"PAYMENT_CARD", "3782-822463-10005", false}}));
    EXPECT_TRUE(ofType("card 4111 1111 1111 1112 was charged", "PAYMENT_CARD").empty());
    EXPECT_TRUE(ofType("tracking 1111111111111111111111", "PAYMENT_CARD").empty());
}

TEST(Pii, Iban) {
    EXPECT_EQ(ofType("IBAN: DE89 3704 0044 0532 0130 00, danke", "IBAN", "de"),
              (std::vector<Found>{{"IBAN", "DE89 3704 0044 0532 0130 00", false}}));
    EXPECT_EQ(ofType("pay GB82WEST12345698765432.", "IBAN"),
              (std::vector<Found>{{"IBAN", "GB82WEST12345698765432", false}}));
    EXPECT_TRUE(ofType("IBAN: DE89 3704 0044 0532 0130 01", "IBAN", "de").empty()) << "wrong check digits";
}

TEST(Pii, NationalIds) {
    EXPECT_EQ(ofType("SSN 536-22-5186 on file", "NATIONAL_ID"),
              (std::vector<Found>{{"NATIONAL_ID", "536-22-5186", false}}));
    EXPECT_TRUE(ofType("SSN 666-22-5186 on file", "NATIONAL_ID").empty()) << "area 666 is never issued";
    EXPECT_TRUE(ofType("call 536-225-1860", "NATIONAL_ID").empty()) << "phone-shaped";
    EXPECT_EQ(ofType("NI number AB 12 34 56 C", "NATIONAL_ID"),
              (std::vector<Found>{{"NATIONAL_ID", "AB 12 34 56 C", false}}));
    EXPECT_EQ(ofType("mi DNI es 12345678Z", "NATIONAL_ID", "es"),
              (std::vector<Found>{{"NATIONAL_ID", "12345678Z", false}}));
    EXPECT_TRUE(ofType("mi DNI es 12345678A", "NATIONAL_ID", "es").empty());
    EXPECT_EQ(ofType("NIE X1234567L", "NATIONAL_ID", "es"), (std::vector<Found>{{"NATIONAL_ID", "X1234567L", false}}));
    EXPECT_EQ(ofType("numéro de sécu 1 85 05 78 006 084 91", "NATIONAL_ID", "fr"),
              (std::vector<Found>{{"NATIONAL_ID", "1 85 05 78 006 084 91", false}}));
}

TEST(Pii, IpAddresses) {
    EXPECT_EQ(ofType("blocked from 192.168.10.254 again", "IP_ADDRESS"),
              (std::vector<Found>{{"IP_ADDRESS", "192.168.10.254", false}}));
    EXPECT_EQ(ofType("from 2001:db8:85a3::8a2e:370:7334 yesterday", "IP_ADDRESS"),
              (std::vector<Found>{{"IP_ADDRESS", "2001:db8:85a3::8a2e:370:7334", false}}));
    EXPECT_EQ(ofType("link-local fe80::1ff:fe23:4567:890a on eth0", "IP_ADDRESS"),
              (std::vector<Found>{{"IP_ADDRESS", "fe80::1ff:fe23:4567:890a", false}}));
    EXPECT_TRUE(ofType("version 1.2.3.4.5 and 300.1.1.1", "IP_ADDRESS").empty());
    EXPECT_TRUE(ofType("ticket: dead:beef was the code", "IP_ADDRESS").empty());
    EXPECT_TRUE(ofType("we met at 10:30:00", "IP_ADDRESS").empty());
}

TEST(Pii, PersonsAfterCuesAndFromTheNameList) {
    EXPECT_EQ(ofType("Hello, my name is john smith and my order is late", "PERSON"),
              (std::vector<Found>{{"PERSON", "john smith", false}}));
    EXPECT_EQ(ofType("Dear Mr. Thornbury, your parcel", "PERSON"),
              (std::vector<Found>{{"PERSON", "Thornbury", false}}));
    EXPECT_EQ(ofType("The agent was rude.\nRegards,\nPriya Raman", "PERSON"),
              (std::vector<Found>{{"PERSON", "Priya Raman", false}}));
    EXPECT_EQ(ofType("I spoke to Kowalczyk at the desk", "PERSON"),
              (std::vector<Found>{{"PERSON", "Kowalczyk", false}}));
    EXPECT_EQ(ofType("Maria Lopez at the counter was lovely", "PERSON"),
              (std::vector<Found>{{"PERSON", "Maria Lopez", false}}));
    EXPECT_EQ(ofType("Ich heiße Jürgen Müller", "PERSON", "de"),
              (std::vector<Found>{{"PERSON", "Jürgen Müller", false}}));
    EXPECT_EQ(ofType("Bonjour, je m'appelle Camille Durand", "PERSON", "fr"),
              (std::vector<Found>{{"PERSON", "Camille Durand", false}}));
    EXPECT_EQ(ofType("Hola, me llamo Javier", "PERSON", "es"), (std::vector<Found>{{"PERSON", "Javier", false}}));
    // A given name whose capital is not ASCII, without a cue.
    EXPECT_EQ(ofType("Merci à Élodie Martin pour son aide", "PERSON", "fr"),
              (std::vector<Found>{{"PERSON", "Élodie Martin", false}}));
    EXPECT_TRUE(ofType("Thanks for nothing, Delta. Will never fly again", "PERSON").empty());
    EXPECT_TRUE(ofType("Hi team, the app crashes", "PERSON").empty());
    EXPECT_TRUE(ofType("I will mark this as a grace period", "PERSON").empty());
}

TEST(Pii, StreetAddresses) {
    EXPECT_EQ(ofType("ship it to 1600 Amphitheatre Parkway, Mountain View, CA 94043 asap", "ADDRESS"),
              (std::vector<Found>{{"ADDRESS", "1600 Amphitheatre Parkway, Mountain View, CA 94043", false}}));
    EXPECT_EQ(ofType("I live at 42 Elm Street and", "ADDRESS"),
              (std::vector<Found>{{"ADDRESS", "42 Elm Street", false}}));
    EXPECT_EQ(ofType("Lieferung an Hauptstraße 5, 10115 Berlin bitte", "ADDRESS", "de"),
              (std::vector<Found>{{"ADDRESS", "Hauptstraße 5, 10115 Berlin", false}}));
    EXPECT_EQ(ofType("livré au 12 rue de la Paix, 75002 Paris hier", "ADDRESS", "fr"),
              (std::vector<Found>{{"ADDRESS", "12 rue de la Paix, 75002 Paris", false}}));
    EXPECT_EQ(ofType("enviado a Calle Mayor 3, 28013 Madrid", "ADDRESS", "es"),
              (std::vector<Found>{{"ADDRESS", "Calle Mayor 3, 28013 Madrid", false}}));
    EXPECT_TRUE(ofType("I waited 3 hours on the road", "ADDRESS").empty());
    EXPECT_TRUE(ofType("the 2 Way street sign", "ADDRESS").empty());
    // Street types of other countries, after the name (or closing it) and before it.
    EXPECT_EQ(ofType("levering naar Keizersgracht 123, 1015 CJ", "ADDRESS"),
              (std::vector<Found>{{"ADDRESS", "Keizersgracht 123, 1015 CJ", false}}));
    EXPECT_EQ(ofType("send it to Storgatan 12 please", "ADDRESS"),
              (std::vector<Found>{{"ADDRESS", "Storgatan 12", false}}));
    EXPECT_EQ(ofType("spedito a Via Roma 15, 00184 Roma", "ADDRESS"),
              (std::vector<Found>{{"ADDRESS", "Via Roma 15, 00184 Roma", false}}));
    EXPECT_TRUE(ofType("I paid via PayPal 15 minutes ago", "ADDRESS").empty());
}

TEST(Pii, DatesOfBirthNeedACue) {
    EXPECT_EQ(ofType("date of birth: 04/07/1986, please update", "DATE_OF_BIRTH"),
              (std::vector<Found>{{"DATE_OF_BIRTH", "04/07/1986", false}}));
    EXPECT_EQ(ofType("I was born on March 3, 1979 in Ohio", "DATE_OF_BIRTH"),
              (std::vector<Found>{{"DATE_OF_BIRTH", "March 3, 1979", false}}));
    EXPECT_EQ(ofType("geboren am 12. März 1985", "DATE_OF_BIRTH", "de"),
              (std::vector<Found>{{"DATE_OF_BIRTH", "12. März 1985", false}}));
    EXPECT_TRUE(ofType("delivered on 04/07/2026, broken", "DATE_OF_BIRTH").empty());
}

TEST(Pii, AccountNumbersAfterCues) {
    EXPECT_EQ(ofType("my order number is #A-448812 and it never came", "ACCOUNT_NUMBER"),
              (std::vector<Found>{{"ACCOUNT_NUMBER", "A-448812", false}}));
    EXPECT_EQ(ofType("Kundennummer: 55012874", "ACCOUNT_NUMBER", "de"),
              (std::vector<Found>{{"ACCOUNT_NUMBER", "55012874", false}}));
    EXPECT_TRUE(ofType("my order is late by 3 days", "ACCOUNT_NUMBER").empty());
    EXPECT_TRUE(ofType("a customer for 15 years", "ACCOUNT_NUMBER").empty());
}

TEST(Pii, AlreadyMaskedTextIsRecognisedAsMasked) {
    auto f = found("On XX/XX/XXXX I called XXXX about account XXXXXXXX, wrote to __email__ and [PHONE]");
    ASSERT_EQ(f.size(), 5u);
    for (const auto& x : f) EXPECT_TRUE(x.masked) << x;
    EXPECT_EQ(f[0].value, "XX/XX/XXXX");
    EXPECT_EQ(f[3], (Found{"EMAIL", "__email__", true}));
    EXPECT_EQ(f[4], (Found{"PHONE", "[PHONE]", true}));
    EXPECT_TRUE(found("XD that was funny, xxxx").empty());
}

TEST(Pii, OffsetsAreCodePoints) {
    const std::string text = "Grüße – schreib an jörg@example.de";
    auto all = PiiDetector::builtin().find(text, "de");
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].startCp, 19u);
    EXPECT_EQ(all[0].endCp, 34u);
}

// The shape scanner is skipped for a text without digits, two colons, '@' or a possible mask
// start: every mask it can find must start where TextBytes says one may.
TEST(Pii, MasksStartOnlyWhereTheBytesSayTheyMay) {
    for (const char* masked : {"XXXX", "X-X-X-X", "**** 1234", "* * * *", "__email__", "[EMAIL]", "XX/XX/XXXX"})
        EXPECT_TRUE(TextBytes(std::string("card ") + masked + " here").marks) << masked;
    for (const char* plain : {"http://url_removed", "XBOX One", "a * b", "x_y"})
        EXPECT_FALSE(TextBytes(plain).marks) << plain;
    std::mt19937 rng(11);
    const std::string alphabet = "XX**__[]/-. aZE";
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        const std::size_t length = 1 + rng() % 40;
        for (std::size_t k = 0; k < length; ++k) text += alphabet[rng() % alphabet.size()];
        for (const PiiFinding& f : PiiDetector::builtin().find(text)) {
            if (f.masked) {
                ASSERT_TRUE(TextBytes(text).marks) << text;
            }
        }
    }
}

TEST(Pii, TheTextsBytesAreCountedOnceAndExactly) {
    // The scanners are skipped on these counts: a miscount would hide personal data. Random
    // texts of every length up to beyond 255 sixteen-byte rounds, UTF-8 bytes among them.
    std::mt19937 rng(7);
    const std::string alphabet = "0123456789:@X*_[ aZ.\xC3\xA9/-";
    for (std::size_t length :
         {0u, 1u, 2u, 3u, 15u, 16u, 17u, 18u, 19u, 31u, 33u, 34u, 100u, 4079u, 4080u, 4096u, 9000u}) {
        std::string text;
        for (std::size_t k = 0; k < length; ++k) text += alphabet[rng() % alphabet.size()];
        std::size_t digits = 0, colons = 0;
        bool at = false, marks = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            digits += c >= '0' && c <= '9';
            colons += c == ':';
            at |= c == '@';
            marks |= TextBytes::maskMayStartAt(text, i);
        }
        const TextBytes bytes(text);
        EXPECT_EQ(bytes.digits, digits) << length;
        EXPECT_EQ(bytes.colons, colons) << length;
        EXPECT_EQ(bytes.at, at) << length;
        EXPECT_EQ(bytes.marks, marks) << length;
    }
}
