#!/usr/bin/env python3
"""Reads an XLSX 评分表 written by `jixiao score --format xlsx` with openpyxl (Debian's
python3-openpyxl), as a finance office's spreadsheet would, and checks it against the JSON
scorecard of the same evaluation: every leaf's 分值, 得分 and 得分率 as numbers with the 2-place
formats, the ancestors in merged cells, the 合计 row and the grade.

    check_xlsx.py REPORT.xlsx SCORECARD.json
"""
import json
import sys
from decimal import Decimal

import openpyxl


def main():
    xlsx_path, json_path = sys.argv[1:3]
    with open(json_path, encoding="utf-8") as f:
        card = json.load(f, parse_float=Decimal, parse_int=Decimal)
    leaves = {n["code"]: n for n in card["nodes"] if n["leaf"]}
    sheet = openpyxl.load_workbook(xlsx_path)["评分表"]
    header = [c.value for c in sheet[4]]
    code_col = header.index("指标代码")
    names = header[code_col:]
    assert names == ["指标代码", "分值", "指标值", "得分", "得分率", "计分过程"], header
    seen = 0
    total_row = None
    for row in sheet.iter_rows(min_row=5):
        first = row[0].value
        if first == "合计":
            total_row = row
            break
        code = row[code_col].value
        leaf = leaves[code]
        points, target, score, rate, trace = (row[code_col + i] for i in range(1, 6))
        assert points.number_format == "0.00" and Decimal(str(points.value)) == leaf["points"], code
        assert (target.value or "") == leaf["target"], code
        if leaf["applicable"]:
            assert score.number_format == "0.00", code
            assert Decimal(str(score.value)) == leaf["score"], (code, score.value, leaf["score"])
            assert rate.number_format == "0.00%", code
            exact = leaf["rate"]["numerator"] / leaf["rate"]["denominator"]
            assert abs(Decimal(str(rate.value)) - exact) < Decimal("1e-8"), code
            assert trace.value == leaf["trace"]["text"], code
        else:
            assert score.value == "不适用", code
        seen += 1
    assert seen == len(leaves), (seen, len(leaves))
    assert total_row is not None, "no 合计 row"
    assert Decimal(str(total_row[code_col + 3].value)) == card["total"]
    assert total_row[code_col + 5].value == "等级：" + card["rating"].get("label", ""), total_row[code_col + 5].value
    merged = [str(r) for r in sheet.merged_cells.ranges]
    assert any(r.startswith("A") and ":" in r for r in merged[1:]), "categories are not merged"
    print(f"ok: {xlsx_path} ({seen} leaves, total {card['total']})")


if __name__ == "__main__":
    main()
