// `jixiao batch`: streams a JSON Lines file through a PreparedFramework in chunks of lines,
// one chunk per thread at a time, writing results in input order. Memory is a few chunks,
// whatever the size of the input.
#include "batch_command.hpp"

#include "output.hpp"

#include <jixiao/batch_summary.hpp>
#include <jixiao/format.hpp>
#include <jixiao/io/batch_reader.hpp>
#include <jixiao/io/input_error.hpp>
#include <jixiao/prepared_framework.hpp>

#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace jixiao_cli {

namespace {

constexpr std::size_t chunk_bytes = std::size_t{4} << 20;  // lines are cut into 4 MiB chunks

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      static const char hex[] = "0123456789abcdef";
      out += "\\u00";
      out += hex[byte >> 4];
      out += hex[byte & 15];
    } else {
      out += c;
    }
  }
  out += '"';
}

void append_csv_field(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// What a worker keeps from chunk to chunk: its reader, row, result and summary.
struct Worker {
  Worker(const jixiao::PreparedFramework& prepared, const std::string& source)
      : reader(prepared, source),
        row(prepared.make_row()),
        result(prepared.make_result()),
        summary(prepared) {}
  jixiao::io::BatchLineReader reader;
  jixiao::InputRow row;
  jixiao::RowScore result;
  jixiao::BatchSummary summary;
};

// A piece of the input: whole lines, and what scoring them produced.
struct Chunk {
  std::string text;
  std::size_t first_line = 1;
  std::string results;
  std::string errors;
  std::size_t failed = 0;
};

class Batch {
 public:
  Batch(const BatchOptions& options, const jixiao::PreparedFramework& prepared)
      : options_(options), prepared_(prepared) {
    for (std::size_t i = 0; i < prepared.nodes().size(); ++i) {
      if (prepared.nodes()[i].depth == 1) categories_.push_back(i);
    }
  }

  std::string header() const {
    if (options_.format != "csv") return {};
    std::string out = "line,id,total,grade";
    for (const std::size_t i : categories_) {
      out += ',';
      const jixiao::Indicator& category = *prepared_.nodes()[i].indicator;
      append_csv_field(out, category.code + " " + category.name);
    }
    return out + ",error\n";
  }

  void process(Chunk& chunk, Worker& worker) const {
    std::size_t number = chunk.first_line;
    std::size_t begin = 0;
    const std::string& text = chunk.text;
    while (begin < text.size()) {
      std::size_t end = text.find('\n', begin);
      if (end == std::string::npos) end = text.size();
      std::string_view line(text.data() + begin, end - begin);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.find_first_not_of(" \t") != std::string_view::npos)
        score_line(line, number, chunk, worker);
      begin = end + 1;
      ++number;
    }
  }

 private:
  void score_line(std::string_view line, std::size_t number, Chunk& chunk, Worker& worker) const {
    std::string error;
    try {
      worker.reader.read(line, number, worker.row);
      prepared_.score(worker.row, worker.result);
      worker.summary.add(worker.result);
      write_result(number, worker.reader.id(), worker.result, chunk.results);
      return;
    } catch (const jixiao::ProblemsError& e) {
      for (const jixiao::Problem& problem : e.problems()) {
        chunk.errors += options_.input + ":" + std::to_string(number) + ": [jixiao." +
                        (dynamic_cast<const jixiao::ScoringError*>(&e) ? "invalid_facts."
                                                                       : "invalid_framework.") +
                        std::to_string(static_cast<int>(problem.code)) + "] " + problem.message +
                        "\n";
        error += (error.empty() ? "" : "; ") + problem.message;
      }
    } catch (const jixiao::Error& e) {
      chunk.errors += std::string(e.what()) + "\n";
      error = e.what();
    }
    worker.summary.add_failure();
    ++chunk.failed;
    write_error(number, worker.reader.id(), error, chunk.results);
  }

  void write_result(std::size_t number, std::string_view id, const jixiao::RowScore& result,
                    std::string& out) const {
    if (options_.format == "csv") {
      out += std::to_string(number) + ",";
      append_csv_field(out, id);
      out += "," + result.total.to_string() + "," + (result.grade ? result.grade->label : "");
      for (const std::size_t i : categories_) out += "," + result.scores[i].to_string();
      out += ",\n";
      return;
    }
    out += "{\"line\":" + std::to_string(number);
    if (!id.empty()) {
      out += ",\"id\":";
      append_json_string(out, id);
    }
    out += ",\"total\":" + result.total.to_string() + ",\"grade\":";
    if (result.grade) {
      append_json_string(out, result.grade->label);
    } else {
      out += "null";
    }
    out += ",\"scores\":{";
    for (std::size_t k = 0; k < categories_.size(); ++k) {
      if (k) out += ',';
      append_json_string(out, prepared_.nodes()[categories_[k]].indicator->code);
      out += ':' + result.scores[categories_[k]].to_string();
    }
    out += "}}\n";
  }

  void write_error(std::size_t number, std::string_view id, const std::string& error,
                   std::string& out) const {
    if (options_.format == "csv") {
      out += std::to_string(number) + ",";
      append_csv_field(out, id);
      out += ",,";
      for (std::size_t k = 0; k < categories_.size(); ++k) out += ',';
      out += ',';
      append_csv_field(out, error);
      out += '\n';
      return;
    }
    out += "{\"line\":" + std::to_string(number);
    if (!id.empty()) {
      out += ",\"id\":";
      append_json_string(out, id);
    }
    out += ",\"error\":";
    append_json_string(out, error);
    out += "}\n";
  }

  const BatchOptions& options_;
  const jixiao::PreparedFramework& prepared_;
  std::vector<std::size_t> categories_;
};

