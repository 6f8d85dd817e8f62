// Segmentation with ICU's break iterators (root locale): the reference for every script.
#include "text/segmentation.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

namespace tw::core {

void segmentWithIcu(std::string_view utf8, Segmentation& out) {
    out.words.clear();
    out.sentences.clear();
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    // Code point and UTF-8 byte offset of every UTF-16 index. ICU replaces each invalid UTF-8
    // sequence by one U+FFFD, so bytes are found by re-encoding rather than by counting.
    const auto n16 = static_cast<std::size_t>(u.length());
    std::vector<std::size_t> cpOf16(n16 + 1, 0), byteOf16(n16 + 1, 0);
    std::size_t cp = 0, byte = 0;
    for (int32_t k = 0; k < u.length();) {
        UChar32 c = u.char32At(k);
        int32_t len = U16_LENGTH(c);
        for (int32_t j = 0; j < len; ++j) {
            cpOf16[static_cast<std::size_t>(k + j)] = cp;
            byteOf16[static_cast<std::size_t>(k + j)] = byte;
        }
        // Advance over the source bytes this code point came from.
        std::size_t b = byte;
        if (b < utf8.size()) {
            int32_t i = static_cast<int32_t>(b);
            UChar32 decoded;
            U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, static_cast<int32_t>(utf8.size()), decoded);
            (void)decoded;
            byte = static_cast<std::size_t>(i);
        }
        k += len;
        ++cp;
    }
    cpOf16[n16] = cp;
    byteOf16[n16] = utf8.size();
    out.codePoints = cp;

    UErrorCode err = U_ZERO_ERROR;
    // Break iterators are costly to build: one of each per thread, reused for every text.
    thread_local std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), err));
    thread_local std::unique_ptr<icu::BreakIterator> sentences(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
    if (words) {
        words->setText(u);
        int32_t start = words->first();
        for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
            int32_t status = words->getRuleStatus();
            WordSegment w;
            w.kind = status == UBRK_WORD_NONE                                          ? WordSegment::Kind::None
                     : (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) ? WordSegment::Kind::Number
                                                                                       : WordSegment::Kind::Word;
            auto s = static_cast<std::size_t>(start), e = static_cast<std::size_t>(end);
            w.startByte = byteOf16[s];
            w.endByte = byteOf16[e];
            w.startCp = cpOf16[s];
            w.endCp = cpOf16[e];
            out.words.push_back(w);
        }
    }
    if (sentences) {
        sentences->setText(u);
        int32_t start = sentences->first();
        for (int32_t end = sentences->next(); end != icu::BreakIterator::DONE; start = end, end = sentences->next()) {
            out.sentences.emplace_back(cpOf16[static_cast<std::size_t>(start)], cpOf16[static_cast<std::size_t>(end)]);
        }
    }
}

}  // namespace tw::core
