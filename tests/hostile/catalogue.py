#!/usr/bin/env python3
"""The catalogue of hostile inputs: files a budget system might be handed — empty, truncated,
mis-encoded, absurdly large or deep, numbers JSON cannot hold or jixiao must refuse, wrong
types in every field — each with the outcome jixiao must give through the command line.

    catalogue.py run JIXIAO WORK_DIR      materialize every case in WORK_DIR, run it, check it
    catalogue.py markdown                 the catalogue as the table of docs/reliability.md

For every case that must fail: exit status 2, the expected error id on standard error, the
file named in the message, no output file left behind, no crash and no hang (a case that has
not finished after 120 s fails). Cases that must succeed (a BOM, CRLF line ends, -0) are
scored, exit 0.
"""
import copy
import json
import os
import subprocess
import sys

# A small valid evaluation that the cases below break one way each.
BASE = {
    "format": "jixiao.evaluation/1",
    "title": "测试评价",
    "framework": {
        "format": "jixiao.framework/1",
        "name": "测试框架",
        "total": 100,
        "indicators": [
            {"code": "1", "name": "过程", "points": 40, "children": [
                {"code": "1.1", "name": "预算执行率", "points": 40, "kind": "定量",
                 "rule": {"kind": "ratio_times_weight", "rate": "实际支出资金/实际到位资金"}}]},
            {"code": "2", "name": "满意度", "points": 60, "children": [
                {"code": "2.1", "name": "服务对象满意度", "points": 60, "kind": "定量",
                 "target": "≥90%",
                 "rule": {"kind": "survey_satisfaction", "rate": "满意人数/有效调查人数"}}]},
        ],
    },
    "facts": {"1.1": {"实际支出资金": 90, "实际到位资金": 100},
              "2.1": {"满意人数": 18, "有效调查人数": 20}},
}


def text(document):
    return json.dumps(document, ensure_ascii=False, indent=1)


def changed(edit):
    """The base evaluation with `edit` applied (a function of the document)."""
    document = copy.deepcopy(BASE)
    edit(document)
    return text(document).encode("utf-8")


def with_token(path, token):
    """The base evaluation with the value at `path` replaced by a raw JSON token."""
    document = copy.deepcopy(BASE)
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "@@TOKEN@@"
    return text(document).replace('"@@TOKEN@@"', token).encode("utf-8")


def fact(token):
    return with_token(["facts", "1.1", "实际支出资金"], token)


def leaf(field, value):
    return changed(lambda d: d["framework"]["indicators"][0]["children"][0].__setitem__(field,
                                                                                           value))


def deep(levels):
    return ('{"format": "jixiao.evaluation/1", "title": ' + "[" * levels + "]" * levels +
            "}").encode()


def formula(text):
    """The base evaluation with 1.1 scored by the formula `text`."""
    return leaf("rule", {"kind": "formula", "formula": text, "outside_points": "clamp"})


def csv_text(rows):
    return "\n".join(",".join(row) for row in rows).encode("utf-8")


def tall(levels):
    node = {"code": "1" + ".1" * (levels - 1), "name": "叶", "points": 100, "kind": "定量",
            "rule": {"kind": "manual_score"}}
    for depth in range(levels - 1, 0, -1):
        node = {"code": "1" + ".1" * (depth - 1), "name": f"层{depth}", "points": 100,
                "children": [node]}
    return node


def xls_fixture():
    """The .xls LibreOffice wrote of the Anhui 2022 table (tests/data/tables/libreoffice)."""
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "data", "tables", "libreoffice", "chizhou-2022.xls"), "rb") as f:
        return f.read()


def workbook(sheet="", strings="", extra=None, drop=()):
    """An .xlsx workbook of one sheet "自评表" holding `sheet` rows, built with zipfile; `extra`
    parts are added or replace, `drop` parts are left out."""
    import io as bytes_io
    import zipfile
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "_rels/.rels": f'<Relationships xmlns="{rel}"><Relationship Id="r1" '
                       f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{ns}" xmlns:r="{rel}"><sheets>'
                           f'<sheet name="自评表" sheetId="1" r:id="r1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{rel}"><Relationship Id="r1" '
                                      f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
                                      f'<Relationship Id="r2" Type="{rel}/sharedStrings" '
                                      f'Target="sharedStrings.xml"/></Relationships>',
        "xl/sharedStrings.xml": f'<sst xmlns="{ns}">{strings}</sst>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{ns}"><sheetData>{sheet}</sheetData></worksheet>',
    }
    parts.update(extra or {})
    out = bytes_io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in parts.items():
            if name not in drop:
                z.writestr(name, content)
    return out.getvalue()


