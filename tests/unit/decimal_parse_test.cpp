// Decimal::parse and Decimal::to_string: the accepted grammar, the exact value and scale it
// yields, and the located error every malformed text gets.
#include <jixiao/decimal.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

using jixiao::Decimal;
using jixiao::ErrorCode;
using namespace jixiao::literals;

TEST_CASE("parse keeps the value and the scale as written") {
  struct Case {
    std::string_view text;
    std::string_view exact;  // to_string() of the result
    int scale;
  };
  const Case cases[] = {
      {"1994", "1994", 0},
      {"1994.00", "1994.00", 2},
      {"-0.125", "-0.125", 3},
      {"+3", "3", 0},
      {"1,994.00", "1994.00", 2},
      {"1,234,567.5", "1234567.5", 1},
      {"34.79%", "0.3479", 4},
      {"100%", "1.00", 2},
      {"0.0%", "0.000", 3},
      {"-12.5%", "-0.125", 3},
      {".5", "0.5", 1},
      {"5.", "5", 0},
      {"0", "0", 0},
      {"-0", "0", 0},
      {"-0.00", "0.00", 2},
      {"00012.30", "12.30", 2},
      {"1.5E+3", "1500", 0},
      {"1.5e3", "1500", 0},
      {"12e-2", "0.12", 2},
      {"1.50e1", "15.0", 1},
      {"0e9", "0", 0},
      {"1.5e3%", "15", 0},
      {"0.0900000762939453", "0.0900000762939453", 16},  // a spreadsheet artefact, kept exactly
      {"99999999999999999999999999999999999999", "99999999999999999999999999999999999999", 0},
      {"-99999999999999999999999999999999999999", "-99999999999999999999999999999999999999", 0},
      {"0.00000000000000000000000000000000000001", "0.00000000000000000000000000000000000001", 38},
      {"1e37", "10000000000000000000000000000000000000", 0},
      {"0000000000000000000000000000000000000000000001", "1", 0},  // leading zeros are free
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Decimal d = Decimal::parse(c.text);
    CHECK(d.to_string() == c.exact);
    CHECK(d.scale() == c.scale);
  }
}

TEST_CASE("malformed text is a ParseError naming the id and the column") {
  struct Case {
    std::string_view text;
    ErrorCode code;
    std::size_t column;
  };
  const Case cases[] = {
      {"", ErrorCode::empty_text, 1},
      {"12x4", ErrorCode::unexpected_character, 3},
      {"abc", ErrorCode::unexpected_character, 1},
      {" 1", ErrorCode::unexpected_character, 1},
      {"1 ", ErrorCode::unexpected_character, 2},
      {"NaN", ErrorCode::unexpected_character, 1},
      {"Infinity", ErrorCode::unexpected_character, 1},
      {"-inf", ErrorCode::unexpected_character, 2},
      {"1.2.3", ErrorCode::unexpected_character, 4},
      {"--1", ErrorCode::unexpected_character, 2},
      {"1%%", ErrorCode::unexpected_character, 3},
      {"%", ErrorCode::unexpected_character, 1},
      {"1.000,5", ErrorCode::unexpected_character, 6},
      {"\xEF\xBC\x91\xEF\xBC\x92", ErrorCode::unexpected_character, 1},  // full-width １２
      {"0x10", ErrorCode::unexpected_character, 2},
      {"-", ErrorCode::missing_digits, 2},
      {"+", ErrorCode::missing_digits, 2},
      {".", ErrorCode::missing_digits, 2},
      {"-.", ErrorCode::missing_digits, 3},
      {"1e", ErrorCode::missing_digits, 3},
      {"1e+", ErrorCode::missing_digits, 4},
      {"1e%", ErrorCode::missing_digits, 3},
      {"1,99", ErrorCode::misplaced_separator, 5},
      {"1994,000", ErrorCode::misplaced_separator, 5},
      {",100", ErrorCode::misplaced_separator, 1},
      {"1,,000", ErrorCode::misplaced_separator, 3},
      {"1,0000", ErrorCode::misplaced_separator, 6},
      {"1,000,00.5", ErrorCode::misplaced_separator, 9},
      {"1,", ErrorCode::misplaced_separator, 3},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    try {
      (void)Decimal::parse(c.text);
      FAIL("parsed without error");
    } catch (const jixiao::ParseError& e) {
      CHECK(e.code() == c.code);
      CHECK(e.column() == c.column);
      const std::string message = e.what();
      CHECK(message.find("at column " + std::to_string(c.column)) != std::string::npos);
    }
  }
}

TEST_CASE("text beyond 38 digits or 38 places is an OverflowError, never a rounded value") {
  struct Case {
    std::string_view text;
    ErrorCode code;
  };
  const Case cases[] = {
      {"100000000000000000000000000000000000000", ErrorCode::too_many_digits},  // 10^38
      {"1e38", ErrorCode::too_many_digits},
      {"1e400", ErrorCode::too_many_digits},
      {"1e99999999999999999999999", ErrorCode::too_many_digits},
      {"0.000000000000000000000000000000000000001", ErrorCode::scale_out_of_range},
      {"1e-39", ErrorCode::scale_out_of_range},
      {"1e-400", ErrorCode::scale_out_of_range},
      {"0e-39", ErrorCode::scale_out_of_range},
      {"0.0000000000000000000000000000000000001%", ErrorCode::scale_out_of_range},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    try {
      (void)Decimal::parse(c.text);
      FAIL("parsed without error");
    } catch (const jixiao::OverflowError& e) {
      CHECK(e.code() == c.code);
    }
  }
  // 1 followed by 38 fraction zeros is 39 significant digits: the scale is kept, so it fails.
  CHECK_THROWS_AS((void)Decimal::parse("1." + std::string(38, '0')), jixiao::OverflowError);
  CHECK(Decimal::parse("1." + std::string(37, '0')).scale() == 37);
}

