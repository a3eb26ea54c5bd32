#!/usr/bin/env python3
"""A score table reads the same from its CSV and from the workbooks LibreOffice wrote of it
(tests/data/tables/libreoffice/, made by tests/data/tables/make-libreoffice-fixtures): .xlsx,
and Excel 97–2003 .xls. An .xls keeps no number formats that jixiao can read (FreeXL gives
none), so a percentage LibreOffice stored as 0.3479 is read with --percent-numbers fraction,
the spreadsheet's own convention.

    libreoffice_tables.py JIXIAO TABLE.csv WORKBOOK [--no-formats] [ARGS...]

Checks that `jixiao score` and `jixiao check` (JSON) give the same scores and findings. With
--no-formats (an .xls), the places a number was shown with are not in the file: the scores,
grade and the findings' ids and indicators must agree, not the traces' printed places.
"""
import re
import sys

from table_formats import run, without_places


def first_difference(a, b, path=""):
    """Where two JSON values first differ, as a path, or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            found = first_difference(a.get(key), b.get(key), f"{path}/{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items, {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}/{i}")
            if found:
                return found
        return None
    return None if a == b else f"{path}: {a!r} != {b!r}"


def same_findings(a, b):
    assert a["summary"] == b["summary"], (a["summary"], b["summary"])
    assert len(a["findings"]) == len(b["findings"]), (a["findings"], b["findings"])
    for x, y in zip(a["findings"], b["findings"]):
        for key in ("id", "severity", "indicator", "printed", "expected", "message_en"):
            assert without_places(str(x.get(key))) == without_places(str(y.get(key))), (key, x, y)


def main():
    jixiao, table, workbook, *args = sys.argv[1:]
    no_formats = "--no-formats" in args
    args = [a for a in args if a != "--no-formats"]
    title = ["--title", "表"]
    from_csv = run(jixiao, "score", table, "--format", "json", *title)
    from_book = run(jixiao, "score", workbook, "--format", "json", *title, *args)
    if no_formats:
        for nodes in (from_csv, from_book):
            nodes["nodes"] = [{k: n[k] for k in ("code", "points", "score")} for n in nodes["nodes"]]
    for key in ("total", "out_of", "rating", "nodes"):
        difference = first_difference(from_csv[key], from_book[key], key)
        assert difference is None, f"{workbook}: {difference}"
    checked_csv = run(jixiao, "check", table, "--format", "json", *title)
    checked_book = run(jixiao, "check", workbook, "--format", "json", *title, *args)
    if no_formats:
        ids = [[(f["id"], f.get("indicator")) for f in c["findings"]] for c in (checked_csv, checked_book)]
        assert ids[0] == ids[1], (workbook, ids)
    else:
        same_findings(checked_csv, checked_book)
    print(f"{workbook}: total {from_book['total']}, the same as {table}")


if __name__ == "__main__":
    main()
