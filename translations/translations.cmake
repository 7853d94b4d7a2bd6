# German and French: translations/tutorialdesk_<lang>.ts, compiled to .qm and embedded as
# :/i18n/tutorialdesk_<lang>.qm. `cmake --build build --target update_translations` refreshes the .ts files from
# every source in app/, ui/ (forms included) and models/.

set(TUTORIALDESK_TS_FILES
    ${CMAKE_CURRENT_LIST_DIR}/tutorialdesk_de.ts
    ${CMAKE_CURRENT_LIST_DIR}/tutorialdesk_fr.ts)

# The first target owns the lupdate/lrelease targets; every target named gets the .qm files as resources.
function(tutorialdesk_add_translations target)
    # CONFIGURE_DEPENDS: a new source file reaches lupdate without re-running cmake by hand.
    file(GLOB sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui
        ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h)
    # -locations none: the sources change daily, and line numbers would churn every .ts diff.
    # -no-obsolete: strings that left the code leave the .ts too, so "complete" means complete for this code.
    qt_add_translations(${target}
        TS_FILES ${TUTORIALDESK_TS_FILES}
        SOURCES ${sources}
        INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/models
        LUPDATE_OPTIONS -no-obsolete -locations none
        QM_FILES_OUTPUT_VARIABLE qm_files)
    foreach(each IN ITEMS ${target} ${ARGN})
        qt_add_resources(${each} "${each}_translations"
            PREFIX /i18n
            BASE ${CMAKE_CURRENT_BINARY_DIR}
            FILES ${qm_files})
    endforeach()
endfunction()
