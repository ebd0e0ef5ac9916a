# One INTERFACE target carries every shared compile setting; every target links it.
add_library(megaphone_common INTERFACE)
add_library(Megaphone::common ALIAS megaphone_common)

target_compile_features(megaphone_common INTERFACE cxx_std_20)
target_compile_definitions(megaphone_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  MEGAPHONE_VERSION="${PROJECT_VERSION}")
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
  target_compile_definitions(megaphone_common INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(megaphone_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                      -Wnon-virtual-dtor -Wold-style-cast)
  if(MEGAPHONE_WERROR)
    target_compile_options(megaphone_common INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(megaphone_common INTERFACE /W4 /permissive- /utf-8)
  if(MEGAPHONE_WERROR)
    target_compile_options(megaphone_common INTERFACE /WX)
  endif()
endif()

if(MEGAPHONE_SANITIZE)
  if(MSVC)
    target_compile_options(megaphone_common INTERFACE /fsanitize=address)
  else()
    target_compile_options(megaphone_common INTERFACE -fsanitize=address,undefined
                                                        -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(megaphone_common INTERFACE -fsanitize=address,undefined)
  endif()
endif()
