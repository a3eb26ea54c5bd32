# jixiao batch with eight threads writes exactly what one thread writes (40,000 lines: ten
# chunks of 4 MiB, broken lines among them).
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${GENERATOR}" 40000 --broken-every 97 OUTPUT_FILE "${OUT}/lines.jsonl"
                RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
  message(FATAL_ERROR "the generator failed")
endif()
foreach(threads 1 8)
  execute_process(COMMAND "${CLI}" batch --framework "${FRAMEWORK}" "${OUT}/lines.jsonl"
                          -o "${OUT}/out${threads}.jsonl" --threads ${threads} --no-progress
                  RESULT_VARIABLE status OUTPUT_VARIABLE summary${threads} ERROR_QUIET)
  if(NOT status EQUAL 1)
    message(FATAL_ERROR "--threads ${threads}: exit ${status}, expected 1 (broken lines)")
  endif()
endforeach()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUT}/out1.jsonl" "${OUT}/out8.jsonl"
                RESULT_VARIABLE differ)
if(NOT differ EQUAL 0 OR NOT summary1 STREQUAL summary8)
  message(FATAL_ERROR "eight threads wrote other results than one")
endif()
