// Encoding detection, conversion to UTF-8, UTF-8 repair and NFC.
#include "ingest/decoded_stream.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace tw::core;

namespace {
std::string decodeAll(const std::string& bytes, std::string* encoding = nullptr) {
    tw::test::TempDir dir;
    auto s = DecodedStream::open(dir.write("f", bytes));
    EXPECT_TRUE(s.ok());
    if (encoding) *encoding = (*s)->encoding();
    std::string out;
    char buf[7];  // tiny buffer: exercises conversion across chunk borders
    while (std::size_t n = (*s)->read(buf, sizeof buf)) out.append(buf, n);
    return out;
}
}  // namespace

TEST(Encoding, BomsAreDetectedAndDropped) {
    std::string enc;
    EXPECT_EQ(decodeAll("\xEF\xBB\xBFhi", &enc), "hi");
    EXPECT_EQ(enc, "UTF-8");
    EXPECT_EQ(decodeAll(std::string("\xFF\xFEh\0i\0", 6), &enc), "hi");
    EXPECT_EQ(enc, "UTF-16LE");
    EXPECT_EQ(decodeAll(std::string("\xFE\xFF\0h\0i", 6), &enc), "hi");
    EXPECT_EQ(enc, "UTF-16BE");
}

TEST(Encoding, Utf16WithoutBomIsSniffed) {
    std::string u16;
    for (char c : std::string("id,text\n1,hello world\n")) { u16 += c; u16 += '\0'; }
    std::string enc;
    EXPECT_EQ(decodeAll(u16, &enc), "id,text\n1,hello world\n");
    EXPECT_EQ(enc, "UTF-16LE");
}

TEST(Encoding, LegacyEightBitTextIsConvertedFromWindows1252) {
    std::string enc;
    std::string text = "Caf\xe9 cr\xe8me, 20\x80, na\xefve, \x93quoted\x94 and more Caf\xe9 text\n";
    auto out = decodeAll(text + text + text, &enc);
    EXPECT_EQ(enc, "windows-1252");
    EXPECT_NE(out.find("Café crème, 20€, naïve, “quoted”"), std::string::npos);
}

TEST(Encoding, MostlyValidUtf8WithAStrayByteStaysUtf8) {
    std::string enc;
    std::string text;
    for (int i = 0; i < 50; ++i) text += "Grüße aus Köln, ça va très bien\n";
    text += "one stray \xff byte\n";
    decodeAll(text, &enc);
    EXPECT_EQ(enc, "UTF-8");
}

TEST(Utf8, RepairReplacesInvalidSequencesAndDropsNul) {
    Utf8Repair r;
    EXPECT_EQ(repairUtf8(std::string("a\0b\xff\xfe" "c\xc3\xa9", 8), r), "ab\xEF\xBF\xBD\xEF\xBF\xBD" "c\xc3\xa9");
    EXPECT_EQ(r.nulBytes, 1u);
    EXPECT_EQ(r.invalidSequences, 2u);
    EXPECT_FALSE(isValidUtf8("\xed\xa0\x80"));  // a UTF-16 surrogate encoded in UTF-8
    EXPECT_FALSE(isValidUtf8("\xc0\xaf"));      // overlong
    EXPECT_EQ(countInvalidUtf8("ok\xe2\x82", true), 0u);  // truncated tail tolerated in samples
}

// ASCII is told from the rest wherever the first high byte stands: in a block of sixteen read at
// once, in the overlapping last sixteen, in a text shorter than that, or nowhere.
TEST(Utf8, AsciiIsToldFromTheRestWhereverTheHighByteStands) {
    EXPECT_TRUE(tw::core::isAscii(""));
    for (std::size_t length = 1; length <= 40; ++length) {
        const std::string plain(length, 'a');
        EXPECT_TRUE(tw::core::isAscii(plain)) << length;
        for (std::size_t at = 0; at < length; ++at) {
            std::string high = plain;
            high[at] = static_cast<char>(0xC3);
            EXPECT_FALSE(tw::core::isAscii(high)) << length << " at " << at;
            high[at] = '\x7F';
            EXPECT_TRUE(tw::core::isAscii(high)) << "DEL is ASCII: " << length << " at " << at;
        }
    }
}

TEST(Utf8, CodePointOffsets) {
    EXPECT_EQ(codePointCount("héllo😀"), 6u);
    EXPECT_EQ(byteOffsetOfCodePoint("héllo", 2), 3u);
}

TEST(Normalize, NfcComposesCombiningMarks) {
    EXPECT_EQ(toNfc("e\xCC\x81"), "\xC3\xA9");  // e + combining acute -> é
    EXPECT_EQ(toNfc("plain"), "plain");
}
