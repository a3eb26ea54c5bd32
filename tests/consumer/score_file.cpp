// Uses the installed jixiao::io the way a budget system would: read an evaluation file and a
// score table, score both, print the 评分表 total and grade.
#include <jixiao/io/evaluation_file.hpp>
#include <jixiao/io/score_table.hpp>
#include <jixiao/render/text_report.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: score_file EVALUATION.json TABLE.csv\n";
    return 2;
  }
  try {
    const auto file = jixiao::io::read_evaluation_file(argv[1]);
    const auto table = jixiao::io::read_score_table(argv[2]);
    const auto from_file = jixiao::evaluate(file.framework, file.evaluation);
    const auto from_table = jixiao::evaluate(table.framework, table.evaluation);
    std::cout << "file: " << from_file.total << ' ' << from_file.rating.label << "; table: "
              << from_table.total << ' ' << from_table.rating.label << '\n';
    return from_file.total == from_table.total ? 0 : 1;
  } catch (const jixiao::Error& e) {
    std::cerr << e.what() << '\n';
    return 2;
  }
}
