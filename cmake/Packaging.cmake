# Installers, made by `cpack` in a build directory after a build:
#   Linux    a .deb       (cpack -G DEB; tests/packaging/check-deb.sh checks it in `make test`)
#   Windows  an NSIS .exe installer (cpack -G NSIS), Qt deployed by windeployqt
#   macOS    a drag-and-drop .dmg   (cpack -G DragNDrop), Qt deployed by macdeployqt
# plus the desktop integration each platform wants (icons, desktop entry, Info.plist, .rc).
# Included at the end of the top-level CMakeLists.txt, after every target exists.

set(MEGAPHONE_APP_ID io.github.megaphone_app.Megaphone)
set(MEGAPHONE_PACKAGE_MAINTAINER "The Megaphone developers <dev@megaphone.invalid>"
    CACHE STRING "Maintainer named in the packages (Name <email>)")
set(_icons ${PROJECT_SOURCE_DIR}/resources/icons)

# ---------------------------------------------------------------------------
# Linux: desktop entry, AppStream metainfo, hicolor icons, the worker's systemd unit
# ---------------------------------------------------------------------------
if(UNIX AND NOT APPLE)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${MEGAPHONE_APP_ID}.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/linux/${MEGAPHONE_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${_icons}/megaphone.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
          RENAME ${MEGAPHONE_APP_ID}.svg)
  foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES ${_icons}/png/megaphone-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${MEGAPHONE_APP_ID}.png)
  endforeach()
  # Debian wants /usr/share/doc/<package>/copyright.
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/copyright
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/megaphone)
  # Not GNUInstallDirs' LIBDIR: systemd reads lib/systemd/system, never lib/<multiarch>/.
  # The package installs the unit disabled; packaging/linux/megaphone-worker.service says how
  # to configure and enable it.
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/megaphone-worker.service
          DESTINATION lib/systemd/system)
endif()

# ---------------------------------------------------------------------------
# Windows: icon and version resource in both executables
# ---------------------------------------------------------------------------
if(WIN32)
  enable_language(RC)
  set(MEGAPHONE_ICO ${_icons}/windows/megaphone.ico)
  foreach(exe megaphone megaphone-cli)
    set(MEGAPHONE_RC_NAME ${exe})
    if(exe STREQUAL "megaphone")
      set(MEGAPHONE_RC_DESCRIPTION "Megaphone")
    else()
      set(MEGAPHONE_RC_DESCRIPTION "Megaphone command line and worker")
    endif()
    configure_file(${PROJECT_SOURCE_DIR}/resources/windows/megaphone.rc.in
                   ${CMAKE_CURRENT_BINARY_DIR}/${exe}.rc @ONLY)
    target_sources(${exe} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${exe}.rc)
  endforeach()
endif()

