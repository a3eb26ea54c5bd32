// The C ABI's errors: the last failure of each thread, and exceptions translated to ids.
#include "failure.hpp"

#include <jixiao/error.hpp>

#include <exception>
#include <new>
#include <string>

namespace jixiao_c {

namespace {

struct LastFailure {
  int code = JIXIAO_OK;
  std::string message;
};

LastFailure& last() noexcept {
  thread_local LastFailure failure;
  return failure;
}

// Every problem of a framework or of facts, one per line with its own id, where the C++
// message names the first and counts the rest: a C caller has no other way to see them.
std::string every_problem(const jixiao::ProblemsError& e) {
  const std::string_view prefix(e.what(), static_cast<std::size_t>(e.message() - e.what()));
  const std::string_view category = prefix.substr(0, prefix.rfind('.') + 1);  // "[jixiao.x."
  std::string text;
  for (const jixiao::Problem& problem : e.problems()) {
    if (!text.empty()) text += '\n';
    text.append(category);
    text += std::to_string(static_cast<int>(problem.code));
    text += "] ";
    text += problem.message;
  }
  return text;
}

}  // namespace

int fail(int code, std::string_view message) noexcept {
  LastFailure& failure = last();
  failure.code = code;
  try {
    failure.message.assign(message);
  } catch (...) {  // no memory for the message: the code alone must still get through
    failure.message.clear();
  }
  return code;
}

int last_code() noexcept { return last().code; }

const char* last_message() noexcept { return last().message.c_str(); }

int translate_current_exception() noexcept {
  try {
    throw;
  } catch (const jixiao::ProblemsError& e) {
    return fail(static_cast<int>(e.code()), every_problem(e));
  } catch (const jixiao::Error& e) {
    return fail(static_cast<int>(e.code()), e.what());
  } catch (const std::bad_alloc&) {
    return fail(JIXIAO_E_OUT_OF_MEMORY, "[jixiao.c.904] out of memory");
  } catch (const std::exception& e) {
    try {
      return fail(JIXIAO_E_INTERNAL,
                  std::string("[jixiao.c.999] internal error (please report): ") + e.what());
    } catch (...) {
      return fail(JIXIAO_E_INTERNAL, e.what());
    }
  } catch (...) {
    return fail(JIXIAO_E_INTERNAL,
                "[jixiao.c.999] internal error (please report): unknown exception");
  }
}

void Call::refuse(int code, std::string_view what) const {
  std::string message = "[jixiao.c." + std::to_string(code) + "] " + function_ + ": ";
  message.append(what);
  throw Refusal{fail(code, message)};
}

}  // namespace jixiao_c
