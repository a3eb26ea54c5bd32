// Internal: how a C ABI call fails — an error id returned, its message kept per thread — and
// the guard that turns every C++ exception into that, so that none crosses the boundary.
#ifndef JIXIAO_SRC_C_FAILURE_HPP
#define JIXIAO_SRC_C_FAILURE_HPP

#include <jixiao/c/jixiao.h>

#include <string>
#include <string_view>

namespace jixiao_c {

// Records a failure for jixiao_last_error_code()/_message() and returns `code`. Without
// memory for the message, the code alone is kept.
int fail(int code, std::string_view message) noexcept;

// The last failure on this thread.
int last_code() noexcept;
const char* last_message() noexcept;

// The failure of the exception being handled: a jixiao::Error its own id (with every problem
// of a ValidationError or ScoringError), std::bad_alloc JIXIAO_E_OUT_OF_MEMORY, anything else
// JIXIAO_E_INTERNAL.
int translate_current_exception() noexcept;

// Thrown by Call::refuse() once the failure is recorded; guarded() returns its code.
struct Refusal {
  int code;
};

// One call of the C ABI, named in its messages: "[jixiao.c.901] jixiao_score: …".
class Call {
 public:
  explicit Call(const char* function) noexcept : function_(function) {}

  // Records `code` with `what` and throws Refusal.
  [[noreturn]] void refuse(int code, std::string_view what) const;

  // JIXIAO_E_NULL_ARGUMENT unless `pointer` is set.
  void require(const void* pointer, const char* argument) const {
    if (pointer == nullptr) refuse(JIXIAO_E_NULL_ARGUMENT, std::string(argument) + " is NULL");
  }

 private:
  const char* function_;
};

// Runs `body(call)`, which returns JIXIAO_OK or an error id; whatever it throws becomes an
// error id with its message.
template <class Body>
int guarded(const char* function, Body&& body) noexcept {
  try {
    return body(Call(function));
  } catch (const Refusal& refusal) {
    return refusal.code;
  } catch (...) {
    return translate_current_exception();
  }
}

}  // namespace jixiao_c

#endif  // JIXIAO_SRC_C_FAILURE_HPP
