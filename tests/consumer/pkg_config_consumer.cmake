# cmake -D PREFIX=... -D CXX=... -D CXX_FLAGS=... -D SOURCE=... -D WORK_DIR=...
#       -P pkg_config_consumer.cmake
# Builds the consumer with nothing but `pkg-config --cflags jixiao` from the staged prefix,
# as a Makefile-based system would, and runs it.
file(GLOB_RECURSE pc_files "${PREFIX}/*/jixiao.pc")
list(LENGTH pc_files count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one jixiao.pc under ${PREFIX}, found: ${pc_files}")
endif()
get_filename_component(pc_dir "${pc_files}" DIRECTORY)

set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
execute_process(COMMAND pkg-config --cflags jixiao
                OUTPUT_VARIABLE cflags OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags jixiao failed")
endif()
message(STATUS "pkg-config --cflags jixiao: ${cflags}")
if(NOT cflags MATCHES "-I[^ ]*/include")
  message(FATAL_ERROR "unexpected cflags: ${cflags}")
endif()
execute_process(COMMAND pkg-config --modversion jixiao OUTPUT_VARIABLE version
                OUTPUT_STRIP_TRAILING_WHITESPACE)
message(STATUS "pkg-config --modversion jixiao: ${version}")

file(MAKE_DIRECTORY "${WORK_DIR}")
separate_arguments(cflag_list UNIX_COMMAND "${cflags}")
separate_arguments(extra_flags UNIX_COMMAND "${CXX_FLAGS}")
execute_process(COMMAND "${CXX}" -std=c++17 ${extra_flags} ${cflag_list} "${SOURCE}"
                        -o "${WORK_DIR}/consumer"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "compiling the consumer with the pkg-config flags failed")
endif()
execute_process(COMMAND "${WORK_DIR}/consumer" OUTPUT_VARIABLE output RESULT_VARIABLE result)
message(STATUS "consumer printed: ${output}")
if(NOT result EQUAL 0 OR NOT output MATCHES "34.79% 1.74 ${version}")
  message(FATAL_ERROR "the consumer built with pkg-config flags did not print the expected line")
endif()