TEST_CASE("error messages quote the input safely and briefly") {
  SUBCASE("control bytes are escaped") {
    try {
      (void)Decimal::parse(std::string_view("1\x01", 2));
      FAIL("parsed");
    } catch (const jixiao::ParseError& e) {
      CHECK(std::string(e.what()) ==
            "[jixiao.parse_error.102] invalid decimal \"1\\x01\": unexpected character "
            "byte \\x01 at column 2");
    }
  }
  SUBCASE("a Chinese character is shown as itself") {
    try {
      (void)Decimal::parse("12万元");
      FAIL("parsed");
    } catch (const jixiao::ParseError& e) {
      CHECK(std::string(e.what()) ==
            "[jixiao.parse_error.102] invalid decimal \"12万元\": unexpected character '万' "
            "at column 3");
    }
  }
  SUBCASE("a huge input is cut, and still fails fast at the first bad digit") {
    const std::string huge(1'000'000, '7');
    try {
      (void)Decimal::parse(huge);
      FAIL("parsed");
    } catch (const jixiao::OverflowError& e) {
      const std::string message = e.what();
      CHECK(message.size() < 200);
      CHECK(message.find("(1000000 bytes)") != std::string::npos);
    }
  }
  SUBCASE("a long run of zeros is a valid zero") {
    CHECK(Decimal::parse(std::string(1'000'000, '0')).is_zero());
  }
}

TEST_CASE("the _dec literal reads the digits as written, at compile time") {
  constexpr Decimal rate = 34.79_dec;
  static_assert(rate.scale() == 2);
  static_assert(rate == Decimal::from_scaled(3479, 2));
  static_assert(0.1_dec + 0.2_dec == 0.3_dec);  // true in decimal, false in double
  CHECK((1994.00_dec).to_string() == "1994.00");
  static_assert(1'994.00_dec == 1994_dec);  // C++ digit separators are skipped in literals
  CHECK((1'234'567.891'0_dec).to_string() == "1234567.8910");
  CHECK_THROWS_AS((void)Decimal::parse("1'994"), jixiao::ParseError);  // but not in text
  CHECK((1.5e3_dec).to_string() == "1500");
}

TEST_CASE("to_string writes the exact value with its scale, never an exponent") {
  CHECK(Decimal::from_scaled(5, 3).to_string() == "0.005");
  CHECK(Decimal::from_scaled(-5, 3).to_string() == "-0.005");
  CHECK(Decimal::from_scaled(0, 2).to_string() == "0.00");
  CHECK(Decimal::from_scaled(150, 2).to_string() == "1.50");
  CHECK(Decimal(-7).to_string() == "-7");
  CHECK(Decimal(INT64_MIN).to_string() == "-9223372036854775808");
  CHECK(Decimal(UINT64_MAX).to_string() == "18446744073709551615");
}

TEST_CASE("malformed text with more than 38 digits is still a ParseError, with the column") {
  // Regression: the 39th digit used to throw OverflowError before the text was checked.
  const std::string digits(39, '1');
  for (const std::string& text :
       {digits + "x", digits + ",", digits + ".5.", "-" + digits + "%%"}) {
    CAPTURE(text);
    CHECK_THROWS_AS((void)Decimal::parse(text), jixiao::ParseError);
  }
  try {
    (void)Decimal::parse(digits + "x");
  } catch (const jixiao::ParseError& e) {
    CHECK(e.column() == 40);
  }
  CHECK_THROWS_AS((void)Decimal::parse(digits), jixiao::OverflowError);  // valid, too long
}

TEST_CASE("malformed UTF-8 never reaches an error message raw") {
  // Regression: surrogates and overlong forms passed as characters.
  for (std::string_view bad : {std::string_view("1\xED\xA0\x80", 4),      // surrogate U+D800
                               std::string_view("1\xE0\x80\x80", 4),      // overlong
                               std::string_view("1\xF4\x90\x80\x80", 5),  // above U+10FFFF
                               std::string_view("1\xC0\xAF", 3),          // overlong '/'
                               std::string_view("1\xE4\xB8", 3)}) {       // truncated 丁
    CAPTURE(bad.size());
    try {
      (void)Decimal::parse(bad);
      FAIL("parsed");
    } catch (const jixiao::ParseError& e) {
      const std::string message = e.what();
      CHECK(message.find("\\x") != std::string::npos);
      for (char c : message) CHECK(static_cast<unsigned char>(c) < 0x80);  // escapes only
    }
  }
}

TEST_CASE("a saturated exponent is reported without a made-up number of places") {
  try {
    (void)Decimal::parse("1e-99999999999999999999");
    FAIL("parsed");
  } catch (const jixiao::OverflowError& e) {
    CHECK(e.code() == ErrorCode::scale_out_of_range);
    CHECK(std::string(e.what()).find("needs more than") != std::string::npos);
  }
}
