// Internal: the few ways every report writes numbers, shared by the renderers.
#ifndef JIXIAO_SRC_RENDER_REPORT_TEXT_HPP
#define JIXIAO_SRC_RENDER_REPORT_TEXT_HPP

#include <jixiao/format.hpp>
#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <optional>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace render::detail {

// Points with 2 places: "1.74".
inline std::string points(const Decimal& value) { return format(value, FixedFormat{}); }

// A rate as reports print it: "34.79%", or "—" when there is none.
inline std::string percent(const std::optional<Ratio>& value) {
  if (!value) return "—";
  FixedFormat spec;
  spec.notation = Notation::percent;
  return format(*value, spec);
}

// The grade, or why there is none.
inline std::string grade(const Rating& rating) {
  return rating.is_rated() ? rating.label : "不可评级（" + rating.reason + "）";
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
inline std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

// One CSV record, CRLF-terminated.
inline void csv_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += csv_field(fields[i]);
  }
  out += "\r\n";
}

// Text as HTML character data or attribute value.
inline std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace render::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_RENDER_REPORT_TEXT_HPP
