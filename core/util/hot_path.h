#pragma once
// TW_HOT marks a function of the scoring loop that is compiled twice, for x86-64-v3 (AVX2, BMI,
// POPCNT, LZCNT, MOVBE: Intel since 2013, AMD since 2015) and for the plain x86-64 that Debian's
// packages target, the one for this processor chosen once when the program is loaded (GCC's
// target_clones, an ifunc). Bit tests, trailing-zero counts and population counts become single
// instructions: scoring a tweet 2-3% faster where the processor has them, the same elsewhere.
// Floating point stays the same on both: the build turns off fused multiply-adds
// (-ffp-contract=off, cmake/TidewatchSettings.cmake), which x86-64-v3 would otherwise allow.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define TW_HOT __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define TW_HOT
#endif
