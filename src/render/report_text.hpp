// Internal: the few ways every report writes numbers, shared by the renderers.
#ifndef JIXIAO_SRC_RENDER_REPORT_TEXT_HPP
#define JIXIAO_SRC_RENDER_REPORT_TEXT_HPP

#include <jixiao/format.hpp>
#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <optional>
#include <string>

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

}  // namespace render::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_RENDER_REPORT_TEXT_HPP
