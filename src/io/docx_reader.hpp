// Internal: reading the tables of a Word document (.docx) into grids.
#ifndef JIXIAO_SRC_IO_DOCX_READER_HPP
#define JIXIAO_SRC_IO_DOCX_READER_HPP

#include "office_package.hpp"

#include <jixiao/io/grid.hpp>
#include <jixiao/version.hpp>

#include <vector>

JIXIAO_BEGIN_NAMESPACE
namespace io::detail {

// The tables of word/document.xml in `archive`, in document order, each a grid named by the
// archive's source and "表1", "表2" … (a table inside a table's cell is a table of its own).
// A cell's text is its paragraphs joined by line breaks (deleted text left out); a cell
// spanning columns (gridSpan) holds its text in its first column and is a merged range, and a
// vertically merged cell continued from the row above is blank, as a spreadsheet keeps it.
// Rows and columns count from 1 as the table's grid has them. Throws InputError 714 for a
// document without a table or that cannot be read, 709 past io/limits.hpp.
std::vector<Grid> read_docx(const Archive& archive);

}  // namespace io::detail
JIXIAO_END_NAMESPACE

#endif  // JIXIAO_SRC_IO_DOCX_READER_HPP
