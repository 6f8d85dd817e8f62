# Settings shared by every Tidewatch target, carried by one INTERFACE target.
add_library(tw_settings INTERFACE)
target_compile_features(tw_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(tw_settings INTERFACE -Wall -Wextra -Wpedantic)
# The same floating point on every processor: no fused multiply-adds in the x86-64-v3 clones of
# the scoring loop's functions (core/util/hot_path.h), as none in the plain x86-64 code.
target_compile_options(tw_settings INTERFACE -ffp-contract=off)
if(TW_WERROR)
  target_compile_options(tw_settings INTERFACE -Werror)
endif()
if(TW_SANITIZE)
  target_compile_options(tw_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(tw_settings INTERFACE -fsanitize=address,undefined)
endif()

# Settings for targets that see Qt (ui, the GUI entry and GUI tests).
add_library(tw_qt_settings INTERFACE)
target_link_libraries(tw_qt_settings INTERFACE tw_settings)
target_compile_definitions(tw_qt_settings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS)

# GCC 12 reports impossible memcpy overlaps in std::string concatenation at -O3
# (GCC bug 105329, a false positive fixed in GCC 13); keep -Werror useful on Debian 12.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(tw_settings INTERFACE -Wno-restrict)
endif()
