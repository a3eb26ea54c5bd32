# cmake -D PREFIX=... -D CC=... -D CXX=... -D C_FLAGS=... -D SOURCE=... -D EVALUATION=...
#       -D WORK_DIR=... -P pkg_config_c_consumer.cmake
# Builds a plain C99 program with nothing but `pkg-config --cflags --libs jixiao_c` from the
# staged prefix, as a Makefile-based system would, and runs it on the seed evaluation.
file(GLOB_RECURSE pc_files "${PREFIX}/*/jixiao_c.pc")
list(LENGTH pc_files count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one jixiao_c.pc under ${PREFIX}, found: ${pc_files}")
endif()
get_filename_component(pc_dir "${pc_files}" DIRECTORY)
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")

execute_process(COMMAND pkg-config --cflags --libs jixiao_c
                OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags --libs jixiao_c failed")
endif()
message(STATUS "pkg-config --cflags --libs jixiao_c: ${flags}")
execute_process(COMMAND pkg-config --variable=libdir jixiao_c
                OUTPUT_VARIABLE libdir OUTPUT_STRIP_TRAILING_WHITESPACE)

file(MAKE_DIRECTORY "${WORK_DIR}")
separate_arguments(flag_list UNIX_COMMAND "${flags}")
separate_arguments(extra_flags UNIX_COMMAND "${C_FLAGS}")
# Built with sanitizers, the library needs UndefinedBehaviorSanitizer's C++ runtime, which
# only the C++ driver links; otherwise the C compiler links, as for any C program.
set(linker "${CC}")
if(C_FLAGS MATCHES "-fsanitize")
  set(linker "${CXX}")
endif()
execute_process(COMMAND "${CC}" -std=c99 -pedantic ${extra_flags} -c "${SOURCE}" ${flag_list}
                        -o "${WORK_DIR}/score_file.o"
                RESULT_VARIABLE result)
if(result EQUAL 0)
  execute_process(COMMAND "${linker}" ${extra_flags} "${WORK_DIR}/score_file.o" ${flag_list}
                          -o "${WORK_DIR}/score_file"
                  RESULT_VARIABLE result)
endif()
if(NOT result EQUAL 0)
  message(FATAL_ERROR "compiling the C consumer with the pkg-config flags failed")
endif()
# The staged prefix is not where the loader looks: say where, as a user's LD_LIBRARY_PATH would.
set(ENV{LD_LIBRARY_PATH} "${libdir}")
execute_process(COMMAND "${WORK_DIR}/score_file" "${EVALUATION}"
                OUTPUT_VARIABLE output RESULT_VARIABLE result)
message(STATUS "the C consumer printed: ${output}")
if(NOT result EQUAL 0 OR NOT output MATCHES "total 88.26, grade 良")
  message(FATAL_ERROR "the C consumer built with pkg-config flags did not print the total")
endif()
