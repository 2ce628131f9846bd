# cmake --install: the public headers, the library (C and C++ APIs), the default model,
# the smsfilter tool and a CMake package, so that a project can write
#   find_package(smsfilter REQUIRED)
#   target_link_libraries(app PRIVATE smsfilter::smsfilter)
# and open ${smsfilter_DEFAULT_MODEL}. With a static library built with the tools, also the
# research API (smsfilter/train/) and its library, the package's component train:
#   find_package(smsfilter REQUIRED COMPONENTS train)
#   target_link_libraries(tool PRIVATE smsfilter::train)
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SMSFILTER_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/smsfilter CACHE STRING
    "Where the CMake package goes, relative to the prefix")
set(SMSFILTER_INSTALL_MODELDIR ${CMAKE_INSTALL_DATADIR}/smsfilter)

# A shared libsmsfilter exports the C API alone, and the trainer needs the C++ API.
if(TARGET smsfilter_train AND NOT BUILD_SHARED_LIBS)
  set(installed_targets smsfilter smsfilter_train)
  set(header_excludes)
else()
  set(installed_targets smsfilter)
  set(header_excludes PATTERN train EXCLUDE)
endif()
install(TARGETS ${installed_targets} EXPORT smsfilterTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/include/smsfilter.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/smsfilter DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        ${header_excludes})
install(FILES ${PROJECT_SOURCE_DIR}/models/default.smsf DESTINATION ${SMSFILTER_INSTALL_MODELDIR})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/NOTICE
              ${PROJECT_SOURCE_DIR}/THIRD_PARTY_NOTICES.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
if(TARGET smsfilter_cli)
  install(TARGETS smsfilter_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(EXPORT smsfilterTargets NAMESPACE smsfilter:: DESTINATION ${SMSFILTER_INSTALL_CMAKEDIR})
configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/smsfilterConfig.cmake.in
  ${PROJECT_BINARY_DIR}/smsfilterConfig.cmake
  INSTALL_DESTINATION ${SMSFILTER_INSTALL_CMAKEDIR}
  PATH_VARS SMSFILTER_INSTALL_MODELDIR)
# Before 1.0 a minor version may change the API.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/smsfilterConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/smsfilterConfig.cmake
              ${PROJECT_BINARY_DIR}/smsfilterConfigVersion.cmake
        DESTINATION ${SMSFILTER_INSTALL_CMAKEDIR})
