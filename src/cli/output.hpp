// Internal to the `jixiao` command: writing results to files or stdout, all or nothing.
#ifndef JIXIAO_SRC_CLI_OUTPUT_HPP
#define JIXIAO_SRC_CLI_OUTPUT_HPP

#include <filesystem>
#include <functional>
#include <string>

namespace jixiao_cli {

// Produces `path` completely or not at all: `write` fills a temporary file next to it, which
// is renamed into place only once everything was written. "-" streams the result to stdout.
void write_atomically(const std::filesystem::path& path,
                      const std::function<void(const std::filesystem::path&)>& write);

// Writes `content` to `file` (a plain write; use write_output for a command's result).
void write_text(const std::filesystem::path& file, const std::string& content);

// Writes `content` to `output` ("-": stdout) atomically.
void write_output(const std::string& output, const std::string& content);

}  // namespace jixiao_cli

#endif  // JIXIAO_SRC_CLI_OUTPUT_HPP
