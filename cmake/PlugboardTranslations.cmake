# SPDX-License-Identifier: GPL-3.0-or-later
# Translations, one catalogue per component and language in translations/:
#   plugboard_COMPONENT_LANGUAGE.ts   COMPONENT: core (core/), ui (the window: ui/ and app/plugboard.cpp),
#                                     cli (app/plugboardctl.cpp)
#   plugboard_COMPONENT_en.ts         English plural forms only ("1 port", "2 ports"; lupdate -pluralonly)
# The languages are the .ts files' own: PLUGBOARD_LANGUAGES is every LANGUAGE found there except en,
# so adding translations/plugboard_*_fr.ts is all it takes to add French (the Language menu and
# `plugboard --help` read this list; update_translations creates the components' missing files).
include_guard(GLOBAL)

set(PLUGBOARD_TRANSLATION_COMPONENTS core ui cli)
set(PLUGBOARD_TRANSLATIONS_DIR ${PROJECT_SOURCE_DIR}/translations)

file(GLOB _plugboard_ts CONFIGURE_DEPENDS RELATIVE ${PLUGBOARD_TRANSLATIONS_DIR}
  ${PLUGBOARD_TRANSLATIONS_DIR}/plugboard_*.ts)
set(PLUGBOARD_LANGUAGES)
string(JOIN "|" _components ${PLUGBOARD_TRANSLATION_COMPONENTS})
foreach(_ts IN LISTS _plugboard_ts)
  if(NOT _ts MATCHES "^plugboard_(${_components})_([A-Za-z]+(_[A-Za-z0-9]+)*)\\.ts$")
    message(WARNING "translations/${_ts} is ignored: not plugboard_COMPONENT_LANGUAGE.ts "
      "(COMPONENT one of ${PLUGBOARD_TRANSLATION_COMPONENTS})")
  elseif(NOT CMAKE_MATCH_2 STREQUAL "en")
    list(APPEND PLUGBOARD_LANGUAGES ${CMAKE_MATCH_2})
  endif()
endforeach()
list(REMOVE_DUPLICATES PLUGBOARD_LANGUAGES)
list(SORT PLUGBOARD_LANGUAGES)
message(STATUS "Translations: ${PLUGBOARD_LANGUAGES} (and the English plural forms)")

# Every .ts file a component is meant to have (existing or not): one per language, and the plurals.
function(plugboard_ts_files component out_translated out_plurals)
  set(files)
  foreach(lang IN LISTS PLUGBOARD_LANGUAGES)
    list(APPEND files ${PLUGBOARD_TRANSLATIONS_DIR}/plugboard_${component}_${lang}.ts)
  endforeach()
  set(${out_translated} ${files} PARENT_SCOPE)
  set(${out_plurals} ${PLUGBOARD_TRANSLATIONS_DIR}/plugboard_${component}_en.ts PARENT_SCOPE)
endfunction()

# The catalogues of COMPONENT, made from SOURCES: kept up to date by update_translations, compiled to
# .qm, embedded in TARGET under :/i18n (core::installTranslations loads every catalogue a binary
# embeds) and installed for other tools.
function(plugboard_add_translations target component)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "SOURCES")
  plugboard_ts_files(${component} translated plurals)
  qt_add_lupdate(${target}
    TS_FILES ${translated}
    SOURCES ${arg_SOURCES}
    OPTIONS -no-obsolete -locations none)
  add_custom_target(${target}_lupdate_plurals
    COMMAND Qt6::lupdate -pluralonly -no-obsolete -locations none ${arg_SOURCES} -ts ${plurals}
    VERBATIM)
  add_dependencies(update_translations ${target}_lupdate_plurals)
  # A language new to this component has no file yet: update_translations makes it.
  set(existing)
  foreach(ts IN LISTS translated plurals)
    if(EXISTS ${ts})
      list(APPEND existing ${ts})
    else()
      cmake_path(GET ts FILENAME name)
      message(WARNING "translations/${name} is missing: `cmake --build <build> --target update_translations` "
        "creates it, then translate it (the translations_complete test fails until then)")
    endif()
  endforeach()
  qt_add_lrelease(${target}
    TS_FILES ${existing}
    QM_FILES_OUTPUT_VARIABLE qm_files)
  qt_add_resources(${target} ${target}_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${qm_files})
  install(FILES ${qm_files} DESTINATION ${CMAKE_INSTALL_DATADIR}/plugboard/translations)
endfunction()
