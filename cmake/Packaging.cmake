# The .deb: `cpack -G DEB` in the build directory (scripts/package does it) makes tutorialdesk_<version>_<arch>.deb.
# The binaries' and resources' install() rules live next to them (app/, resources/); this file adds what only a
# Debian package needs and the CPack settings.

# Debian needs a Maintainer with an address (lintian: malformed-contact), and the project has no address of its
# own. Rather than one that looks real and reaches nobody, the default is in the reserved .invalid domain, which
# says plainly that there is none. Whoever hands packages out gives theirs: -DTUTORIALDESK_MAINTAINER="Name <addr>",
# or DEBFULLNAME and DEBEMAIL for scripts/package, as for Debian's own tools.
set(TUTORIALDESK_MAINTAINER "The Tutorial Desk developers <maintainer@tutorialdesk.invalid>"
    CACHE STRING "Maintainer field of the .deb: name <address>")

# Debian wants a copyright file and a changelog in /usr/share/doc/<package>, the changelog gzipped without a time
# stamp. The version has no Debian revision, so this is a native package and the changelog is changelog.gz.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(tutorialdesk_docdir ${CMAKE_INSTALL_DATADIR}/doc/tutorialdesk)
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    COMMAND ${GZIP_EXECUTABLE} -9n -c ${CMAKE_CURRENT_SOURCE_DIR}/packaging/changelog
            > ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
    DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/packaging/changelog
    VERBATIM)
add_custom_target(package_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES packaging/copyright ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${tutorialdesk_docdir})

# The release notes name the version by hand; say so at configure time when they have fallen behind.
foreach(notes IN ITEMS packaging/changelog resources/io.github.tutorialdesk.TutorialDesk.metainfo.xml)
    file(READ ${CMAKE_CURRENT_SOURCE_DIR}/${notes} text)
    string(FIND "${text}" "${PROJECT_VERSION}" at)
    if(at EQUAL -1)
        message(WARNING "${notes} has no entry for version ${PROJECT_VERSION}")
    endif()
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tutorialdesk)
set(CPACK_PACKAGE_VENDOR "The Tutorial Desk developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for a database of tutorials and their comments")
set(CPACK_PACKAGE_DESCRIPTION
"Tutorial Desk is a desktop editor for a small blog database: tutorials, each
with its comments, in the tables of the Sequelize one-to-many example. It
works on an SQLite file or on a MySQL or MariaDB server and leaves the data
readable by that program.

The window lists the tutorials with a search field and shows the comments of
the selected one; tutorials and comments can be created, edited, moved and
deleted with undo, and the whole database exported to and imported from JSON.

tutorialctl does the same from the command line and prints JSON.")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_PACKAGE_NAME tutorialdesk)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TUTORIALDESK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the Qt libraries the binaries link; the SQL drivers are plugins Qt loads at run time, so
# they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# qt6-wayland: Qt's platform plugin for a Wayland session (Debian 12's GNOME and KDE default); dpkg-shlibdeps cannot
# see it either, and without it the window falls back to XWayland, or fails where there is none.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-mysql, qt6-wayland")
# Qt's own translations (qtbase_de.qm, ...) so that standard dialogs speak the window's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
