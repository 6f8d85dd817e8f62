#pragma once
// Bit masks of an ASCII text's bytes for the fused tokenizer (ascii_tokenizer.cpp): a bit per
// byte, 64 to a word, for what the word rules and the normal forms ask of each byte — whether it
// is joined into a word (letters, digits, '_', '@', and '.', ',', ';', '\'' between two letters
// or digits as UAX #29's WB6/7 and WB11/12 say), where a token may start, capitals, letters and
// letters drawn out. Built 32 bytes at a time with AVX2 or SSE2 (ascii_chunk.cpp).
// Internal to core/text.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace tw::core {

namespace detail {
// The classes of the 32 bytes at `p` (two bytes readable before it and one after), a bit per
// byte: a byte >= 0x80 (`high`; the other bits are then unspecified), a letter, a letter or '@',
// a digit, '_', a capital, a space, '.' or '\'', those or ',' or ';', a space or '(' or '"', a
// letter that is the same letter, in either case, as the two bytes before it, a byte that may end
// a sentence or a paragraph ('.', '!', '?', LF, CR), and a byte with which a special token may
// start (kSpecialStart, token_parts.h, narrowed by the byte after: '@', '#', '^', '-', ':' to '>',
// 'T' before '_', 'x' or 'X' before 'D', 'D' before ':', 'h' before 't', 'w' before 'w'). The
// bytes are then written back in lower case. See ascii_chunk.cpp.
struct AsciiChunk {
    unsigned wordLetter, digit, underscore, letter, upper, space, midLetter, midNumber, breaker, drawnOut, stop,
        specialStart, high;
    bool operator==(const AsciiChunk&) const = default;
};
using AsciiClassifier = AsciiChunk (*)(char* p);
// The same classes of 64 bytes at once (two bytes readable before them and one after), 64 bits a
// class: with AVX-512BW where the processor has it (null otherwise), and from two chunks.
struct AsciiChunk64 {
    std::uint64_t wordLetter, digit, underscore, letter, upper, space, midLetter, midNumber, breaker, drawnOut, stop,
        specialStart, high;
    bool operator==(const AsciiChunk64&) const = default;
};
using AsciiClassifier64 = AsciiChunk64 (*)(char* p);
AsciiClassifier64 asciiClassifier64();
AsciiChunk64 classifyAscii64With(AsciiChunk (*classify)(char* p), char* p);
// Whether AsciiMasks::build uses the 64-byte classifier when the processor has it (true unless a
// test asks for the 32-byte path: not for use while other threads tokenize); the setting before.
bool useAsciiClassifier64(bool use);
AsciiClassifier asciiClassifier();          // the fastest this processor runs (AVX2 when it has it)
AsciiChunk classifyAsciiPortable(char* p);  // SSE2 where the compiler targets it, else the scalar one
AsciiChunk classifyAsciiScalar(char* p);
bool hasAvx2Path();
}  // namespace detail

// Whether the byte classes the masks assume are those of ICU's word-break table on this system
// (asciiClasses()); when not, the fused tokenizer declines and the general one works.
bool asciiMasksApply();

class AsciiMasks {
public:
    // The masks of `s`, and the text in lower case between zero bytes written to `padded`
    // (paddedBytes(s.size()) bytes, which the masks read while they are in use: the tokenizer
    // keeps it with the normal forms); false when `s` holds a byte that is not ASCII.
    bool build(std::string_view s, char* padded);
    static std::size_t paddedBytes(std::size_t textBytes) { return kPad + (textBytes / 64 + 1) * 64 + kPad; }

    [[nodiscard]] std::size_t words() const { return words_; }
    // The most tokens the text can have: one at each event.
    [[nodiscard]] std::size_t eventCount() const {
        std::size_t n = 0;
        for (std::size_t w = 0; w < words_; ++w) n += static_cast<std::size_t>(std::popcount(masks_[w].events));
        return n;
    }

