/// @file render/json_report.hpp
/// @brief The complete scorecard as JSON (`jixiao.scorecard/1`), traces included; field names
///        are documented in docs/file-format.md and stable.
#ifndef JIXIAO_RENDER_JSON_REPORT_HPP
#define JIXIAO_RENDER_JSON_REPORT_HPP

#include <jixiao/scorecard.hpp>
#include <jixiao/version.hpp>

#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief The scorecard as JSON. Every number is written exactly as computed (a JSON number
/// token from the decimal, never through `double`); every rate as its exact fraction and as
/// the percentage a report prints.
std::string json_report(const Scorecard& card, const std::string& title);

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_JSON_REPORT_HPP
