// Writes N synthetic evaluations on the seed framework as JSON Lines, reproducibly:
//
//   generate_evaluations ROWS [--seed S] [--broken-every M] [--first I]
//
// Line i is row i of seed S (tests/bench/seed_rows.hpp). With --broken-every M, every M-th
// line is broken in one of seven ways (cut short, not an object, a missing fact, a zero
// denominator, an unknown level, a score outside its band, a blank fact), so that a batch's
// per-line errors can be checked. Score the file with
//   jixiao batch --framework examples/data/changji-2023.json FILE
#include "seed_rows.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

namespace {

std::string broken(std::string line, std::uint64_t kind) {
  const auto replace = [&](const std::string& from, const std::string& to) {
    const std::size_t at = line.find(from);
    if (at != std::string::npos) line.replace(at, from.size(), to);
  };
  switch (kind % 7) {
    case 0:
      return line.substr(0, line.size() / 2);  // cut short: not JSON
    case 1:
      return "[" + line + "]";  // not an object
    case 2:
      replace(",\"预算资金\":", ",\"预算资金x\":");  // 2.1.1 misses 预算资金
      return line;
    case 3: {
      const std::size_t at = line.find("\"实际到位资金\":");  // 2.1.1: zero denominator…
      const std::size_t end = line.find(',', at);
      line.replace(at, end - at, "\"实际到位资金\":0");
      replace("\"预算资金\":", "\"预算资金\":0,\"x\":");
      return line;
    }
    case 4:
      replace("\"等级\":\"达成\"", "\"等级\":\"优秀\"");  // not a level
      replace("\"等级\":\"部分达成\"", "\"等级\":\"优秀\"");
      return line;
    case 5: {
      const std::size_t leaf = line.find("\"1.1.1\":{");  // 1.1.1 gets 9 of its 5 points
      const std::size_t score = line.find("\"得分\":", leaf) + std::strlen("\"得分\":");
      line.replace(score, line.find('}', score) - score, "9");
      return line;
    }
    default:
      replace("\"违规情况\":", "\"违规情况\":null,\"x\":");  // a blank
      return line;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: generate_evaluations ROWS [--seed S] [--broken-every M] [--first I]\n";
    return 2;
  }
  const std::uint64_t rows = std::strtoull(argv[1], nullptr, 10);
  std::uint64_t seed = 2023;
  std::uint64_t broken_every = 0;
  std::uint64_t first = 0;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::uint64_t value = std::strtoull(argv[i + 1], nullptr, 10);
    if (std::strcmp(argv[i], "--seed") == 0) {
      seed = value;
    } else if (std::strcmp(argv[i], "--broken-every") == 0) {
      broken_every = value;
    } else if (std::strcmp(argv[i], "--first") == 0) {
      first = value;
    } else {
      std::cerr << "generate_evaluations: unknown option " << argv[i] << "\n";
      return 2;
    }
  }
  std::string buffer;
  for (std::uint64_t i = first; i < first + rows; ++i) {
    std::string line = seed_rows::json_line(seed_rows::make_row(seed, i), i);
    if (broken_every != 0 && i % broken_every == broken_every - 1) {
      line = broken(std::move(line), i / broken_every);
    }
    buffer += line;
    buffer += '\n';
    if (buffer.size() > (1u << 20)) {
      std::fwrite(buffer.data(), 1, buffer.size(), stdout);
      buffer.clear();
    }
  }
  std::fwrite(buffer.data(), 1, buffer.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
