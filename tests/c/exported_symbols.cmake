# The C ABI exports exactly the committed list (src/c/exported_symbols.txt), and the header
# declares exactly those functions: an accidental export, a removal or an undeclared function
# fails here.
#   cmake -D LIBRARY=libjixiao_c.so -D LIST=exported_symbols.txt -D HEADER=jixiao.h
#         -D NM=nm -P exported_symbols.cmake
execute_process(COMMAND "${NM}" -D --defined-only "${LIBRARY}"
                OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${NM} failed on ${LIBRARY}")
endif()
string(REGEX MATCHALL "[TDBRVW] [A-Za-z_][A-Za-z0-9_]*" exported "${listing}")
list(TRANSFORM exported REPLACE "^. " "")
list(SORT exported)

file(STRINGS "${LIST}" listed)
list(SORT listed)

file(READ "${HEADER}" header)
string(REGEX MATCHALL "JIXIAO_C_API[^;(]*[ *](jixiao_[a-z0-9_]+)\\(" declarations "${header}")
set(declared "")
foreach(declaration IN LISTS declarations)
  string(REGEX REPLACE ".*[ *](jixiao_[a-z0-9_]+)\\($" "\\1" name "${declaration}")
  list(APPEND declared "${name}")
endforeach()
list(SORT declared)

set(problems "")
foreach(pair "exported;listed" "declared;listed")
  list(GET pair 0 a)
  list(GET pair 1 b)
  set(only_a ${${a}})
  list(REMOVE_ITEM only_a ${${b}})
  set(only_b ${${b}})
  list(REMOVE_ITEM only_b ${${a}})
  if(only_a)
    string(APPEND problems "  ${a} but not ${b}: ${only_a}\n")
  endif()
  if(only_b)
    string(APPEND problems "  ${b} but not ${a}: ${only_b}\n")
  endif()
endforeach()
if(problems)
  message(FATAL_ERROR "the C ABI's symbols differ from ${LIST}:\n${problems}")
endif()
list(LENGTH listed count)
message(STATUS "${count} symbols exported, declared and listed alike")
