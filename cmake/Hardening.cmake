# Debian's hardening flags (what dpkg-buildflags gives with hardening=+all, plus stack clash protection) for every
# target, so that the packaged tutorialdesk and tutorialctl have them however they are built, and lintian's
# hardening-no-bindnow and hardening-no-fortify-functions stay away. Included before the subdirectories.
include(CheckCXXCompilerFlag)
include(CheckLinkerFlag)
include(CheckPIESupported)

# Position-independent executables. Qt is built with -reduce-relocations, so its targets already add -fPIC (not
# -fPIE, which Qt forbids); this makes CMake link the executables with -pie too, instead of trusting the
# compiler's default.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
check_pie_supported(OUTPUT_VARIABLE pie_output LANGUAGES CXX)
if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
    message(WARNING "The linker cannot make position-independent executables: ${pie_output}")
endif()

# glibc checks buffer sizes in memcpy, sprintf, ... where it knows them. That needs an optimising build (glibc
# warns without -O), and it misleads AddressSanitizer (the fuzz build), so neither gets it. A _FORTIFY_SOURCE
# already in CXXFLAGS (a packager's own choice) is left alone.
if(NOT TUTORIALDESK_FUZZ AND NOT CMAKE_CXX_FLAGS MATCHES "_FORTIFY_SOURCE|-fsanitize=")
    add_compile_definitions($<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:_FORTIFY_SOURCE=2>)
endif()

foreach(flag IN ITEMS -fstack-protector-strong -fstack-clash-protection)
    string(MAKE_C_IDENTIFIER "TUTORIALDESK_CXX_HAS${flag}" supported)
    check_cxx_compiler_flag(${flag} ${supported})
    if(${supported})
        add_compile_options(${flag})
    endif()
endforeach()
add_compile_options(-Wformat -Werror=format-security)

# Read-only relocations, resolved at start-up (bindnow) so that the GOT can be read-only too.
check_linker_flag(CXX "LINKER:-z,relro,-z,now" TUTORIALDESK_LINKER_HAS_RELRO_NOW)
if(TUTORIALDESK_LINKER_HAS_RELRO_NOW)
    add_link_options(LINKER:-z,relro LINKER:-z,now)
endif()
