# Install rules and package files: headers, the exported jixiao::jixiao target (and jixiao::io
# with the jixiao command, and the C ABI jixiao::c, when they are built), jixiaoConfig.cmake
# (which finds the dependencies again), the version file, jixiao.pc and jixiao_c.pc.
include(CMakePackageConfigHelpers)

set(JIXIAO_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/jixiao"
    CACHE STRING "Where to install jixiaoConfig.cmake, relative to the prefix")
set(JIXIAO_PKGCONFIG_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
    CACHE STRING "Where to install jixiao.pc, relative to the prefix")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/jixiao"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS jixiao EXPORT jixiaoTargets)
install(EXPORT jixiaoTargets
        NAMESPACE jixiao::
        DESTINATION "${JIXIAO_CMAKE_DIR}")

# The adapters (jixiao::io: files, score tables, reports) and the jixiao command, when built.
# They have their own export set: jixiaoConfig.cmake loads it, and finds the adapters'
# dependencies, only where it was installed.
if(TARGET jixiao_io)
  install(TARGETS jixiao_io EXPORT jixiaoIoTargets
          ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
          LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}")
  install(EXPORT jixiaoIoTargets
          NAMESPACE jixiao::
          DESTINATION "${JIXIAO_CMAKE_DIR}")
  install(TARGETS jixiao_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
  # The indicator library and the templates as data, for budget systems that offer the same
  # library (share/jixiao/indicators.json, share/jixiao/templates/*.json).
  foreach(file IN LISTS jixiao_library_files)
    get_filename_component(directory "${file}" DIRECTORY)
    install(FILES "${PROJECT_SOURCE_DIR}/src/library/${file}"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/jixiao/${directory}")
  endforeach()
endif()

# The C ABI: libjixiao_c.so.<ABI> with its SONAME link (runtime) and libjixiao_c.so (for
# linking), in an export set of its own. Its dependencies are its own business: a shared
# library carries them in its NEEDED entries, so consumers find nothing else.
if(TARGET jixiao_c)
  install(TARGETS jixiao_c EXPORT jixiaoCTargets
          LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}")
  install(EXPORT jixiaoCTargets
          NAMESPACE jixiao::
          DESTINATION "${JIXIAO_CMAKE_DIR}")
endif()

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/jixiaoConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/jixiaoConfig.cmake"
  INSTALL_DESTINATION "${JIXIAO_CMAKE_DIR}")
# While the major version is 0, a minor release may break the API (see docs/design.md).
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(jixiao_compatibility SameMinorVersion)
else()
  set(jixiao_compatibility SameMajorVersion)
endif()
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake"
  COMPATIBILITY ${jixiao_compatibility})
install(FILES
  "${PROJECT_BINARY_DIR}/jixiaoConfig.cmake"
  "${PROJECT_BINARY_DIR}/jixiaoConfigVersion.cmake"
  DESTINATION "${JIXIAO_CMAKE_DIR}")

# jixiao.pc finds its prefix relative to itself, so a staged or moved install still works.
file(RELATIVE_PATH JIXIAO_PC_TO_PREFIX
     "/prefix/${JIXIAO_PKGCONFIG_DIR}" "/prefix")
string(REGEX REPLACE "/$" "" JIXIAO_PC_TO_PREFIX "${JIXIAO_PC_TO_PREFIX}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/jixiao.pc.in"
               "${PROJECT_BINARY_DIR}/jixiao.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/jixiao.pc" DESTINATION "${JIXIAO_PKGCONFIG_DIR}")
if(TARGET jixiao_c)
  configure_file("${PROJECT_SOURCE_DIR}/cmake/jixiao_c.pc.in"
                 "${PROJECT_BINARY_DIR}/jixiao_c.pc" @ONLY)
  install(FILES "${PROJECT_BINARY_DIR}/jixiao_c.pc" DESTINATION "${JIXIAO_PKGCONFIG_DIR}")
endif()

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
