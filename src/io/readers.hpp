// Internal: the readers of the parts of the file formats (docs/file-format.md).
#ifndef JIXIAO_SRC_IO_READERS_HPP
#define JIXIAO_SRC_IO_READERS_HPP

#include <jixiao/version.hpp>
#include "document.hpp"

#include <jixiao/framework.hpp>
#include <jixiao/indicator.hpp>
#include <jixiao/interval.hpp>
#include <jixiao/percent_numbers.hpp>
#include <jixiao/quantity.hpp>
#include <jixiao/rule.hpp>
#include <jixiao/target.hpp>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

inline constexpr std::string_view framework_format = "jixiao.framework/1";
inline constexpr std::string_view evaluation_format = "jixiao.evaluation/1";

// Requires "format" to be `expected` (707 otherwise).
void require_format(ObjectReader& object, std::string_view expected);

// Where each indicator of a framework was written, by code.
using Locations = std::map<std::string, SourceLocation, std::less<>>;

// Reads a framework; where each indicator is written goes to `locations` when given.
Framework read_framework(const Document& document, const JsonValue& value, const std::string& path,
                         Locations* locations = nullptr);
Indicator read_indicator(const Document& document, const JsonValue& value, const std::string& path,
                         int depth, Locations* locations, PercentNumbers percent);
// A rule object; bare numbers where it expects a percentage read by `percent`.
std::shared_ptr<const Rule> read_rule(const Document& document, const JsonValue& value,
                                      const std::string& path,
                                      PercentNumbers percent = PercentNumbers::refuse);
// A percentage as a file writes it: "85%" (or 85％, 85百分比, 85个百分点) is 0.85; a bare
// number (85, "85") is read by `convention`, and refused (713) under `refuse` unless it is 0.
// `what` names it in messages ("threshold", "实际完成值").
Decimal read_percentage(const Document& document, const JsonValue& value, const std::string& path,
                        PercentNumbers convention, const std::string& what);
Quantity read_quantity(const Document& document, const JsonValue& value, const std::string& path);
Target read_target(const Document& document, const JsonValue& value, const std::string& path);
// A target from its text ("≤5个", "≥95%", or a statement); `fail` reports a number that
// cannot be read and must throw.
Target parse_target(const std::string& text, const std::function<void(const std::string&)>& fail);
// A comparator at the start of `text` ("≥", "≧", ">=", "＞＝", "大于等于" …), which is consumed
// with the spaces after it.
std::optional<Comparator> take_comparator(std::string& text);
// An interval ("[80%, 90%)", "≥90%"); when `percent` is given, its bounds are a percentage's
// and a bare bound is read by that convention.
Interval read_interval(const Document& document, const JsonValue& value, const std::string& path,
                       std::optional<PercentNumbers> percent = std::nullopt);
RoundingStep read_rounding_step(const Document& document, const JsonValue& value,
                                const std::string& path);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_READERS_HPP
