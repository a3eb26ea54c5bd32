#!/usr/bin/env python3
"""A score table reads the same from CSV and from an .xlsx workbook written by openpyxl
(Debian's python3-openpyxl), as an evaluator's spreadsheet would hold it: numbers stored as
numbers with the places the CSV shows ("0.00", "0.00%" formats), the 一级/二级 cells merged over
their rows, a title row, and a notes sheet before the table (so that the default sheet is the
first one with a score table's header).

    table_formats.py JIXIAO TABLE.csv WORKDIR

Checks that `jixiao score --format json` and `jixiao check --format json` give the same
scores and the same findings (ids, printed and expected values, messages) for both files.
"""
import csv
import json
import os
import re
import subprocess
import sys
from decimal import Decimal, InvalidOperation

import openpyxl
from openpyxl.utils import get_column_letter

NUMBER = re.compile(r"^-?\d+(\.\d+)?%?$")


def cell_value(text):
    """A CSV cell as a spreadsheet holds it: a number with its display format, or text."""
    if not NUMBER.match(text):
        return text, None
    percent = text.endswith("%")
    digits = text[:-1] if percent else text
    places = len(digits.split(".")[1]) if "." in digits else 0
    value = Decimal(digits) / (100 if percent else 1)
    fmt = ("0." + "0" * places if places else "0") + ("%" if percent else "")
    # openpyxl stores a float as its shortest repr ("0.3479"), as Excel does.
    return float(value), fmt


def write_workbook(rows, path):
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "填报说明"
    notes["A1"] = "本表由项目单位填报，数值保留两位小数。"
    sheet = book.create_sheet("自评表")
    title = "由CSV转存的评分表"
    sheet.cell(row=1, column=1, value=title)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for r, row in enumerate(rows, start=2):
        for c, text in enumerate(row, start=1):
            if text == "":
                continue
            value, fmt = cell_value(text) if r > 2 else (text, None)
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # "=100.00%" is a target, typed as text, not a formula
            if fmt:
                cell.number_format = fmt
    # A blank 一级 or 二级 cell continues the row above: merge it into that cell, as the
    # table was drawn before it was exported.
    for c in (1, 2):
        start = None
        for r in range(3, len(rows) + 3):
            blank = r < len(rows) + 2 and sheet.cell(row=r, column=c).value is None
            if blank and start is None:
                start = r - 1
            if not blank and start is not None:
                if r - 1 > start:
                    ref = f"{get_column_letter(c)}{start}:{get_column_letter(c)}{r - 1}"
                    sheet.merge_cells(ref)
                start = None
    book.save(path)
    return title


def run(jixiao, *args):
    result = subprocess.run([jixiao, *args], capture_output=True, text=True, encoding="utf-8")
    assert result.returncode in (0, 1), (args, result.returncode, result.stderr)
    return json.loads(result.stdout, parse_float=Decimal, parse_int=Decimal)


def without_places(text):
    """A message with its file locations taken out: they differ by format, by design."""
    return re.sub(r"\S+\.(csv|xlsx|xls)(:\S+)?", "FILE", text)


def main():
    jixiao, table, workdir = sys.argv[1:4]
    os.makedirs(workdir, exist_ok=True)
    with open(table, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    xlsx = os.path.join(workdir, "table.xlsx")
    title = write_workbook(rows, xlsx)

    from_csv = run(jixiao, "score", table, "--format", "json", "--title", title)
    from_xlsx = run(jixiao, "score", xlsx, "--format", "json")
    assert from_xlsx["title"] == title, from_xlsx["title"]
    for key in ("total", "out_of", "rating", "nodes"):
        assert from_csv[key] == from_xlsx[key], (key, from_csv[key], from_xlsx[key])

    check_csv = run(jixiao, "check", table, "--format", "json", "--title", title)
    check_xlsx = run(jixiao, "check", xlsx, "--format", "json")
    assert check_csv["summary"] == check_xlsx["summary"], (check_csv["summary"], check_xlsx["summary"])
    assert len(check_csv["findings"]) == len(check_xlsx["findings"])
    for a, b in zip(check_csv["findings"], check_xlsx["findings"]):
        for key in ("id", "severity", "indicator", "printed", "expected", "message_en"):
            assert without_places(str(a.get(key))) == without_places(str(b.get(key))), (key, a, b)
        # Findings in the workbook are located at their sheet and cell.
        if a.get("location"):
            assert re.search(r"table\.xlsx:自评表![A-Z]+\d+$", b["location"]), b["location"]
    print(f"{table}: {len(rows) - 1} rows, total {from_xlsx['total']}, "
          f"{len(check_xlsx['findings'])} findings, the same from CSV and XLSX")


if __name__ == "__main__":
    main()
