// The summary of a folder's audit (render/audit_summary.hpp).
#include <jixiao/version.hpp>
#include "../io/json_writer.hpp"
#include "report_text.hpp"
#include "xlsx_workbook.hpp"

#include <jixiao/render/audit_summary.hpp>

#include <stdexcept>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

const char* outcome_name(io::FileCheck::Outcome outcome) {
  switch (outcome) {
    case io::FileCheck::Outcome::clean:
      return "无问题";
    case io::FileCheck::Outcome::findings:
      return "有发现";
    case io::FileCheck::Outcome::unreadable:
      break;
  }
  return "无法读取";
}

std::string number(const std::optional<Decimal>& value) {
  return value ? value->to_string() : std::string();
}

std::string classes(const io::FileCheck& file) {
  std::string text;
  for (const auto& [id, count] : file.findings)
    text += (text.empty() ? "" : "；") + id + "×" + std::to_string(count);
  return text;
}

}  // namespace

std::vector<std::vector<std::string>> audit_rows(const std::vector<io::FileCheck>& files) {
  std::vector<std::vector<std::string>> rows{{"文件", "结果", "项目", "单位", "报告总分",
                                              "重算总分", "报告等级", "重算等级", "错误", "警告",
                                              "提示", "发现", "说明"}};
  for (const io::FileCheck& file : files) {
    const bool read = file.outcome != io::FileCheck::Outcome::unreadable;
    rows.push_back({file.file, outcome_name(file.outcome), file.title, file.unit,
                    number(file.printed_total),
                    read && file.total ? file.total->round(2, Rounding::half_up).to_string() : "",
                    file.printed_grade, file.grade, read ? std::to_string(file.errors) : "",
                    read ? std::to_string(file.warnings) : "",
                    read ? std::to_string(file.notes) : "", classes(file), file.error});
  }
  return rows;
}

std::string audit_json(const std::vector<io::FileCheck>& files) {
  io::detail::JsonWriter json;
  const auto text = [&](std::string_view key, const std::string& value) {
    if (value.empty()) return;
    json.key(key);
    json.value(value);
  };
  const auto number = [&](std::string_view key, const std::optional<Decimal>& value) {
    if (!value) return;
    json.key(key);
    json.value(*value);
  };
  const auto count = [&](std::string_view key, std::size_t value) {
    json.key(key);
    json.value(static_cast<int>(value));
  };
  std::size_t outcomes[3] = {0, 0, 0};
  json.begin_object();
  json.key("format");
  json.value("jixiao.audit/1");
  json.key("files");
  json.begin_array();
  for (const io::FileCheck& file : files) {
    ++outcomes[static_cast<std::size_t>(file.outcome)];
    json.begin_object();
    text("file", file.file);
    json.key("outcome");
    json.value(file.outcome == io::FileCheck::Outcome::clean      ? "clean"
               : file.outcome == io::FileCheck::Outcome::findings ? "findings"
                                                                  : "unreadable");
    text("title", file.title);
    text("unit", file.unit);
    number("printed_total", file.printed_total);
    number("total", file.total);
    text("printed_grade", file.printed_grade);
    text("grade", file.grade);
    if (file.outcome == io::FileCheck::Outcome::unreadable) {
      text("error", file.error);
    } else {
      count("errors", file.errors);
      count("warnings", file.warnings);
      count("notes", file.notes);
      json.key("findings");
      json.begin_object();
      for (const auto& [id, n] : file.findings) count(id, n);
      json.end_object();
    }
    json.end_object();
  }
  json.end_array();
  json.key("counts");
  json.begin_object();
  count("clean", outcomes[0]);
  count("findings", outcomes[1]);
  count("unreadable", outcomes[2]);
  json.end_object();
  json.end_object();
  return json.finish();
}

std::string audit_csv(const std::vector<io::FileCheck>& files) {
  std::string out = "\xEF\xBB\xBF";
  for (const std::vector<std::string>& row : audit_rows(files)) detail::csv_row(out, row);
  return out;
}

std::string audit_text(const std::vector<io::FileCheck>& files) {
  std::string out;
  std::size_t counts[3] = {0, 0, 0};
  for (const io::FileCheck& file : files) {
    ++counts[static_cast<std::size_t>(file.outcome)];
    out += std::string(outcome_name(file.outcome)) + "  " + file.file;
    if (file.outcome == io::FileCheck::Outcome::unreadable) {
      out += "\n    " + file.error + "\n";
      continue;
    }
    out += "  " + file.title + (file.unit.empty() ? "" : "（" + file.unit + "）") + "\n    总分 " +
           (file.printed_total ? file.printed_total->to_string() : std::string("未列")) +
           "，重算 " +
           number(file.total ? std::optional<Decimal>(file.total->round(2, Rounding::half_up))
                             : std::nullopt) +
           "；等级 " + (file.printed_grade.empty() ? std::string("未列") : file.printed_grade) +
           "，重算 " + (file.grade.empty() ? std::string("无") : file.grade) + "；错误 " +
           std::to_string(file.errors) + " 项，警告 " + std::to_string(file.warnings) +
           " 项，提示 " + std::to_string(file.notes) + " 项" +
           (file.findings.empty() ? "" : "：" + classes(file)) + "\n";
  }
  out += std::to_string(files.size()) + " 个文件：无问题 " + std::to_string(counts[0]) +
         "，有发现 " + std::to_string(counts[1]) + "，无法读取 " + std::to_string(counts[2]) + "\n";
  return out;
}

void audit_xlsx(const std::vector<io::FileCheck>& files, const std::filesystem::path& file) {
  detail::XlsxWorkbook workbook(file);
  lxw_worksheet* sheet = workbook.add_sheet("汇总");
  lxw_format* header = workbook.format([](lxw_format* f) {
    format_set_bold(f);
    format_set_bg_color(f, 0xDDEBF7);
  });
  const std::vector<std::vector<std::string>> rows = audit_rows(files);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (rows[r][c].empty()) continue;
      worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c),
                             rows[r][c].c_str(), r == 0 ? header : nullptr);
    }
  }
  worksheet_set_column(sheet, 0, 0, 40, nullptr);
  worksheet_set_column(sheet, 2, 3, 24, nullptr);
  worksheet_freeze_panes(sheet, 1, 0);
  workbook.close();
}

}  // namespace render
JIXIAO_END_NAMESPACE
