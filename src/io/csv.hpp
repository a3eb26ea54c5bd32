// Internal: an RFC 4180 CSV tokenizer that remembers where each field starts, for readers
// whose errors name the line and column of a cell.
#ifndef JIXIAO_SRC_IO_CSV_HPP
#define JIXIAO_SRC_IO_CSV_HPP

#include <jixiao/io/grid.hpp>
#include <jixiao/io/input_error.hpp>
#include <jixiao/version.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// A field: its text unquoted (with "" turned into "), the 1-based line it starts on and its
// 1-based column in characters.
using CsvField = GridCell;
using CsvRecord = GridRow;

// Splits `text` into records (RFC 4180): fields separated by commas, optionally quoted with
// '"' (a quote inside doubled); quoted fields may hold commas and line breaks. Lines end in
// CRLF, LF or CR; a leading byte order mark is skipped. Throws InputError 711 for text that
// is not UTF-8, an unterminated quoted field, a quote inside an unquoted field or text after
// a closing quote; located in `file`.
std::vector<CsvRecord> parse_csv(std::string_view text, const std::string& file);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_CSV_HPP
