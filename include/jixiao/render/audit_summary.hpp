/// @file render/audit_summary.hpp
/// @brief The summary of a folder's audit (io::check_file() for each file): one row per file
///        with its outcome, project, unit, totals printed and recomputed, grades and findings
///        by class, as text, CSV or an .xlsx workbook.
#ifndef JIXIAO_RENDER_AUDIT_SUMMARY_HPP
#define JIXIAO_RENDER_AUDIT_SUMMARY_HPP

#include <jixiao/io/file_check.hpp>
#include <jixiao/version.hpp>

#include <filesystem>
#include <string>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace render {

/// @brief The summary's rows, the header first: 文件, 结果 (无问题 / 有发现 / 无法读取), 项目,
/// 单位, 报告总分, 重算总分, 报告等级, 重算等级, 错误, 警告, 提示, 发现 ("JX-C102×3；JX-C202×1"),
/// 说明 (an unreadable file's error).
std::vector<std::vector<std::string>> audit_rows(const std::vector<io::FileCheck>& files);

/// @brief The summary as CSV (RFC 4180, CRLF, UTF-8 with a byte order mark for Excel).
std::string audit_csv(const std::vector<io::FileCheck>& files);

/// @brief The summary as JSON, `jixiao.audit/1`: `files`, one object per file (`file`,
/// `outcome` clean / findings / unreadable, `title`, `unit`, `printed_total` and `total` as
/// exact numbers, `printed_grade`, `grade`; a read file's `errors`, `warnings`, `notes` and
/// `findings` by class, an unreadable one's `error`), and `counts` of each outcome. Members
/// with no value are left out.
/// @code
/// {"format": "jixiao.audit/1", "files": [{"file": "a/t.csv", "outcome": "findings",
///   "total": 88.26, "grade": "良", "errors": 2, "warnings": 0, "notes": 0,
///   "findings": {"JX-C103": 1, "JX-C201": 1}}], "counts": {"clean": 0, "findings": 1, "unreadable": 0}}
/// @endcode
std::string audit_json(const std::vector<io::FileCheck>& files);

/// @brief The summary as aligned text for a terminal, with a last line of counts.
std::string audit_text(const std::vector<io::FileCheck>& files);

/// @brief Writes the summary as an .xlsx workbook (one sheet, 汇总) to `file`.
/// @throws std::runtime_error if the workbook cannot be written.
void audit_xlsx(const std::vector<io::FileCheck>& files, const std::filesystem::path& file);

}  // namespace render
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_RENDER_AUDIT_SUMMARY_HPP
