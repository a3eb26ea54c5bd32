// Internal: short, printable excerpts of user text for error messages.
//
// Messages must name the offending input without flooding a log with a 100 MB cell or
// printing raw control bytes, and must not cut a UTF-8 character (Chinese text) in half.
#ifndef JIXIAO_DETAIL_QUOTE_HPP
#define JIXIAO_DETAIL_QUOTE_HPP

#include <jixiao/version.hpp>

#include <cstddef>
#include <string>
#include <string_view>

JIXIAO_BEGIN_NAMESPACE
namespace detail {

/// Length of the well-formed UTF-8 sequence starting at text[i], or 0 if it is not one
/// (Unicode Table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char second_low = 0x80;  // the allowed range of the second byte
  unsigned char second_high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_low = 0xA0;   // overlong
    if (lead == 0xED) second_high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_low = 0x90;   // overlong
    if (lead == 0xF4) second_high = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(1) < second_low || byte(1) > second_high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

inline void append_hex_byte(std::string& out, unsigned char byte) {
  constexpr char hex[] = "0123456789ABCDEF";
  out += "\\x";
  out += hex[byte >> 4];
  out += hex[byte & 0x0F];
}

/// The text in double quotes, control and malformed bytes as \xNN, at most ~40 bytes of it.
inline std::string quote(std::string_view text) {
  constexpr std::size_t limit = 40;
  std::string out = "\"";
  std::size_t i = 0;
  while (i < text.size() && i < limit) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_sequence_length(text, i);
    if (byte == '"' || byte == '\\') {
      out += '\\';
      out += static_cast<char>(byte);
      i += 1;
    } else if (length == 1 && byte >= 0x20 && byte < 0x7F) {
      out += static_cast<char>(byte);
      i += 1;
    } else if (length > 1) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      append_hex_byte(out, byte);
      i += 1;
    }
  }
  out += '"';
  if (i < text.size()) out += "... (" + std::to_string(text.size()) + " bytes)";
  return out;
}

/// The character at text[i] for a message: 'x', '％' or byte 0xNN.
inline std::string describe_character(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  const std::size_t length = utf8_sequence_length(text, i);
  if (length == 1 && byte >= 0x20 && byte < 0x7F) return "'" + std::string(1, text[i]) + "'";
  if (length > 1) return "'" + std::string(text.substr(i, length)) + "'";
  std::string out = "byte ";
  append_hex_byte(out, byte);
  return out;
}

}  // namespace detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_DETAIL_QUOTE_HPP
