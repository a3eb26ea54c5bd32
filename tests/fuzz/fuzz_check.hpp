// What a fuzz harness does when a property fails: say which, and abort, so that libFuzzer
// saves the input (and the corpus replay test fails on it).
#ifndef JIXIAO_TESTS_FUZZ_FUZZ_CHECK_HPP
#define JIXIAO_TESTS_FUZZ_FUZZ_CHECK_HPP

#include <cstdio>
#include <cstdlib>
#include <string>

// Aborts with `what` unless `holds`. Unlike assert() it is never compiled out.
inline void fuzz_check(bool holds, const char* what, const std::string& detail = "") {
  if (holds) return;
  std::fprintf(stderr, "fuzz property failed: %s\n%s\n", what, detail.c_str());
  std::abort();
}

#endif  // JIXIAO_TESTS_FUZZ_FUZZ_CHECK_HPP