def word_document(body):
    """A .docx whose word/document.xml has `body` in its w:body, built with zipfile."""
    import io as bytes_io
    import zipfile
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    out = bytes_io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>')
    return out.getvalue()


def wide_word_table():
    """One row of 20000 cells spanning 100 columns each: wider than any table may be."""
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="100"/></w:tcPr><w:p/></w:tc>'
    return word_document("<w:tbl><w:tr>" + cell * 20000 + "</w:tr></w:tbl>")


def huge_sheet():
    rows = "".join(f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(1, 101))
    return workbook(rows)


def zip_bomb():
    return workbook(extra={"xl/sharedStrings.xml": b" " * (100 << 20)})


ENTITY_BOMB = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
               + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
               + ']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
               '<si><t>&i;</t></si></sst>')


def set_points(document, value):
    document["framework"]["indicators"][0]["points"] = "@@POINTS@@"
    document["framework"]["indicators"][0]["children"][0]["points"] = "@@POINTS@@"


def leaf_token(field, token):
    return with_token(["framework", "indicators", 0, "children", 0, field], token)


CSV_HEADER = ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际完成值", "得分"]

# name, file name, content (bytes), command, expected exit, expected error id, what it is
CASES = [
    # Encoding and framing
    ("empty file", "empty.json", b"", "score", 2, "input_error.701", "0 bytes"),
    ("only whitespace", "blank.json", b"  \n\t\n", "score", 2, "input_error.701", ""),
    ("byte order mark", "bom.json", b"\xef\xbb\xbf" + text(BASE).encode(), "score", 0, None,
     "a UTF-8 BOM before valid JSON is accepted"),
    ("CRLF line ends", "crlf.json", text(BASE).replace("\n", "\r\n").encode(), "score", 0, None,
     "Windows line ends are accepted"),
    ("invalid UTF-8", "latin1.json", text(BASE).replace("测试评价", "@@").encode()
     .replace(b"@@", b"\xb2\xe2\xca\xd4"), "score", 2, "input_error.701",
     "GBK bytes where UTF-8 is required"),
    ("UTF-16", "utf16.json", text(BASE).encode("utf-16"), "score", 2, "input_error.701", ""),
    ("truncated JSON", "truncated.json", text(BASE).encode()[:200], "score", 2,
     "input_error.701", "the file cut off mid-way"),
    ("trailing garbage", "trailing.json", text(BASE).encode() + b" }", "score", 2,
     "input_error.701", ""),
    ("a JSON array", "array.json", b"[1, 2, 3]", "score", 2, "input_error.702", ""),
    ("NUL bytes", "nul.json", b"\x00" * 64, "score", 2, "input_error.701", ""),
    # Size and depth
    ("nesting 100,000 deep", "deep.json", deep(100_000), "score", 2, "input_error.709",
     "beyond the 64-level JSON limit"),
    ("a 100 MB string", "huge-string.json",
     lambda: changed(lambda d: d.__setitem__("title", "长" * (100 * 1024 * 1024 // 3))), "score", 2,
     "input_error.709", "a title of 100 MB; one text may have 1 MiB"),
    ("a 300 MB file", "huge-file.json", lambda: b" " * (300 * 1024 * 1024) + text(BASE).encode(),
     "score", 2, "input_error.709", "beyond the 256 MiB file limit"),
    ("indicator tree 40 deep", "tall.json", changed(lambda d: d["framework"].__setitem__(
        "indicators", [tall(40)])), "score", 2, "input_error.709",
     "80 levels of JSON: the nesting limit comes first"),
    # Numbers
    ("1e400", "1e400.json", fact("1e400"), "score", 2, "input_error.705",
     "beyond any double, and beyond 38 digits"),
    ("1e-400", "1e-400.json", fact("1e-400"), "score", 2, "input_error.705",
     "more than 38 places"),
    ("NaN", "nan.json", fact("NaN"), "score", 2, "input_error.701", "not JSON"),
    ("Infinity", "infinity.json", fact("Infinity"), "score", 2, "input_error.701", "not JSON"),
    ("-0", "minus-zero.json", fact("-0"), "score", 0, None, "scores as 0"),
    ("money of 10^40", "money-1e40.json", fact("1" + "0" * 40), "score", 2, "input_error.705",
     "41 digits"),
    ("400-digit coefficient", "digits-400.json", fact("1." + "1" * 399), "score", 2,
     "input_error.705", ""),
    ("leading zero", "leading-zero.json", fact("01"), "score", 2, "input_error.701",
     "not a JSON number"),
    ("number as hex text", "hex.json", fact('"0x10"'), "score", 2, "invalid_facts.602",
     "text that is not a number"),
    ("points as 1e400", "points-1e400.json", leaf_token("points", "1e400"), "score", 2,
     "input_error.705", ""),
    # Structure
    ("duplicate indicator codes", "duplicate-code.json",
     changed(lambda d: d["framework"]["indicators"][1].__setitem__("code", "1")), "score", 2,
     "invalid_framework.503", ""),
    ("duplicate JSON keys", "duplicate-key.json",
     text(BASE).replace('"title": "测试评价",', '"title": "测试评价", "title": "再来",').encode(),
     "score", 2, "input_error.708", ""),
    ("framework referencing itself", "self-reference.json",
     changed(lambda d: d.__setitem__("framework", "self-reference.json")), "score", 2,
     "input_error.707", "a cycle through references"),
    ("framework file missing", "missing-reference.json",
     changed(lambda d: d.__setitem__("framework", "no-such-framework.json")), "score", 2,
     "input_error.706", ""),
    ("framework file is /dev/zero", "framework-dev-zero.json",
     changed(lambda d: d.__setitem__("framework", "/dev/zero")), "score", 2,
     "input_error.706", "a device, which never ends: only regular files are read"),
    ("framework file is /dev/stdin", "framework-dev-stdin.json",
     changed(lambda d: d.__setitem__("framework", "/dev/stdin")), "score", 2,
     "input_error.706", "would wait on the terminal: only regular files are read"),
    ("weights miss the total by 0.01", "weights-99.99.json",
     changed(lambda d: set_points(d, "99.99")), "score", 2, "invalid_framework.50", ""),
    ("negative points", "negative-points.json", leaf("points", -40), "score", 2,
     "invalid_framework.50", ""),
    ("negative budget", "negative-budget.json", changed(lambda d: d.__setitem__(
        "budget", {"unit": "万元", "initial": -100, "adjusted": -100, "received": -100,
                   "spent": 50})), "score", 2, "input_error.705", ""),
    ("zero denominator", "zero-denominator.json", with_token(["facts", "1.1", "实际到位资金"], "0"),
     "score", 2, "invalid_facts.603", ""),
    ("satisfaction above 100%", "satisfaction-120.json",
     with_token(["facts", "2.1", "满意人数"], "24"), "score", 2, "invalid_facts.602", ""),
    ("unknown rule kind", "unknown-rule.json", leaf("rule", {"kind": "magic"}), "score", 2,
     "input_error.705", ""),
    # Formula rules (docs/custom-rules.md): bounded, located, exact
    ("formula, brackets 1,000 deep", "formula-deep.json",
     formula("(" * 1000 + "实际支出资金" + ")" * 1000), "score", 2, "input_error.705",
     "beyond 64 levels of nesting"),
    ("formula, signs 100,000 deep", "formula-signs.json", formula("-" * 100_000 + "1"), "score",
     2, "input_error.705", "beyond the 64 KiB formula limit"),
    ("formula, a million terms", "formula-terms.json",
     lambda: formula("实际支出资金" + "+1" * 1_000_000), "score", 2, "input_error.709",
     "2 MB of formula: the 1 MiB text limit comes first"),
    ("formula, 30,000 terms", "formula-chain.json", formula("实际支出资金" + "+0" * 30_000),
     "score", 2, "input_error.705", "60 KB: more than 1000 operations in a row"),
    ("formula, a 50-digit literal", "formula-literal.json", formula("1" * 50 + " × 实际支出资金"),
     "score", 2, "input_error.705", "beyond 38 digits"),
    ("formula, a result beyond 38 digits", "formula-overflow.json",
     formula("实际支出资金 × 99999999999999999999 × 99999999999999999999"), "score", 2,
     "invalid_facts.602", "an overflow is an error, never a rounding"),
    ("formula, a NUL inside", "formula-nul.json", formula("实际支出资金\u0000 / 实际到位资金"),
     "score", 2, "input_error.705", ""),
    ("formula, a fact used as two types", "formula-types.json",
     formula("if(实际支出资金, 实际支出资金 × 2, 0)"), "score", 2, "input_error.705", ""),
    ("facts for an unknown indicator", "unknown-code.json",
     changed(lambda d: d["facts"].__setitem__("9.9", {"x": 1})), "score", 2,
     "invalid_facts.607", ""),
    ("a missing input", "missing-input.json",
     changed(lambda d: d["facts"]["1.1"].pop("实际到位资金")), "score", 2, "invalid_facts.601", ""),
    ("unknown field (typo)", "typo.json", leaf("ponits", 40), "score", 2, "input_error.703", ""),
    ("no format", "no-format.json", changed(lambda d: d.pop("format")), "score", 2,
     "input_error.707", ""),
    ("a future format", "future-format.json",
     changed(lambda d: d.__setitem__("format", "jixiao.evaluation/9")), "score", 2,
     "input_error.707", ""),
    ("a blank fact", "blank-fact.json", fact("null"), "score", 2, "input_error.712", ""),
    # Wrong types, field by field
    ("title as a number", "type-title.json", with_token(["title"], "1"), "score", 2,
     "input_error.702", ""),
    ("framework as a number", "type-framework.json", with_token(["framework"], "1"), "score",
     2, "input_error.702", ""),
    ("indicators as an object", "type-indicators.json",
     with_token(["framework", "indicators"], "{}"), "score", 2, "input_error.702", ""),
    ("code as a number", "type-code.json", leaf_token("code", "11"), "score", 2,
     "input_error.702", ""),
    ("name as an array", "type-name.json", leaf_token("name", "[]"), "score", 2,
     "input_error.702", ""),
    ("points as text", "type-points.json", leaf_token("points", '"四十"'), "score", 2,
     "input_error.70", ""),
    ("children as text", "type-children.json",
     with_token(["framework", "indicators", 0, "children"], '"无"'), "score", 2,
     "input_error.702", ""),
    ("rule as a number", "type-rule.json", leaf_token("rule", "1"), "score", 2,
     "input_error.702", ""),
    ("facts as an array", "type-facts.json", with_token(["facts"], "[]"), "score", 2,
     "input_error.702", ""),
    ("a fact as an object", "type-fact.json", fact("{}"), "score", 2, "input_error.702", ""),
    ("grades as a number", "type-grades.json", with_token(["framework", "grades"], "5"),
     "score", 2, "input_error.702", ""),
    ("rounding as text", "type-rounding.json", with_token(["framework", "rounding"], '"四舍五入"'),
     "score", 2, "input_error.702", ""),
    ("total as text", "type-total.json", with_token(["framework", "total"], '"一百"'), "score", 2,
     "input_error.70", ""),
    # Score tables (CSV)
    ("empty score table", "empty.csv", b"", "score", 2, "input_error.704",
     "no header row"),
    ("score table, invalid UTF-8", "gbk.csv", csv_text([CSV_HEADER]).replace(
        "一级指标".encode(), b"\xd2\xbb\xbc\xb6"), "score", 2, "input_error.711", ""),
    ("score table, unclosed quote", "unclosed.csv",
     csv_text([CSV_HEADER, ["决策", "项目立项", '"立项依据', "5", "", "", "5"]]), "score", 2,
     "input_error.711", ""),
    ("score table, 分值 not a number", "points-text.csv",
     csv_text([CSV_HEADER, ["决策", "项目立项", "立项依据充分性", "五", "", "达成", "5"]]),
     "score", 2, "input_error.70", ""),
    # Workbooks (.xlsx)
    ("workbook, a zip bomb (100 MiB of strings)", "bomb.xlsx", zip_bomb, "score", 2,
     "input_error.709", "unpacks to"),
    ("workbook, truncated", "truncated.xlsx", lambda: workbook()[:200], "score", 2,
     "input_error.714", ""),
    ("workbook, XML entity bomb", "entities.xlsx",
     lambda: workbook('<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
                      extra={"xl/sharedStrings.xml": ENTITY_BOMB}), "score", 2,
     "input_error.704", "no header row"),
    ("workbook, XML not well formed", "broken-xml.xlsx", lambda: workbook("<row><c>"), "score", 2,
     "input_error.714", "not well-formed XML"),
    ("workbook, cells out of order", "order.xlsx",
     lambda: workbook('<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>1</v></c></row>'), "score", 2,
     "input_error.714", "out of order"),
    ("workbook, a sheet of 1.6 million cells", "huge.xlsx", huge_sheet, "score", 2,
     "input_error.709", "cells"),
    ("workbook, no workbook part (a Word file)", "word.xlsx",
     lambda: workbook(extra={"word/document.xml": "<document/>"}, drop=("xl/workbook.xml",)),
     "score", 2, "input_error.714", "Word document"),
    # Word documents (.docx): their tables
    ("docx, no table", "no-table.docx", lambda: word_document("<w:p/>"), "score", 2,
     "input_error.714", "holds no table"),
    ("docx, truncated", "truncated.docx", lambda: word_document("<w:tbl></w:tbl>" * 50)[:120],
     "score", 2, "input_error.714", ""),
    ("docx, XML not well formed", "broken.docx", lambda: word_document("<w:tbl><w:tr>"), "score", 2,
     "input_error.714", "not well-formed XML"),
    ("docx, a table wider than any", "wide.docx", wide_word_table, "score", 2,
     "input_error.709", "more cells"),
    # Excel 97-2003 workbooks (.xls, through FreeXL)
    ("xls, an OLE header and nothing else", "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
     "score", 2, "input_error.714", "save it as .xlsx"),
    ("xls, truncated", "truncated.xls", lambda: xls_fixture()[:1536], "score", 2,
     "input_error.714", "cannot be read"),
    ("xls, its sectors shuffled", "shuffled.xls",
     lambda: xls_fixture()[:512] + xls_fixture()[1024:2048] + xls_fixture()[512:1024] + xls_fixture()[2048:],
     "score", 2, "input_error.714", "cannot be read"),
]


def materialize(case, directory):
    name, file_name, content, *_ = case
    if callable(content):  # the large ones are made only when run
        content = content()
    path = os.path.join(directory, file_name)
    if file_name == "weights-99.99.json":
        content = content.replace(b'"@@POINTS@@"', b"39.99")
    with open(path, "wb") as f:
        f.write(content)
    return path


def run(jixiao, work):
    os.makedirs(work, exist_ok=True)
    failures = []
    for case in CASES:
        name, file_name, _, command, exit_code, error_id, _ = case
        path = materialize(case, work)
        output = os.path.join(work, file_name + ".out")
        if os.path.exists(output):
            os.remove(output)
        try:
            done = subprocess.run([jixiao, command, path, "--format", "json", "-o", output],
                                  capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            failures.append(f"{name}: no answer after 120 s")
            continue
        stderr = done.stderr.decode("utf-8", "replace")
        problems = []
        if done.returncode != exit_code:
            problems.append(f"exit {done.returncode}, expected {exit_code}")
        if exit_code == 2:
            if error_id and f"[jixiao.{error_id}" not in stderr:
                problems.append(f"no [jixiao.{error_id}…] in: {stderr[:300]!r}")
            if file_name not in stderr:
                problems.append(f"the message does not name the file: {stderr[:300]!r}")
            if os.path.exists(output):
                problems.append("an output file was left behind")
        elif not os.path.exists(output):
            problems.append("no output")
        if problems:
            failures.append(f"{name} ({file_name}): " + "; ".join(problems))
        os.remove(path)
    for failure in failures:
        print("FAILED:", failure)
    print(f"{len(CASES) - len(failures)} of {len(CASES)} hostile inputs handled as catalogued")
    return 1 if failures else 0


def markdown():
    print("| case | file | outcome | note |")
    print("| --- | --- | --- | --- |")
    for name, file_name, _, _, exit_code, error_id, what in CASES:
        outcome = f"exit 2, `jixiao.{error_id}…`" if exit_code == 2 else "scored, exit 0"
        print(f"| {name} | `{file_name}` | {outcome} | {what} |")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "run":
        sys.exit(run(sys.argv[2], sys.argv[3]))
    if len(sys.argv) == 2 and sys.argv[1] == "markdown":
        markdown()
        sys.exit(0)
    sys.exit(__doc__)