    struct Masks {
        std::uint64_t joined, events, mayBeSpecial, letter, upper, drawnOut, underscore;
    };
    // What the masks say, read through plain pointers that a loop keeps in registers (the
    // masks do not change while it reads them).
    class Reader {
    public:
        explicit Reader(const AsciiMasks& m) : masks_(m.masks_.data()), lowered_(m.lowered_) {}
        // Byte `i` of the text in lower case, in a copy from which sixteen bytes may be read at
        // any byte (zeros after the text): a word's normal form when it is not drawn out.
        [[nodiscard]] const char* lowered(std::size_t i) const { return lowered_ + i; }
        // Where a token or a special token may start, in word `w`: the first byte of a joined
        // run, a byte that is neither a space nor joined, a byte after a space, '(' or '"'.
        [[nodiscard]] std::uint64_t events(std::size_t w) const { return masks_[w].events; }
        // Where a special token may start: after a space, '(' or '"', or at the start, on a byte
        // (and the byte after it) that one can start with.
        [[nodiscard]] bool candidate(std::size_t i) const { return (masks_[i >> 6].mayBeSpecial >> (i & 63)) & 1u; }
        [[nodiscard]] bool joined(std::size_t i) const { return (masks_[i >> 6].joined >> (i & 63)) & 1u; }
        // The end of the joined run that byte `i` is in.
        [[nodiscard]] std::size_t runEnd(std::size_t i) const {
            std::size_t w = i >> 6;
            std::uint64_t open = ~masks_[w].joined & (~std::uint64_t{0} << (i & 63));
            while (open == 0) open = ~masks_[++w].joined;  // the word after the last is all zeros
            return w * 64 + static_cast<std::size_t>(std::countr_zero(open));
        }
        // What the bytes [from, to) of a word hold.
        struct Facts {
            bool upper = false;       // a capital letter
            bool allCaps = true;      // every letter a capital...
            bool twoLetters = false;  // ...of two letters or more
            bool drawnOut = false;    // a letter that is the third of the same letter or more ("sooo", "NOoo")
            bool underscore = false;
        };
        [[nodiscard]] Facts facts(std::size_t from, std::size_t to) const {
            if ((from >> 6) == ((to - 1) >> 6)) {  // most words: within one mask word
                const std::uint64_t in = (~std::uint64_t{0} >> (64 - (to - from))) << (from & 63);
                const Masks& m = masks_[from >> 6];
                const std::uint64_t l = m.letter & in, u = m.upper & in;
                return {u != 0, l == u, (l & (l - 1)) != 0, (m.drawnOut & in) != 0, (m.underscore & in) != 0};
            }
            Facts f;
            int seen = 0;  // letters, counted up to two
            for (std::size_t w = from >> 6; w * 64 < to; ++w) {
                std::uint64_t in = ~std::uint64_t{0};
                if (w == from >> 6) in &= ~std::uint64_t{0} << (from & 63);
                if ((w + 1) * 64 > to) in &= (std::uint64_t{1} << (to & 63)) - 1;
                const Masks& m = masks_[w];
                const std::uint64_t l = m.letter & in, u = m.upper & in;
                f.upper |= u != 0;
                f.allCaps &= l == u;
                f.drawnOut |= (m.drawnOut & in) != 0;
                f.underscore |= (m.underscore & in) != 0;
                seen += l == 0 ? 0 : (l & (l - 1)) != 0 ? 2 : 1;
            }
            f.twoLetters = seen >= 2;
            return f;
        }

    private:
        const Masks* masks_;
        const char* lowered_;
    };
    [[nodiscard]] Reader reader() const { return Reader(*this); }
    // A bit per byte that may end a sentence or a paragraph ('.', '!', '?', LF, CR), 64 to a word,
    // with an all-zero word after the text's: where the sentence rules have something to decide.
    [[nodiscard]] const std::uint64_t* stops() const { return stops_.data(); }

    static constexpr std::size_t kKeptBytes = 1u << 20;  // texts longer than this: masks freed after use
    static constexpr std::size_t kPad = 16;              // zero bytes before the text (loads at i-1, i-2) and after it

private:
    // Per byte, before the word rules: a letter or '@' (a word's letters), a digit, a space, '.'
    // or '\'' (between letters), '.', ',', ';' or '\'' (between digits), a space, '(' or '"'.
    struct Raw {
        std::uint64_t wordLetter, digit, space, midLetter, midNumber, breaker, specialStart;
    };

    std::size_t words_ = 0;
    const char* lowered_ = nullptr;  // the text in lower case, with zero bytes before and after it
    std::vector<Raw> raw_;
    std::vector<Masks> masks_;          // with one all-zero word after the text's
    std::vector<std::uint64_t> stops_;  // the same
};

}  // namespace tw::core
