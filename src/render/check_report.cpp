// The findings of check() in every output format (render/check_report.hpp).
#include <jixiao/version.hpp>
#include "../io/json_writer.hpp"
#include "report_text.hpp"

#include <jixiao/render/check_report.hpp>

#include <sstream>

JIXIAO_BEGIN_NAMESPACE
namespace render {

namespace {

std::string summary_zh(const CheckReport& report) {
  return "错误 " + std::to_string(report.count(Severity::error)) + " 项，警告 " +
         std::to_string(report.count(Severity::warning)) + " 项，提示 " +
         std::to_string(report.count(Severity::note)) + " 项；按事实重算总分 " +
         detail::points(report.card.total) + "，等级 " + detail::grade(report.card.rating);
}

// Target-setting findings (JX-T…) are about what the framework sets, not what a report printed.
bool is_setting(const Finding& f) { return f.id.rfind("JX-T", 0) == 0; }

std::string heading(const std::string& title) {
  return (title.empty() ? std::string("绩效评价报告") : title) + " 复核";
}

}  // namespace

std::string check_text(const CheckReport& report, const std::string& title) {
  std::ostringstream out;
  out << heading(title) << "\n" << summary_zh(report) << "\n";
  for (const Finding& f : report.findings) {
    out << "\n" << f.id << " " << name(f.severity) << "  " << f.subject;
    if (!f.where.empty()) out << "（" << f.where << "）";
    if (!f.location.empty()) out << "  " << f.location;
    out << "\n";
    // A finding may have only one side (a note on a printed number there is nothing to compare
    // with, a score counted twice); an empty half is left out rather than printed blank.
    if (!f.printed.empty() || !f.expected.empty()) {
      out << " ";
      if (!f.printed.empty())
        out << (is_setting(f) ? " 设置 set: " : " 报告 printed: ") << f.printed;
      if (!f.printed.empty() && !f.expected.empty()) out << "   ";
      if (!f.expected.empty())
        out << (is_setting(f) ? " 应为 expected: " : " 应为 computed: ") << f.expected;
      out << "\n";
    }
    out << "  " << f.message_zh << "\n  " << f.message_en << "\n";
    if (!f.trace.empty()) out << "  计算 trace: " << f.trace << "\n";
    for (const std::string& c : f.consequences) out << "  连带 follows: " << c << "\n";
  }
  if (report.findings.empty()) out << "\n未发现不一致。No inconsistencies found.\n";
  return out.str();
}

std::string check_json(const CheckReport& report, const std::string& title) {
  io::detail::JsonWriter json;
  json.begin_object();
  json.key("format");
  json.value("jixiao.check/1");
  json.key("title");
  json.value(title);
  json.key("summary");
  json.begin_object();
  json.key("errors");
  json.value(static_cast<int>(report.count(Severity::error)));
  json.key("warnings");
  json.value(static_cast<int>(report.count(Severity::warning)));
  json.key("notes");
  json.value(static_cast<int>(report.count(Severity::note)));
  json.key("total");
  json.value(report.card.total);
  json.key("grade");
  json.value(report.card.rating.is_rated() ? report.card.rating.label : std::string());
  json.end_object();
  json.key("findings");
  json.begin_array();
  for (const Finding& f : report.findings) {
    json.begin_object();
    json.key("id");
    json.value(f.id);
    json.key("severity");
    json.value(name(f.severity));
    json.key("subject");
    json.value(f.subject);
    json.key("indicator");
    json.value(f.indicator);
    json.key("where");
    json.value(f.where);
    json.key("location");
    json.value(f.location);
    json.key("printed");
    json.value(f.printed);
    json.key("expected");
    json.value(f.expected);
    json.key("message_zh");
    json.value(f.message_zh);
    json.key("message_en");
    json.value(f.message_en);
    json.key("trace");
    json.value(f.trace);
    json.key("consequences");
    json.begin_array();
    for (const std::string& c : f.consequences) json.value(c);
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.finish();
}

std::string check_csv(const CheckReport& report) {
  std::string out = "\xEF\xBB\xBF";
  detail::csv_row(out, {"编号", "级别", "对象", "出处", "位置", "报告值", "应为", "说明",
                        "description", "计算过程", "连带"});
  for (const Finding& f : report.findings) {
    std::string consequences;
    for (const std::string& c : f.consequences)
      consequences += (consequences.empty() ? "" : "；") + c;
    detail::csv_row(out,
                    {f.id, std::string(name(f.severity)), f.subject, f.where, f.location, f.printed,
                     f.expected, f.message_zh, f.message_en, f.trace, consequences});
  }
  return out;
}

std::string check_markdown(const CheckReport& report, const std::string& title) {
  const auto cell = [](const std::string& text) {
    std::string out;
    for (const char c : text) {
      if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '\\')
        out += '\\';
      out += c == '\n' ? ' ' : c;
    }
    return out;
  };
  std::ostringstream out;
  out << "# " << cell(heading(title)) << "\n\n" << cell(summary_zh(report)) << "\n";
  for (const Finding& f : report.findings) {
    out << "\n## " << f.id << " " << name(f.severity) << "：" << cell(f.subject) << "\n\n";
    if (!f.where.empty()) out << "- 出处：" << cell(f.where) << "\n";
    if (!f.location.empty()) out << "- 位置：" << cell(f.location) << "\n";
    if (!f.printed.empty() || !f.expected.empty())
      out << (is_setting(f) ? "- 设置 " : "- 报告值 ") << cell(f.printed) << "，应为 "
          << cell(f.expected) << "\n";
    out << "- " << cell(f.message_zh) << "\n- " << cell(f.message_en) << "\n";
    if (!f.trace.empty()) out << "- 计算：" << cell(f.trace) << "\n";
    for (const std::string& c : f.consequences) out << "- 连带：" << cell(c) << "\n";
  }
  if (report.findings.empty()) out << "\n未发现不一致。No inconsistencies found.\n";
  return out.str();
}

std::string check_html(const CheckReport& report, const std::string& title) {
  using detail::html_escape;
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << html_escape(heading(title)) << "</title>\n<style>\n"
      << "body { font-family: \"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", "
         "sans-serif; margin: 2em auto; max-width: 60em; color: #222; }\n"
      << "table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #bbb; "
         "padding: .3em .5em; vertical-align: top; text-align: left; }\n"
      << ".error { color: #a00; } .warning { color: #a60; } .note { color: #555; }\n"
      << ".en { color: #555; font-size: .9em; }\n</style>\n</head>\n<body>\n";
  out << "<h1>" << html_escape(heading(title)) << "</h1>\n<p>" << html_escape(summary_zh(report))
      << "</p>\n";
  if (report.findings.empty()) {
    out << "<p>未发现不一致。No inconsistencies found.</p>\n";
  } else {
    out << "<table>\n<thead><tr><th>编号</th><th>对象</th><th>报告值</th><th>应为</th>"
           "<th>说明</th></tr></thead>\n<tbody>\n";
    for (const Finding& f : report.findings) {
      const std::string severity(name(f.severity));
      out << "<tr><td class=\"" << severity << "\">" << f.id << "<br>" << severity << "</td><td>"
          << html_escape(f.subject);
      if (!f.where.empty()) out << "<br>" << html_escape(f.where);
      out << "</td><td>" << html_escape(f.printed) << "</td><td>" << html_escape(f.expected)
          << "</td><td>" << html_escape(f.message_zh) << "<div class=\"en\">"
          << html_escape(f.message_en) << "</div>";
      if (!f.trace.empty()) out << "<div>计算：" << html_escape(f.trace) << "</div>";
      for (const std::string& c : f.consequences)
        out << "<div>连带：" << html_escape(c) << "</div>";
      out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
  }
  out << "</body>\n</html>\n";
  return out.str();
}

}  // namespace render
JIXIAO_END_NAMESPACE
