#!/usr/bin/env python3
"""`jixiao check FOLDER` audits a folder of mixed files: evaluations, score tables as CSV,
.xlsx, .xls and .docx, a broken workbook, a table with a misspelt column, an office lock file
and a file of another kind. One result per file, unreadable files never stop the run, the
summary comes as text, CSV and .xlsx, and the exit status is 2 when a file could not be read.

    audit_folder.py JIXIAO REPO WORKDIR
"""
import csv
import decimal
import json
import io
import os
import shutil
import subprocess
import sys

import openpyxl


def main():
    jixiao, repo, work = sys.argv[1:4]
    folder = os.path.join(work, "folder")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "县区"))
    tables = os.path.join(repo, "tests", "data", "tables")
    for name in ("chizhou-2022.xls", "chizhou-2022.docx", "changji-2023.xlsx"):
        shutil.copy(os.path.join(tables, "libreoffice", name), folder)
    shutil.copy(os.path.join(tables, "chizhou-2022.csv"), os.path.join(folder, "县区"))
    shutil.copy(os.path.join(repo, "examples", "data", "department-training-2024.json"), folder)
    with open(os.path.join(folder, "县区", "broken.xlsx"), "wb") as f:
        f.write(b"PK\x03\x04 not really a zip")
    shutil.copy(os.path.join(repo, "tests", "cli", "bad", "unknown_column.csv"), folder)
    open(os.path.join(folder, "~$changji-2023.xlsx"), "wb").close()   # Excel's lock file
    with open(os.path.join(folder, "说明.txt"), "w", encoding="utf-8") as f:
        f.write("not audited\n")

    summary = os.path.join(work, "summary.xlsx")
    run = subprocess.run([jixiao, "check", folder, "--format", "csv", "--summary", summary],
                         capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 2, (run.returncode, run.stderr)
    rows = list(csv.reader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    header, rows = rows[0], rows[1:]
    assert header[:4] == ["文件", "结果", "项目", "单位"], header
    by_file = {os.path.relpath(r[0], folder): dict(zip(header, r)) for r in rows}
    assert sorted(by_file) == sorted([
        "changji-2023.xlsx", "chizhou-2022.docx", "chizhou-2022.xls", "department-training-2024.json",
        "unknown_column.csv", os.path.join("县区", "broken.xlsx"), os.path.join("县区", "chizhou-2022.csv")]), by_file
    clean = by_file["department-training-2024.json"]
    assert clean["结果"] == "无问题" and clean["重算总分"] == "85.76" and clean["重算等级"] == "良", clean
    for name in ("chizhou-2022.docx", os.path.join("县区", "chizhou-2022.csv")):
        row = by_file[name]
        assert row["结果"] == "有发现", row
        assert row["项目"] == "委托业务项目" and row["单位"].endswith("棠溪镇人民政府"), row
        assert row["报告总分"] == "100" and row["重算总分"] == "90.00", row
        assert "JX-C102×3" in row["发现"], row
    for name, error in (("unknown_column.csv", "input_error.703"),
                        (os.path.join("县区", "broken.xlsx"), "input_error.714")):
        row = by_file[name]
        assert row["结果"] == "无法读取" and error in row["说明"], row
        assert error in run.stderr, run.stderr
    # The .xlsx summary holds the same rows.
    sheet = openpyxl.load_workbook(summary).active
    cells = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert cells[0] == header, cells[0]
    assert sorted(r[0] for r in cells[1:]) == sorted(r[0] for r in rows)
    # The JSON summary says the same, with exact numbers; md is not a summary format.
    run = subprocess.run([jixiao, "check", folder, "--format", "json"], capture_output=True,
                         text=True, encoding="utf-8")
    assert run.returncode == 2, (run.returncode, run.stderr)
    audit = json.loads(run.stdout, parse_float=decimal.Decimal)
    assert audit["format"] == "jixiao.audit/1", audit
    files = {os.path.relpath(f["file"], folder): f for f in audit["files"]}
    assert sorted(files) == sorted(by_file), files
    for name, entry in files.items():
        assert entry["outcome"] == {"无问题": "clean", "有发现": "findings", "无法读取": "unreadable"}[
            by_file[name]["结果"]], entry
        if "total" in entry:
            assert str(entry["total"].quantize(decimal.Decimal("0.01"))) == by_file[name]["重算总分"], entry
    assert audit["counts"] == {"clean": 1, "findings": 4, "unreadable": 2}, audit["counts"]
    assert subprocess.run([jixiao, "check", folder, "--format", "md"],
                          capture_output=True).returncode == 2

    # A folder of clean files exits 0; one with findings only, 1.
    quiet = os.path.join(work, "clean")
    shutil.rmtree(quiet, ignore_errors=True)
    os.makedirs(quiet)
    shutil.copy(os.path.join(repo, "examples", "data", "department-training-2024.json"), quiet)
    assert subprocess.run([jixiao, "check", quiet], capture_output=True).returncode == 0
    shutil.copy(os.path.join(tables, "chizhou-2022.csv"), quiet)
    text = subprocess.run([jixiao, "check", quiet], capture_output=True, text=True, encoding="utf-8")
    assert text.returncode == 1, text.returncode
    assert "2 个文件：无问题 1，有发现 1，无法读取 0" in text.stdout, text.stdout
    print(f"{len(rows)} files audited; summary in text, CSV and XLSX")


if __name__ == "__main__":
    main()
