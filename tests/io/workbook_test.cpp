// io::parse_workbook on .xlsx workbooks built here part by part (with libzip), so that every
// feature and every hostile case is a few lines of XML: shared and inline strings, rich text,
// number formats, formulas with and without saved values, merged cells, several sheets,
// namespace prefixes; zip bombs, truncated archives, entity tricks, cells out of order.
#include <jixiao/evaluate.hpp>
#include <jixiao/io/score_table.hpp>
#include <jixiao/io/workbook.hpp>

#include <doctest/doctest.h>
#include <zip.h>

#include <cstdio>
#include <map>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using namespace jixiao;
using namespace jixiao::literals;

namespace {

using Parts = std::map<std::string, std::string>;

// The bytes of a zip archive holding `parts`.
std::string zip_of(const Parts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  REQUIRE(buffer != nullptr);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(archive != nullptr);
  for (const auto& [name, text] : parts) {
    zip_source_t* part = zip_source_buffer(archive, text.data(), text.size(), 0);
    REQUIRE(zip_file_add(archive, name.c_str(), part, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(archive) == 0);
  REQUIRE(zip_source_open(buffer) == 0);
  REQUIRE(zip_source_seek(buffer, 0, SEEK_END) == 0);
  const zip_int64_t size = zip_source_tell(buffer);
  REQUIRE(zip_source_seek(buffer, 0, SEEK_SET) == 0);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  REQUIRE(zip_source_read(buffer, bytes.data(), bytes.size()) == size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return bytes;
}

const std::string main_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const std::string rel_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string sheet_xml(const std::string& rows, const std::string& merges = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main_ns +
         "\"><sheetData>" + rows + "</sheetData>" +
         (merges.empty() ? "" : "<mergeCells>" + merges + "</mergeCells>") + "</worksheet>";
}

// A workbook of a notes sheet "说明" and the sheet "自评表" holding `table`, with shared
// strings `strings` and the styles: 0 General, 1 "0.00", 2 "0.00%" (custom), 3 "0%".
Parts workbook(const std::string& table, const std::string& strings,
               const std::string& merges = "") {
  Parts parts;
  parts["[Content_Types].xml"] =
      "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
      "content-types\"/>";
  parts["_rels/.rels"] = "<?xml version=\"1.0\"?><Relationships xmlns=\"" + rel_ns +
                         "\"><Relationship Id=\"rId1\" Type=\"" + rel_type +
                         "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  parts["xl/workbook.xml"] = "<?xml version=\"1.0\"?><x:workbook xmlns:x=\"" + main_ns +
                             "\" xmlns:r=\"" + rel_ns +
                             "\"><x:sheets><x:sheet name=\"说明\" sheetId=\"1\" r:id=\"rId1\"/>"
                             "<x:sheet name=\"自评表\" sheetId=\"2\" r:id=\"rId2\"/></x:sheets>"
                             "</x:workbook>";
  parts["xl/_rels/workbook.xml.rels"] =
      "<?xml version=\"1.0\"?><Relationships xmlns=\"" + rel_ns + "\">"
      "<Relationship Id=\"rId1\" Type=\"" + rel_type + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"" + rel_type + "worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"" + rel_type + "sharedStrings\" Target=\"sharedStrings.xml\"/>"
      "<Relationship Id=\"rId4\" Type=\"" + rel_type + "styles\" Target=\"styles.xml\"/>"
      "</Relationships>";
  parts["xl/sharedStrings.xml"] = "<?xml version=\"1.0\"?><sst xmlns=\"" + main_ns + "\">" +
                                  strings + "</sst>";
  parts["xl/styles.xml"] =
      "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + main_ns + "\">"
      "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.00&quot;%&quot;;[Red]0.00%\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"0.00%\"/></numFmts>"
      "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"2\"/><xf numFmtId=\"165\"/>"
      "<xf numFmtId=\"9\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>";
  parts["xl/worksheets/sheet1.xml"] =
      sheet_xml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>本表数值保留两位小数</t></is></c></row>");
  parts["xl/worksheets/sheet2.xml"] = sheet_xml(table, merges);
  return parts;
}

std::string s(int index, const std::string& ref) {
  return "<c r=\"" + ref + "\" t=\"s\"><v>" + std::to_string(index) + "</v></c>";
}
std::string n(const std::string& value, const std::string& ref, int style = 0) {
  return "<c r=\"" + ref + "\" s=\"" + std::to_string(style) + "\"><v>" + value + "</v></c>";
}
std::string row(int number, const std::string& cells) {
  return "<row r=\"" + std::to_string(number) + "\">" + cells + "</row>";
}

// Strings 0…: the title, the headers, the indicators (one in rich text with a phonetic run).
const std::string strings =
    "<si><t>2023年度项目支出绩效自评表</t></si>"                          // 0
    "<si><t>一级指标</t></si><si><t>二级指标</t></si><si><t>三级指标</t></si>"  // 1 2 3
    "<si><t>分值</t></si><si><t>指标值</t></si><si><t>实际完成值</t></si>"        // 4 5 6
    "<si><t>得分</t></si>"                                               // 7
    "<si><t>产出指标</t></si><si><t>数量指标</t></si>"                     // 8 9
    "<si><r><t>培训</t></r><r><rPr><b/></rPr><t>人数</t></r><rPh><t>ぺい</t></rPh></si>"  // 10
    "<si><t>≥95%</t></si><si><t>合格率</t></si><si><t>合计</t></si>"       // 11 12 13
    "<si><t>满意度指标</t></si><si><t>服务对象满意度</t></si>"             // 14 15
    "<si><t>≥4754人</t></si>";                                           // 16

// The table: 培训人数 45 points (4800 of ≥4754 人, 得分 45.00 by a formula's saved value),
// 合格率 45 points (96.5% stored as 0.965 in a 0.00% format, 得分 stored as a double's
// spelling 44.999999999999993), 满意度 10, and a 合计 whose formula saved 100.
std::string table_rows() {
  return row(1, s(0, "A1")) +
         row(2, s(1, "A2") + s(2, "B2") + s(3, "C2") + s(4, "D2") + s(5, "E2") + s(6, "F2") +
                    s(7, "G2")) +
         row(3, s(8, "A3") + s(9, "B3") + s(10, "C3") + n("45", "D3") + s(16, "E3") +
                    n("4800", "F3") + "<c r=\"G3\" s=\"1\"><f>D3</f><v>45</v></c>") +
         row(4, "<c r=\"A4\"/>" + s(9, "B4") + s(12, "C4") + n("45", "D4") + s(11, "E4") +
                    n("0.965", "F4", 2) + n("44.999999999999993", "G4", 1)) +
         row(5, s(14, "A5") + s(14, "B5") + s(15, "C5") + n("10", "D5") +
                    n("1.0E1", "G5", 1)) +
         row(7, s(13, "A7") + "<c r=\"G7\" s=\"1\"><f>SUM(G3:G5)</f><v>100</v></c>");
}

std::vector<io::Grid> read(const Parts& parts) {
  return io::parse_workbook(zip_of(parts), "t.xlsx");
}

io::InputError error_of(const Parts& parts) {
  try {
    (void)read(parts);
  } catch (const io::InputError& e) {
    return e;
  }
  FAIL("accepted");
  throw;
}

}  // namespace

TEST_CASE("a workbook's sheets read as grids, cells as the spreadsheet shows them") {
  const std::vector<io::Grid> sheets = read(workbook(table_rows(), strings, "<mergeCell ref=\"A3:A4\"/>"));
  REQUIRE(sheets.size() == 2);
  CHECK(sheets[0].sheet == "说明");
  CHECK(sheets[0].rows.at(0).at(0).text == "本表数值保留两位小数");
  const io::Grid& table = sheets[1];
  CHECK(table.sheet == "自评表");
  CHECK(table.source == "t.xlsx");
  REQUIRE(table.rows.size() == 6);  // row 6 is absent, and rows hold what they hold
  const io::GridRow& training = table.rows[2];
  CHECK(training[2].text == "培训人数");  // rich text runs joined, the phonetic run left out
  CHECK(training[5].text == "4800");
  CHECK(training[6].text == "45.00");  // a formula's saved value, with its format's places
  CHECK(training[6].line == 3);
  CHECK(training[6].column == 7);
  const io::GridRow& rate = table.rows[3];
  CHECK(rate[0].text.empty());            // the merged cell below A3
  CHECK(rate[5].text == "96.50%");        // 0.965 in a 0.00% format
  CHECK(rate[6].text == "45.00");         // 44.999999999999993: 15 significant digits
  CHECK(table.rows[4][6].text == "10.00");  // 1.0E1
  REQUIRE(table.merged.size() == 1);
  CHECK(table.merged[0].first_row == 3);
  CHECK(table.merged[0].last_row == 4);
  CHECK(table.locate(rate[5], "实际完成值").to_string() == "t.xlsx:自评表!F4");
}

TEST_CASE("a workbook's score table scores as its CSV would") {
  const std::string bytes = zip_of(workbook(table_rows(), strings));
  const io::EvaluationFile file = io::parse_score_table(bytes, "t.xlsx");
  CHECK(file.evaluation.title == "2023年度项目支出绩效自评表");
  const Scorecard card = evaluate(file.framework, file.evaluation);
  CHECK(card.total == 100);
  // The 得分 cells are printed numbers located at their cells, the 合计 too.
  REQUIRE(file.printed_locations.size() == 4);
  CHECK(file.printed_locations[0].to_string() == "t.xlsx:自评表!G3");
  CHECK(file.printed_locations[3].to_string() == "t.xlsx:自评表!G7");
  // --sheet names the sheet; an unknown name lists the sheets.
  io::ScoreTableOptions options;
  options.sheet = "汇总";
  try {
    (void)io::parse_score_table(bytes, "t.xlsx", options);
    FAIL("accepted");
  } catch (const io::InputError& e) {
    CHECK(std::string(e.what()).find("the sheets are 说明、自评表") != std::string::npos);
  }
}

TEST_CASE("errors in a workbook name the sheet and the cell") {
  // A bare 0.965 in a General cell under ≥95% is a bare number, refused at F4.
  std::string rows = table_rows();
  rows.replace(rows.find("<c r=\"F4\" s=\"2\">"), std::string("<c r=\"F4\" s=\"2\">").size(),
               "<c r=\"F4\" s=\"0\">");
  rows.replace(rows.find("<c r=\"G4\""), rows.find("</c>", rows.find("<c r=\"G4\"")) + 4 - rows.find("<c r=\"G4\""), "");
  try {
    (void)io::parse_score_table(zip_of(workbook(rows, strings)), "t.xlsx");
    FAIL("accepted");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::bare_percentage);
    CHECK(e.where().to_string() == "t.xlsx:自评表!F4");
  }
  // A formula without a saved value, where the table needs its value.
  std::string unsaved = table_rows();
  unsaved.replace(unsaved.find("<f>D3</f><v>45</v>"), std::string("<f>D3</f><v>45</v>").size(),
                  "<f>D3</f>");
  try {
    (void)io::parse_score_table(zip_of(workbook(unsaved, strings)), "t.xlsx");
    FAIL("accepted");
  } catch (const io::InputError& e) {
    CHECK(e.where().to_string() == "t.xlsx:自评表!G3");
    CHECK(std::string(e.what()).find("the formula =D3 has no saved value") != std::string::npos);
  }
}

TEST_CASE("a broken or hostile workbook is refused with a located error, nothing read") {
  SUBCASE("not a zip archive after its first bytes") {
    const std::string bytes = std::string("PK\x03\x04", 4) + "not really";
    try {
      (void)io::parse_workbook(bytes, "t.xlsx");
      FAIL("accepted");
    } catch (const io::InputError& e) {
      CHECK(e.code() == ErrorCode::malformed_workbook);
    }
  }
  SUBCASE("a truncated archive") {
    const std::string bytes = zip_of(workbook(table_rows(), strings));
    try {
      (void)io::parse_workbook(bytes.substr(0, bytes.size() / 2), "t.xlsx");
      FAIL("accepted");
    } catch (const io::InputError& e) {
      CHECK(e.code() == ErrorCode::malformed_workbook);
    }
  }
  SUBCASE("a Word document") {
    const io::InputError e = error_of({{"word/document.xml", "<w:document/>"}});
    CHECK(e.code() == ErrorCode::malformed_workbook);
    CHECK(std::string(e.what()).find("the Word document holds no table") != std::string::npos);
  }
  SUBCASE("XML that is not well formed says where") {
    const io::InputError e = error_of(workbook(row(1, s(0, "A1")) + "<row r=\"2\"><c>", strings));
    CHECK(e.code() == ErrorCode::malformed_workbook);
    CHECK(std::string(e.what()).find("xl/worksheets/sheet2.xml: not well-formed XML at byte") !=
          std::string::npos);
  }
  SUBCASE("cells out of order, or a reference that is no cell") {
    CHECK(error_of(workbook(row(2, s(0, "B2") + s(1, "A2")), strings)).code() ==
          ErrorCode::malformed_workbook);
    CHECK(error_of(workbook(row(3, s(0, "A2")), strings)).code() == ErrorCode::malformed_workbook);
    CHECK(error_of(workbook(row(1, s(0, "XFE1")), strings)).code() == ErrorCode::malformed_workbook);
    CHECK(error_of(workbook(row(1, s(99, "A1")), strings)).code() == ErrorCode::malformed_workbook);
    CHECK(error_of(workbook(row(1, n("1.2.3", "A1")), strings)).code() == ErrorCode::malformed_workbook);
  }
  SUBCASE("a sheet that spans more cells than the limit") {
    std::string rows;
    for (int r = 1; r <= 70; ++r) rows += row(r, n("1", "XFD" + std::to_string(r)));
    const io::InputError e = error_of(workbook(rows, strings));
    CHECK(e.code() == ErrorCode::limit_exceeded);
  }
  SUBCASE("a zip bomb: a part that unpacks past the limit is refused unread") {
    Parts parts = workbook(table_rows(), strings);
    parts["xl/sharedStrings.xml"] = std::string((std::size_t{64} << 20) + 1, ' ');
    const io::InputError e = error_of(parts);
    CHECK(e.code() == ErrorCode::limit_exceeded);
    CHECK(std::string(e.what()).find("xl/sharedStrings.xml unpacks to") != std::string::npos);
  }
  SUBCASE("an entity bomb stays literal text") {
    Parts parts = workbook(row(1, s(0, "A1")), strings);
    parts["xl/sharedStrings.xml"] =
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
        "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
        "<sst xmlns=\"" + main_ns + "\"><si><t>&c;</t></si></sst>";
    const std::vector<io::Grid> sheets = read(parts);
    CHECK(sheets[1].rows.at(0).at(0).text.size() < 10);
  }
}

TEST_CASE("an Excel 97-2003 workbook (.xls) reads as its sheets, numbers as their shortest text") {
  const std::vector<io::Grid> sheets =
      io::read_workbook(std::string(JIXIAO_TEST_DATA_DIR) + "/tables/libreoffice/chizhou-2022.xls");
  REQUIRE(sheets.size() == 1);
  CHECK(sheets[0].sheet == "chizhou-2022");
  const auto cell = [&](std::size_t row, std::size_t column) {
    return sheets[0].rows.at(row).at(column).text;
  };
  CHECK(cell(2, 0) == "项目名称");
  CHECK(cell(2, 1) == "委托业务项目");
  CHECK(cell(6, 4) == "89.974");  // a double in the file, its shortest text: never 89.97399…
  CHECK(sheets[0].rows.at(6).at(4).line == 7);
  CHECK(sheets[0].rows.at(6).at(4).column == 5);
  const io::EvaluationFile file = io::read_score_table(
      std::string(JIXIAO_TEST_DATA_DIR) + "/tables/libreoffice/chizhou-2022.xls");
  CHECK(file.evaluation.title == "委托业务项目");
  CHECK(file.printed_locations.front().to_string().find("chizhou-2022.xls:chizhou-2022!") !=
        std::string::npos);
}

TEST_CASE("a broken .xls is refused with 714, nothing read") {
  const std::string header = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  std::string real;
  {
    std::ifstream in(std::string(JIXIAO_TEST_DATA_DIR) + "/tables/libreoffice/chizhou-2022.xls",
                     std::ios::binary);
    real.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  REQUIRE(real.size() > 4096);
  for (const std::string& bytes :
       {header + std::string(504, '\0'), real.substr(0, 1536), real.substr(0, real.size() / 2)}) {
    try {
      (void)io::parse_workbook(bytes, "t.xls");
      FAIL("accepted");
    } catch (const io::InputError& e) {
      CHECK(e.code() == ErrorCode::malformed_workbook);
      CHECK(std::string(e.what()).find("t.xls: ") != std::string::npos);
      CHECK(std::string(e.what()).find("save it as .xlsx") != std::string::npos);
    }
  }
}

TEST_CASE("the tables of a Word document read as grids: spans, vertical merges, content controls") {
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  const auto p = [](const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; };
  const std::string document =
      "<w:document " + w + "><w:body>" + p("附件") +
      "<w:tbl>"
      "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" + p("评分表") + "</w:tc></w:tr>"
      "<w:tr><w:tc>" + p("一级指标") + "</w:tc><w:tc>" + p("三级指标") + "</w:tc><w:tc>" + p("分值") +
      "</w:tc></w:tr>"
      "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p("决策") + "</w:tc><w:tc>" +
      "<w:p><w:r><w:t>立项</w:t></w:r><w:r><w:delText>删去</w:delText></w:r><w:r><w:t>依据</w:t></w:r></w:p>" +
      "</w:tc><w:tc>" + p("5") + "</w:tc></w:tr>"
      "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>" + p("决策") + "</w:tc>"
      "<w:sdt><w:sdtContent><w:tc>" + p("程序") + p("规范") + "</w:tc></w:sdtContent></w:sdt>"
      "<w:tc>" + p("3") + "</w:tc></w:tr>"
      "</w:tbl>"
      "<w:tbl><w:tr><w:tc>" + p("第二张表") + "</w:tc></w:tr></w:tbl>"
      "</w:body></w:document>";
  const std::vector<io::Grid> tables = io::parse_workbook(zip_of({{"word/document.xml", document}}), "t.docx");
  REQUIRE(tables.size() == 2);
  const io::Grid& t = tables[0];
  CHECK(t.sheet == "表1");
  CHECK(tables[1].sheet == "表2");
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[0].size() == 1);  // the spanned title: its first column, the rest blank and cut
  CHECK(t.rows[0][0].text == "评分表");
  REQUIRE(t.merged.size() == 1);
  CHECK(t.merged[0].last_column == 3);
  CHECK(t.rows[2][1].text == "立项依据");  // deleted text is not the table's
  CHECK(t.rows[3][0].text.empty());        // continues 决策 from the row above
  CHECK(t.rows[3][1].text == "程序\n规范");
  CHECK(t.rows[3][2].line == 4);
  CHECK(t.rows[3][2].column == 3);
  CHECK(t.locate(t.rows[3][2]).to_string() == "t.docx:表1!C4");
}

TEST_CASE("a Word document without a table is refused with 714") {
  try {
    (void)io::parse_workbook(
        zip_of({{"word/document.xml",
                 "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                 "<w:body><w:p/></w:body></w:document>"}}),
        "t.docx");
    FAIL("accepted");
  } catch (const io::InputError& e) {
    CHECK(e.code() == ErrorCode::malformed_workbook);
    CHECK(std::string(e.what()).find("holds no table") != std::string::npos);
  }
}