std::string grouped(std::uint64_t n) {
  return jixiao::format(
      jixiao::Decimal(static_cast<std::int64_t>(n)),
      jixiao::FixedFormat{0, jixiao::Rounding::half_up, jixiao::Notation::plain, true});
}

std::string points(const jixiao::Ratio& value) {
  return jixiao::format(value, jixiao::FixedFormat{});
}

void print_summary(const jixiao::PreparedFramework& prepared, const jixiao::BatchSummary& summary,
                   std::size_t top, std::ostream& out) {
  const std::uint64_t lines = summary.count() + summary.failures();
  out << "批量评分 batch: " << grouped(lines) << " 行 lines, " << grouped(summary.count())
      << " 已评分 scored, " << grouped(summary.failures()) << " 出错 failed\n";
  if (summary.count() == 0) return;
  out << "总分 total: 平均 mean " << points(*summary.mean()) << ", 中位数 median "
      << points(*summary.median()) << ", 最低 min " << points(*summary.min()) << ", 最高 max "
      << points(*summary.max()) << "\n";
  out << "等级 grades:";
  const auto& bands = prepared.framework().grades.bands();
  jixiao::FixedFormat percent;
  percent.notation = jixiao::Notation::percent;
  const jixiao::Decimal count(static_cast<std::int64_t>(summary.count()));
  for (std::size_t i = 0; i < bands.size(); ++i) {
    const jixiao::Decimal n(static_cast<std::int64_t>(summary.grade_counts()[i]));
    out << (i ? ", " : " ") << bands[i].label << " " << grouped(summary.grade_counts()[i]) << " ("
        << jixiao::format(jixiao::Ratio(n, count), percent) << ")";
  }
  if (summary.not_ratable() > 0) out << ", 无法评级 not ratable " << grouped(summary.not_ratable());
  out << "\n";
  const auto most = summary.most_lost(top);
  if (most.empty()) return;
  out << "失分最多的指标 indicators losing most points:\n";
  for (const auto& [node, lost] : most) {
    const jixiao::Indicator& leaf = *prepared.nodes()[node].indicator;
    out << "  " << leaf.code << " " << leaf.name << "  失分 lost "
        << jixiao::format(lost, jixiao::FixedFormat{2, jixiao::Rounding::half_up,
                                                    jixiao::Notation::plain, true})
        << "，平均 mean " << points(jixiao::Ratio(lost, count)) << " / " << points(leaf.points)
        << "\n";
  }
}

// Reads the next piece of whole lines (the last may lack its newline at the end of input).
bool next_chunk(std::FILE* in, std::string& carry, Chunk& chunk, std::size_t& next_line) {
  chunk.text.swap(carry);
  carry.clear();
  bool eof = false;
  while (chunk.text.size() < chunk_bytes && !eof) {
    const std::size_t had = chunk.text.size();
    chunk.text.resize(had + chunk_bytes);
    const std::size_t got = std::fread(&chunk.text[had], 1, chunk_bytes, in);
    chunk.text.resize(had + got);
    if (got == 0) eof = true;
  }
  if (std::ferror(in)) throw std::runtime_error("cannot read the input");
  if (!eof) {
    const std::size_t cut = chunk.text.rfind('\n');
    if (cut != std::string::npos) {
      carry.assign(chunk.text, cut + 1, std::string::npos);
      chunk.text.resize(cut + 1);
    }
  }
  chunk.first_line = next_line;
  next_line += static_cast<std::size_t>(std::count(chunk.text.begin(), chunk.text.end(), '\n'));
  chunk.results.clear();
  chunk.errors.clear();
  chunk.failed = 0;
  return !chunk.text.empty();
}

