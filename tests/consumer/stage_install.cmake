# cmake -D BUILD_DIR=... -D PREFIX=... -P stage_install.cmake
# Installs the build tree into an empty staging prefix for the consumer tests.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
