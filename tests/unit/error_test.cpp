// The exception hierarchy: stable ids in the message, one class per category, all catchable
// as jixiao::Error and as std::runtime_error.
#include <jixiao/decimal.hpp>
#include <jixiao/error.hpp>
#include <jixiao/ratio.hpp>

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <type_traits>

using jixiao::Decimal;
using jixiao::ErrorCode;

static_assert(std::is_base_of_v<std::runtime_error, jixiao::Error>);
static_assert(std::is_base_of_v<jixiao::Error, jixiao::ParseError>);
static_assert(std::is_base_of_v<jixiao::Error, jixiao::OverflowError>);
static_assert(std::is_base_of_v<jixiao::Error, jixiao::DivisionByZeroError>);
static_assert(std::is_base_of_v<jixiao::Error, jixiao::InvalidArgumentError>);

TEST_CASE("the numeric ids are part of the stable API") {
  CHECK(static_cast<int>(ErrorCode::empty_text) == 101);
  CHECK(static_cast<int>(ErrorCode::unexpected_character) == 102);
  CHECK(static_cast<int>(ErrorCode::misplaced_separator) == 103);
  CHECK(static_cast<int>(ErrorCode::missing_digits) == 104);
  CHECK(static_cast<int>(ErrorCode::too_many_digits) == 201);
  CHECK(static_cast<int>(ErrorCode::scale_out_of_range) == 202);
  CHECK(static_cast<int>(ErrorCode::division_by_zero) == 301);
  CHECK(static_cast<int>(ErrorCode::places_out_of_range) == 401);
}

TEST_CASE("each category's message starts with 〔jixiao.<category>.<id>〕") {
  auto message_of = [](auto f) -> std::string {
    try {
      (void)f();
    } catch (const std::runtime_error& e) {  // catchable as a standard exception too
      return e.what();
    }
    return "";
  };
  CHECK(message_of([] { return Decimal::parse(""); }).rfind("[jixiao.parse_error.101] ", 0) == 0);
  CHECK(message_of([] { return Decimal::parse("1e99"); }).rfind("[jixiao.overflow.201] ", 0) == 0);
  CHECK(message_of([] { return Decimal::parse("1e-99"); }).rfind("[jixiao.overflow.202] ", 0) == 0);
  CHECK(message_of([] {
          return jixiao::divide(1, 0, 2, jixiao::Rounding::half_up);
        }).rfind("[jixiao.division_by_zero.301] ", 0) == 0);
  CHECK(message_of([] { return Decimal(1).round(40, jixiao::Rounding::half_up); }) ==
        "[jixiao.invalid_argument.401] places 40 is outside [0, 38]");
}

TEST_CASE("errors can be raised by user code, e.g. a custom scoring rule") {
  try {
    throw jixiao::InvalidArgumentError(ErrorCode::places_out_of_range, "rate places 50");
  } catch (const jixiao::Error& e) {
    CHECK(e.id() == 401);
    CHECK(e.code() == ErrorCode::places_out_of_range);
    CHECK(std::string(e.what()) == "[jixiao.invalid_argument.401] rate places 50");
  }
  const jixiao::ParseError parse(ErrorCode::unexpected_character, "cell B7", 4);
  CHECK(parse.column() == 4);
  CHECK(std::string(parse.what()) == "[jixiao.parse_error.102] cell B7");
}

TEST_CASE("a NUL byte in a message is written \\x00, and message() stays inside what()") {
  // Found by fuzzing the score-table importer (tests/fuzz/findings/score_table/): a number
  // token holding NUL bytes was quoted raw, what() stopped at the first NUL, and message()
  // pointed before the start of the text.
  const std::string message = std::string("cell \"9") + '\0' + '\0' + "\" is not a number";
  const jixiao::InvalidArgumentError error(ErrorCode::places_out_of_range, message);
  CHECK(std::string(error.what()) ==
        "[jixiao.invalid_argument.401] cell \"9\\x00\\x00\" is not a number");
  CHECK(std::string(error.message()) == "cell \"9\\x00\\x00\" is not a number");
}
