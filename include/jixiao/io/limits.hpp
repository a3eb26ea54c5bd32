/// @file io/limits.hpp
/// @brief The limits that keep hostile input bounded: beyond them the readers refuse the
///        input with InputError 709 (`limit_exceeded`) instead of spending unbounded time or
///        memory on it. See docs/reliability.md.
#ifndef JIXIAO_IO_LIMITS_HPP
#define JIXIAO_IO_LIMITS_HPP

#include <jixiao/version.hpp>

#include <cstddef>

JIXIAO_BEGIN_NAMESPACE
namespace io {

/// The largest file, standard input or text a reader takes, in bytes (256 MiB).
inline constexpr std::size_t max_document_bytes = std::size_t{256} << 20;

/// The largest single JSON string (a title, a name, a fact), in bytes (1 MiB).
inline constexpr std::size_t max_text_bytes = std::size_t{1} << 20;

/// The deepest nesting of JSON arrays and objects (64 levels).
inline constexpr std::size_t max_nesting = 64;

/// The largest part of a workbook (a sheet's XML, the shared strings) once unpacked, in bytes
/// (64 MiB): a zip bomb is refused before it is unpacked.
inline constexpr std::size_t max_workbook_part_bytes = std::size_t{64} << 20;

/// The most cells a table may span, blanks between filled cells included (2^20): a sheet
/// that names cell XFD1048576 is refused instead of filling memory.
inline constexpr std::size_t max_table_cells = std::size_t{1} << 20;

}  // namespace io
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_IO_LIMITS_HPP
