# cmake -D CLI=... -D ARGS="a|b" -D EXPECT_EXIT=2 [-D EXPECT_STDOUT=regex] [-D EXPECT_STDERR=regex]
#       [-D NO_FILE=path] -P run_cli.cmake
# Runs the jixiao command and checks its exit code, its output, and that NO_FILE was not left
# behind (an output file is written completely or not at all).
if(DEFINED NO_FILE)
  file(REMOVE "${NO_FILE}")
endif()
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND "${CLI}" ${ARGS}
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit code ${code}, expected ${EXPECT_EXIT}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(DEFINED EXPECT_STDOUT AND NOT out MATCHES "${EXPECT_STDOUT}")
  message(FATAL_ERROR "stdout does not match ${EXPECT_STDOUT}:\n${out}")
endif()
if(DEFINED EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
  message(FATAL_ERROR "stderr does not match ${EXPECT_STDERR}:\n${err}")
endif()
if(DEFINED NO_FILE)
  file(GLOB leftovers "${NO_FILE}*")
  if(leftovers)
    message(FATAL_ERROR "output left behind: ${leftovers}")
  endif()
endif()
message(STATUS "ok: exit ${code}")
