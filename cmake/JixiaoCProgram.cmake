# jixiao_c_program(<target>)
#
# Makes <target> a plain C99 program of jixiao's own (a test or an example of the C ABI):
# strict C99, jixiao's warnings, linked with jixiao::c.
function(jixiao_c_program target)
  set_target_properties(${target} PROPERTIES C_STANDARD 99 C_STANDARD_REQUIRED ON
                                             C_EXTENSIONS OFF)
  target_link_libraries(${target} PRIVATE jixiao::c)
  jixiao_enable_warnings(${target})
  if(CMAKE_C_FLAGS MATCHES "-fsanitize")
    # The library inside is C++ built with UndefinedBehaviorSanitizer, whose C++ runtime (type
    # checks) only the C++ driver links. Without sanitizers the program links as plain C.
    set_target_properties(${target} PROPERTIES LINKER_LANGUAGE CXX)
  endif()
endfunction()
