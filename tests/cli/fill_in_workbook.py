#!/usr/bin/env python3
"""The fill-in 自评表 of a template, filled in as an evaluator would, scores as the template's
evaluation file filled with the same facts.

    fill_in_workbook.py JIXIAO TEMPLATE SEED [--via DIR]
    fill_in_workbook.py fill JIXIAO TEMPLATE SEED OUT.xlsx      (for the committed fixtures)

`jixiao template show TEMPLATE` is written twice: as its JSON fill-in file and as its .xlsx
自评表. For each indicator, values are drawn at random (from SEED) and written into both: the
facts the JSON file asks for (实际产出数 and 计划产出数, say), and what the 自评表 asks for in
their place (the 实际完成值 they give, a number in the cell's format, as typing "73.25%" into it
stores; a 得分 where the row has no 评分规则; the 项目资金 amounts). Both are scored by
`jixiao score --format json`: every leaf's score, the total and the grade must agree.

With --via DIR the workbook read is not the one filled here but DIR/fill-in-TEMPLATE.xlsx and
DIR/fill-in-TEMPLATE.xls, which LibreOffice saved after opening the filled workbook
(tests/data/tables/make-libreoffice-fixtures): the round trip through a real spreadsheet
program, tested without LibreOffice at test time. The .xls keeps no number formats that FreeXL
gives, so it is read with --percent-numbers fraction.
"""
import json
import random
import re
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

import openpyxl


