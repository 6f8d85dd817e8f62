#pragma once
// A text that is ASCII but for typographic quotes, dashes and ellipses (’ ‘ “ ” „ « » – — …),
// common signs (€ £ ° • ´), no-break spaces, emoji
// (with their variation selectors, joiners and skin tones) and letters that have a case (é, ü, ñ,
// ß, ł, œ, Greek, Cyrillic...) — most feedback typed on phones in European languages —
// read by the fused ASCII tokenizer through a stand-in: each of those characters becomes one
// ASCII byte that the word and sentence rules read as they read the character (’ and ‘ the
// apostrophe, “ and ” ']', – and — ':', … '~', an emoji '`', a skin tone '~', a letter 'A' or
// 'a' by its case, a joiner or
// variation selector inside an emoji's cluster a space), so that the stand-in's byte offsets are
// the text's code-point offsets, and positions map back to the text's bytes. Internal to
// core/text.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tw::core {

class AsciiProxy {
public:
    // The stand-in of `text`; false when it holds another character that is not ASCII (or when
    // ICU's classes of those characters are not their stand-ins', see applies()).
    bool build(std::string_view text);
    [[nodiscard]] std::string_view text() const { return proxy_; }
    // The byte of the text at stand-in offset `i` (a code point), and the reverse for a byte
    // that starts a character.
    [[nodiscard]] std::size_t byteOf(std::size_t i) const;
    [[nodiscard]] std::size_t offsetOf(std::size_t byte) const;
    // Whether stand-in offsets [from, to) hold a stand-in character; whether offset `i` is an
    // emoji's.
    [[nodiscard]] bool standsIn(std::size_t from, std::size_t to) const;
    [[nodiscard]] bool isEmojiAt(std::size_t i) const;

    // The same for spans read in order of their starts (a text's tokens), without a search each:
    // the text's bytes of offsets [from, to), and whether they hold a stand-in.
    class Walker {
    public:
        explicit Walker(const AsciiProxy& proxy) : proxy_(proxy) {}
        std::pair<std::size_t, std::size_t> bytes(std::size_t from, std::size_t to, bool& standsIn);

    private:
        const AsciiProxy& proxy_;
        std::size_t before_ = 0;  // stand-ins before the last `from`
    };

private:
    std::string proxy_;
    std::vector<std::size_t> at_;     // the stand-ins' offsets, in order
    std::vector<std::size_t> extra_;  // the bytes the text holds beyond one a character, up to each stand-in
};

}  // namespace tw::core
