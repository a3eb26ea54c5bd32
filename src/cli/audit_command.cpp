// `jixiao check DIR… | FILES…` (audit_command.hpp).
#include "audit_command.hpp"

#include "output.hpp"

#include <jixiao/io/file_check.hpp>
#include <jixiao/io/workbook.hpp>
#include <jixiao/render/audit_summary.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace jixiao_cli {

int run_audit(const AuditOptions& options) {
  std::vector<std::filesystem::path> inputs(options.inputs.begin(), options.inputs.end());
  const std::vector<std::filesystem::path> files = jixiao::io::audit_files(inputs);
  if (files.empty()) {
    std::cerr << "jixiao check: no evaluation or score table (.json, .csv, .xlsx, .xls, .docx) "
                 "under the folders given\n";
    return 2;
  }
  const bool bar = options.progress && ::isatty(STDERR_FILENO) != 0;
  std::vector<jixiao::io::FileCheck> results;
  results.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (bar) {
      const std::size_t filled = (i * 20) / files.size();
      std::cerr << "\r[" << std::string(filled, '#') << std::string(20 - filled, ' ') << "] " << i
                << "/" << files.size() << std::flush;
    }
    results.push_back(jixiao::io::check_file(files[i], options.table, options.fail_on));
  }
  if (bar) std::cerr << "\r" << std::string(40, ' ') << "\r" << std::flush;
  for (const jixiao::io::FileCheck& result : results) {
    if (result.outcome == jixiao::io::FileCheck::Outcome::unreadable)
      std::cerr << result.error << "\n";
  }
  std::cout << (options.format == "csv"    ? jixiao::render::audit_csv(results)
                : options.format == "json" ? jixiao::render::audit_json(results)
                                           : jixiao::render::audit_text(results));
  if (!options.summary.empty()) {
    if (jixiao::io::has_extension(options.summary, ".xlsx")) {
      write_atomically(options.summary, [&](const std::filesystem::path& target) {
        jixiao::render::audit_xlsx(results, target);
      });
    } else {
      write_output(options.summary, jixiao::render::audit_csv(results));
    }
  }
  const auto has = [&](jixiao::io::FileCheck::Outcome outcome) {
    return std::any_of(results.begin(), results.end(),
                       [&](const jixiao::io::FileCheck& r) { return r.outcome == outcome; });
  };
  if (has(jixiao::io::FileCheck::Outcome::unreadable)) return 2;
  return has(jixiao::io::FileCheck::Outcome::findings) ? 1 : 0;
}

}  // namespace jixiao_cli