def run(jixiao, *args):
    result = subprocess.run([jixiao, *args], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"jixiao {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def leaves(nodes):
    for node in nodes:
        if node.get("children"):
            yield from leaves(node["children"])
        else:
            yield node


def number_in(text):
    match = re.search(r"-?\d+(\.\d+)?", text or "")
    return Decimal(match.group(0)) if match else None


class Filling:
    """The values of one evaluation, drawn from `seed`, in both forms."""

    def __init__(self, template_json, workbook, seed):
        self.random = random.Random(seed)
        self.document = template_json
        self.sheet = workbook["自评表"]
        self.facts = {}  # code -> {name: Decimal or str}

    def cells(self):
        header = next(r for r in range(1, self.sheet.max_row + 1)
                      if self.sheet.cell(r, 2).value == "一级指标")
        rows = []
        for r in range(header + 1, self.sheet.max_row + 1):
            if self.sheet.cell(r, 1).value == "总分":
                return rows
            rows.append(r)
        sys.exit("the 自评表 has no 总分 row")

    def percent(self, low, high):
        return Decimal(self.random.randint(int(low * 100), int(high * 100))) / 100

    def fill(self):
        blanks = self.document["facts"]
        codes = [leaf["code"] for leaf in leaves(self.document["framework"]["indicators"])]
        block = next((r for r in range(1, 20) if self.sheet.cell(r, 2).value == "年度资金总额"), None)
        if block:
            budget = codes.pop(0)
            assert set(blanks[budget]) == {"全年执行数", "全年预算数"}, blanks[budget]
            adjusted = Decimal(self.random.randint(5000, 300000)) / 100
            spent = (adjusted * Decimal(self.random.randint(30, 100)) / 100).quantize(Decimal("0.01"))
            self.facts[budget] = {"全年执行数": spent, "全年预算数": adjusted}
            for col, value in ((4, adjusted), (5, adjusted), (6, spent)):
                self.sheet.cell(block, col).value = float(value)
        rows = self.cells()
        assert len(rows) == len(codes), (len(rows), codes)
        for code, row in zip(codes, rows):
            self.fill_row(code, blanks[code], row)

    def fill_row(self, code, blank, row):
        actual = self.sheet.cell(row, 6)
        target = self.sheet.cell(row, 5).value
        points = Decimal(str(self.sheet.cell(row, 7).value))
        names = list(blank)
        percent = "%" in (actual.number_format or "")
        if set(names) == {"等级", "得分"}:
            self.facts[code] = {"等级": "达成", "得分": points}
            self.sheet.cell(row, 8).value = float(points)
        elif len(names) == 2:  # a rate: numerator / denominator, written as the rate
            denominator = Decimal(self.random.choice([100, 200, 250, 400, 500, 1000, 2000]))
            numerator = Decimal(self.random.randint(int(denominator * Decimal("0.6")), int(denominator)))
            self.facts[code] = {names[0]: numerator, names[1]: denominator}
            assert percent, f"row {row}: a rate's 实际完成值 is not formatted as a percentage"
            actual.value = float(numerator / denominator)
        elif percent:
            base = number_in(target) or Decimal(0)
            value = self.percent(float(base) - 5, float(base) + 5)
            self.facts[code] = {names[0]: f"{value}%"}
            actual.value = float(value / 100)
        else:
            base = number_in(target)
            value = Decimal(self.random.randint(int(base * Decimal("0.9")), int(base * Decimal("1.1")))) \
                if base else Decimal(self.random.randint(0, 3))  # a count of findings
            self.facts[code] = {names[0]: value}
            actual.value = int(value)

    def evaluation_json(self):
        """The template's JSON with the facts filled in, numbers exactly as drawn."""
        document = dict(self.document)
        raw = {}
        facts = {}
        for code, values in self.facts.items():
            facts[code] = {}
            for name, value in values.items():
                if isinstance(value, Decimal):
                    key = f"@@{len(raw)}@@"
                    raw[key] = str(value)
                    value = key
                facts[code][name] = value
        document["facts"] = facts
        text = json.dumps(document, ensure_ascii=False, indent=1)
        for key, number in raw.items():
            text = text.replace(f'"{key}"', number)
        return text


def filled(jixiao, template, seed, work):
    run(jixiao, "template", "show", template, "-o", str(work / "template.json"))
    run(jixiao, "template", "show", template, "--format", "xlsx", "-o", str(work / "template.xlsx"))
    workbook = openpyxl.load_workbook(work / "template.xlsx")
    filling = Filling(json.loads((work / "template.json").read_text()), workbook, seed)
    filling.fill()
    (work / "filled.json").write_text(filling.evaluation_json())
    workbook.save(work / "filled.xlsx")
    return work / "filled.json", work / "filled.xlsx"


def scores(jixiao, path, *options):
    card = json.loads(run(jixiao, "score", str(path), "--format", "json", *options))
    leaf_scores = [(n["name"], n.get("score")) for n in card["nodes"] if n["leaf"]]
    return card["total"], card["rating"].get("label"), leaf_scores


def main(argv):
    if argv[1] == "fill":
        jixiao, template, seed, out = argv[2:6]
        with tempfile.TemporaryDirectory() as directory:
            _, workbook = filled(jixiao, template, int(seed), Path(directory))
            Path(out).write_bytes(workbook.read_bytes())
        return
    jixiao, template, seed = argv[1:4]
    via = Path(argv[5]) if len(argv) > 5 and argv[4] == "--via" else None
    with tempfile.TemporaryDirectory() as directory:
        evaluation, workbook = filled(jixiao, template, int(seed), Path(directory))
        expected = scores(jixiao, evaluation)
        tables = [(workbook, [])]
        if via:
            tables = [(via / f"fill-in-{template}.xlsx", []),
                      (via / f"fill-in-{template}.xls", ["--percent-numbers", "fraction"])]
        for table, options in tables:
            got = scores(jixiao, table, *options)
            if got != expected:
                for (name, a), (other, b) in zip(expected[2], got[2]):
                    if (name, a) != (other, b):
                        print(f"  {name}: {a} (evaluation file) vs {other}: {b} ({table.name})")
                sys.exit(f"{table.name}: total {got[0]} {got[1]}, the evaluation file "
                         f"{expected[0]} {expected[1]}")
            print(f"{table.name}: {len(got[2])} indicators, total {got[0]} {got[1]}, as the "
                  "evaluation file")


if __name__ == "__main__":
    main(sys.argv)
