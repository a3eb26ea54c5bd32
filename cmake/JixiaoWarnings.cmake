# jixiao_enable_warnings(<target>)
#
# The warning set every target of jixiao's own (tests, examples, benchmarks) compiles with.
# The public headers must stay clean under it in C++17 and C++20, with g++ and clang++.
# Third-party headers come in as system headers, so their warnings do not count.
function(jixiao_enable_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow)
    if(JIXIAO_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
