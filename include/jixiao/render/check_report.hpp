/// @file render/check_report.hpp
/// @brief The findings of jixiao::check() as text, JSON (`jixiao.check/1`), CSV, Markdown or
///        a self-contained HTML page.
#ifndef JIXIAO_RENDER_CHECK_REPORT_HPP
#define JIXIAO_RENDER_CHECK_REPORT_HPP

#include <jixiao/check.hpp>
#include <jixiao/version.hpp>

#include <string>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief The findings as text: a summary line, then per finding its id, severity, subject,
/// where it was printed, printed vs computed, the message (Chinese, then English), the
/// computation and its consequences.
std::string check_text(const CheckReport& report, const std::string& title);

/// @brief The findings as JSON, `jixiao.check/1` (docs/checks.md describes the fields).
std::string check_json(const CheckReport& report, const std::string& title);

/// @brief One row per finding: RFC 4180, UTF-8 with a byte order mark (Excel).
std::string check_csv(const CheckReport& report);

/// @brief The findings as a Markdown document.
std::string check_markdown(const CheckReport& report, const std::string& title);

/// @brief The findings as one self-contained HTML page (inline styles, no scripts).
std::string check_html(const CheckReport& report, const std::string& title);

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_CHECK_REPORT_HPP
