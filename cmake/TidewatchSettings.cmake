# Settings shared by every Tidewatch target, carried by one INTERFACE target.
add_library(tw_settings INTERFACE)
target_compile_features(tw_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(tw_settings INTERFACE -Wall -Wextra -Wpedantic)
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