class Progress {
 public:
  Progress(bool wanted, const std::string& input) {
    struct stat info {};
    if (wanted && input != "-" && ::isatty(STDERR_FILENO) && ::stat(input.c_str(), &info) == 0 &&
        S_ISREG(info.st_mode)) {
      total_ = static_cast<std::uint64_t>(info.st_size);
    }
  }
  void update(std::uint64_t bytes, std::uint64_t lines) {
    if (total_ == 0) return;
    const std::uint64_t percent = total_ ? bytes * 100 / total_ : 100;
    const std::size_t filled = static_cast<std::size_t>(percent / 5);
    std::cerr << "\r[" << std::string(filled, '#')
              << std::string(20 - std::min<std::size_t>(filled, 20), ' ') << "] " << percent
              << "%  " << grouped(lines) << " lines" << std::flush;
  }
  void finish() {
    if (total_ != 0) std::cerr << "\r" << std::string(60, ' ') << "\r" << std::flush;
  }

 private:
  std::uint64_t total_ = 0;
};

}  // namespace

int run_batch(const BatchOptions& options) {
  const jixiao::PreparedFramework prepared(jixiao::io::read_framework_of(options.framework));
  std::FILE* in = options.input == "-" ? stdin : std::fopen(options.input.c_str(), "rb");
  if (!in) {
    std::cerr << "[jixiao.input_error.706] " << options.input << ": cannot be read ("
              << std::strerror(errno) << ")\n";
    return 2;
  }
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(
      in == stdin ? nullptr : in, [](std::FILE* f) { return std::fclose(f); });

  const unsigned threads = std::max(1u, options.threads);
  const Batch batch(options, prepared);
  std::vector<std::unique_ptr<Worker>> workers;
  for (unsigned t = 0; t < threads; ++t)
    workers.push_back(std::make_unique<Worker>(prepared, options.input));
  std::vector<Chunk> chunks(threads);
  Progress progress(options.progress, options.input);

  const auto stream = [&](std::FILE* out) {
    const std::string header = batch.header();
    std::fwrite(header.data(), 1, header.size(), out);
    std::string carry;
    std::size_t next_line = 1;
    std::uint64_t bytes = 0;
    for (;;) {
      std::size_t used = 0;
      while (used < threads && next_chunk(in, carry, chunks[used], next_line)) ++used;
      if (used == 0) break;
      std::vector<std::thread> running;
      std::vector<std::exception_ptr> failures(used);
      for (std::size_t k = 1; k < used; ++k) {
        running.emplace_back([&, k] {
          try {
            batch.process(chunks[k], *workers[k]);
          } catch (...) {
            failures[k] = std::current_exception();
          }
        });
      }
      try {
        batch.process(chunks[0], *workers[0]);
      } catch (...) {
        failures[0] = std::current_exception();
      }
      for (std::thread& t : running) t.join();
      for (std::size_t k = 0; k < used; ++k) {
        if (failures[k]) std::rethrow_exception(failures[k]);
        std::cerr << chunks[k].errors;
        if (options.fail_fast && chunks[k].failed > 0) {
          throw std::runtime_error(
              "stopped at the first line that could not be scored "
              "(--fail-fast): nothing written");
        }
        std::fwrite(chunks[k].results.data(), 1, chunks[k].results.size(), out);
        bytes += chunks[k].text.size();
      }
      std::uint64_t lines = 0;
      for (const auto& w : workers) lines += w->summary.count() + w->summary.failures();
      progress.update(bytes, lines);
    }
    if (std::fflush(out) != 0 || std::ferror(out))
      throw std::runtime_error("cannot write the results");
  };

  try {
    if (options.output == "-") {
      stream(stdout);
    } else {
      write_atomically(options.output, [&](const std::filesystem::path& target) {
        std::FILE* out = std::fopen(target.c_str(), "wb");
        if (!out) throw std::runtime_error("cannot write " + target.string());
        try {
          stream(out);
        } catch (...) {
          std::fclose(out);
          throw;
        }
        if (std::fclose(out) != 0) throw std::runtime_error("cannot write " + target.string());
      });
    }
  } catch (const std::exception& e) {
    progress.finish();
    std::cerr << "jixiao batch: " << e.what() << "\n";
    return 2;
  }
  progress.finish();

  jixiao::BatchSummary summary(prepared);
  for (const auto& w : workers) summary.merge(w->summary);
  print_summary(prepared, summary, options.top, options.output == "-" ? std::cerr : std::cout);
  return summary.failures() == 0 ? 0 : 1;
}

}  // namespace jixiao_cli