# ---------------------------------------------------------------------------
# macOS: the bundle's Info.plist and icon
# ---------------------------------------------------------------------------
if(APPLE)
  set(_icns ${_icons}/macos/megaphone.icns)
  target_sources(megaphone PRIVATE ${_icns})
  set_source_files_properties(${_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  set_target_properties(megaphone PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/resources/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${MEGAPHONE_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Megaphone
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE megaphone.icns
    MACOSX_BUNDLE_COPYRIGHT "The Megaphone developers, Apache License 2.0")
endif()

# ---------------------------------------------------------------------------
# Windows and macOS: Qt (and, on Windows, every other DLL) next to the executables
# ---------------------------------------------------------------------------
# Not qt_generate_deploy_app_script(): it deploys the GUI only, and on macOS the CLI
# inside the bundle needs its library paths fixed too. The same Qt >= 6.3 deploy
# support it uses (QT_DEPLOY_SUPPORT, qt_deploy_runtime_dependencies) takes both.
if((WIN32 OR APPLE) AND Qt6_VERSION VERSION_GREATER_EQUAL 6.3 AND QT_DEPLOY_SUPPORT)
  if(APPLE)
    set(_deploy_args "
    EXECUTABLE \"$<TARGET_FILE_NAME:megaphone>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:megaphone>.app/Contents/MacOS/$<TARGET_FILE_NAME:megaphone-cli>\"")
    set(_after_deploy "")
  else()
    set(_deploy_args "
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:megaphone>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:megaphone-cli>\"
    GENERATE_QT_CONF")
    # windeployqt copies Qt only. The other DLLs (QtKeychain, libphonenumber and protobuf,
    # libpq for the QPSQL driver, libmicrohttpd, nghttp2, ...) are found where the
    # libraries came from: <prefix>/bin of every CMAKE_PREFIX_PATH entry and vcpkg's tree.
    set(_dll_dirs "")
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH QT6_INSTALL_PREFIX)
      string(REPLACE "\\" "/" prefix "${prefix}")
      string(APPEND _dll_dirs " \"${prefix}/bin\"")
    endforeach()
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
      string(APPEND _dll_dirs " \"${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin\"")
    endif()
    set(_after_deploy "
set(megaphone_binaries \"$<TARGET_FILE:megaphone>\" \"$<TARGET_FILE:megaphone-cli>\")
set(megaphone_psql \"\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_PLUGINS_DIR}/sqldrivers/qsqlpsql.dll\")
if(EXISTS \"\${megaphone_psql}\")
  list(APPEND megaphone_binaries \"\${megaphone_psql}\")   # it loads libpq.dll
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES \${megaphone_binaries}
    DIRECTORIES ${_dll_dirs}
    RESOLVED_DEPENDENCIES_VAR megaphone_dlls
    UNRESOLVED_DEPENDENCIES_VAR megaphone_missing
    PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
    POST_EXCLUDE_REGEXES \"[Ss]ystem32\")
if(megaphone_missing)
  message(WARNING \"Megaphone: DLLs not found for the installer: \${megaphone_missing}\")
endif()
file(INSTALL \${megaphone_dlls} DESTINATION \"\${QT_DEPLOY_PREFIX}/\${QT_DEPLOY_BIN_DIR}\")")
  endif()
  set(_deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy-megaphone-$<CONFIG>.cmake)
  file(GENERATE OUTPUT ${_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(${_deploy_args})
${_after_deploy}
")
  install(SCRIPT ${_deploy_script})
endif()

if(WIN32)
  # The MSVC runtime (msvcp140.dll, vcruntime140.dll, ...) goes next to the executables.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
endif()

# ---------------------------------------------------------------------------
# CPack: what every generator shares
# ---------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME Megaphone)
set(CPACK_PACKAGE_VENDOR "The Megaphone developers")
set(CPACK_PACKAGE_CONTACT "${MEGAPHONE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "WhatsApp marketing broadcasts through the official WhatsApp Business APIs")
set(CPACK_PACKAGE_DESCRIPTION [[
Megaphone is a desktop application for marketers who send WhatsApp broadcasts
through the official WhatsApp Business APIs (Meta Cloud API, 360dialog, Twilio,
or an HTTP relay of your own). It imports contacts from CSV exports, sends
approved templates to audiences chosen by tags and fields, and shows live
progress while a background worker delivers within the provider's limits.
Data lives in an embedded SQLite file or in a PostgreSQL database a team shares;
tokens and passwords live only in the system keychain.

This package holds the desktop application (megaphone), the command line and
headless worker (megaphone-cli) and a systemd unit for the worker.]])
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Megaphone)
set(CPACK_PACKAGE_EXECUTABLES megaphone Megaphone)   # NSIS: the start menu shortcut
set(CPACK_VERBATIM_VARIABLES ON)

# --- Linux: a .deb ---------------------------------------------------------
# Depends = what dpkg-shlibdeps finds in the binaries (libQt6*, libqt6keychain,
# libphonenumber, libpq, libmicrohttpd, libnghttp2, libstdc++...) plus what Qt and
# QtKeychain load at run time, which no linker sees:
#   libqt6sql6-sqlite, libqt6sql6-psql   the QSQLITE and QPSQL drivers (plugins)
#   qt6-qpa-plugins                      more platform plugins (vnc, ...): libqt6gui6 only
#                                        Recommends it (Debian 12 ships xcb and offscreen
#                                        in libqt6gui6 itself; Wayland is qt6-wayland,
#                                        Recommended below, XWayland works without it)
#   libqt6svg6                           the SVG image plugin (the window icon)
#   libsecret-1-0                        QtKeychain's Secret Service backend (dlopen)
set(CPACK_DEBIAN_PACKAGE_NAME megaphone)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MEGAPHONE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, libsecret-1-0, qt6-qpa-plugins")
# A Secret Service to keep the tokens in (any desktop has one; a server uses systemd
# credentials instead), and a database server for a team's shared data.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager, postgresql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
if(NOT WIN32 AND NOT APPLE)
  set(CPACK_STRIP_FILES ON)   # debug information stays in the build directory
endif()

# --- Windows: an NSIS installer -------------------------------------------
if(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_PACKAGE_FILE_NAME "Megaphone-${PROJECT_VERSION}-windows-x64")
  set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
  set(CPACK_NSIS_PACKAGE_NAME Megaphone)
  set(CPACK_NSIS_DISPLAY_NAME Megaphone)
  set(CPACK_NSIS_MUI_ICON ${_icons}/windows/megaphone.ico)
  set(CPACK_NSIS_MUI_UNIICON ${_icons}/windows/megaphone.ico)
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\megaphone.exe")
  set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
  set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
  set(CPACK_NSIS_CONTACT "${MEGAPHONE_PACKAGE_MAINTAINER}")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_MODIFY_PATH ON)          # offers to put megaphone-cli on the PATH
  set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
  set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
  set(CPACK_CREATE_DESKTOP_LINKS megaphone)
elseif(APPLE)
  # --- macOS: a drag-and-drop disk image (Megaphone.app and an Applications link) ---
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_PACKAGE_FILE_NAME "Megaphone-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
  set(CPACK_DMG_VOLUME_NAME Megaphone)
  set(CPACK_DMG_FORMAT UDZO)
  set(CPACK_PACKAGE_ICON ${_icons}/macos/megaphone.icns)   # the volume's icon
  set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)        # no click-through licence
else()
  set(CPACK_GENERATOR DEB)
endif()

include(CPack)
