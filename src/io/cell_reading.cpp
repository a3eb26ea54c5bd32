// Reading hand-written table cells (cell_reading.hpp).
#include "cell_reading.hpp"
#include <jixiao/version.hpp>

#include <jixiao/error.hpp>

#include <cstddef>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

namespace {

std::optional<Decimal> parsed(const std::string& text) {
  try {
    return Decimal::parse(text);
  } catch (const Error&) {
    return std::nullopt;
  }
}

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The places of a float artefact's intended value: the digits before a run of five or more
// 0s or 9s that other digits follow (a number that ends in its zeros is exact as written).
std::optional<int> artefact_places(const std::string& text) {
  const std::size_t point = text.find('.');
  if (point == std::string::npos || text.size() - point - 1 < 10) return std::nullopt;
  for (std::size_t i = point + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c != '0' && c != '9') continue;
    std::size_t end = i;
    while (end < text.size() && text[end] == c) ++end;
    if (end - i >= 5 && end < text.size() && text[end] >= '0' && text[end] <= '9')
      return static_cast<int>(i - point - 1);
    i = end - 1;
  }
  return std::nullopt;
}

}  // namespace

std::string trimmed(std::string_view text) {
  constexpr std::string_view ideographic_space = "\u3000";
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    const auto first = text.find_first_not_of(" \t\r\n");
    text.remove_prefix(first == std::string_view::npos ? text.size() : first);
    const auto last = text.find_last_not_of(" \t\r\n");
    text.remove_suffix(last == std::string_view::npos ? text.size() : text.size() - last - 1);
    if (text.substr(0, ideographic_space.size()) == ideographic_space) {
      text.remove_prefix(ideographic_space.size());
      changed = true;
    }
    if (ends_with(text, ideographic_space)) {
      text.remove_suffix(ideographic_space.size());
      changed = true;
    }
  }
  return std::string(text);
}

bool is_blank_marker(std::string_view text) {
  for (const std::string_view marker : {"/", "／", "\\", "—", "——", "-", "－", "--", "―", "无"}) {
    if (text == marker) return true;
  }
  return false;
}

std::optional<Decimal> repaired_number(const std::string& text, std::string_view unit,
                                       std::string& repair) {
  repair.clear();
  std::string number = text;
  if (!unit.empty() && ends_with(number, unit) && number.size() > unit.size()) {
    number.resize(number.size() - unit.size());
    while (!number.empty() && number.back() == ' ') number.pop_back();
    repair = "the unit " + std::string(unit) + " dropped";
  }
  if (number.size() > 1 && number.back() == '.') {
    number.pop_back();  // "7.50.", "95.": the full stop ends the sentence, not the number
    repair += std::string(repair.empty() ? "" : ", ") + "the full stop after it dropped";
  }
  std::optional<Decimal> value = parsed(number);
  if (!value) {
    repair.clear();
    return std::nullopt;
  }
  if (const std::optional<int> places = artefact_places(number)) {
    // "99.4999999940%" is the fraction 0.994999999940: two places more than its text shows.
    const int shift = number.back() == '%' ? 2 : 0;
    *value = value->round(*places + shift, Rounding::half_up);
    repair += std::string(repair.empty() ? "" : ", ") + "a spreadsheet's float artefact, read as " +
              value->to_string();
  }
  return value;
}

}  // namespace io::detail
JIXIAO_END_NAMESPACE
