#!/usr/bin/env python3
"""Writes a score table (CSV) as a Word document holding it as a table, the way a 自评表 is
published inside a report: a title paragraph, then the table, with blank 一级/二级 cells merged
into the cell above (w:vMerge) and a one-cell title row spanning the table (w:gridSpan).

    make-docx.py TABLE.csv OUT.docx

tests/data/tables/make-libreoffice-fixtures saves the result again through LibreOffice Writer,
so that the committed .docx is one a word processor wrote.
"""
import csv
import sys
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def paragraph(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def cell(text, span=1, merge=None):
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge:
        props += '<w:vMerge w:val="restart"/>' if merge == "restart" else "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraph(text)}</w:tc>"


def main():
    source, out = sys.argv[1:3]
    with open(source, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    width = max(len(r) for r in rows)
    title, rows = (rows[0][0], rows[1:]) if sum(1 for c in rows[0] if c) == 1 else ("", rows)
    header = next(i for i, r in enumerate(rows) if "分值" in r)
    body = []
    if title:
        body.append(f"<w:tr>{cell(title, span=width)}</w:tr>")
    for i, row in enumerate(rows):
        row = row + [""] * (width - len(row))
        cells = []
        for c, text in enumerate(row):
            below_header = i > header
            merge = None
            if below_header and c < 2:
                following_blank = i + 1 < len(rows) and (rows[i + 1] + [""] * width)[c] == ""
                if text == "":
                    merge = "continue"
                elif following_blank:
                    merge = "restart"
            cells.append(cell(text, merge=merge))
        body.append("<w:tr>" + "".join(cells) + "</w:tr>")
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(width))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W}"><w:body>{paragraph("附件：评分表")}'
                f'<w:tbl><w:tblGrid>{grid}</w:tblGrid>{"".join(body)}</w:tbl>'
                f'{paragraph("")}<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", document)


if __name__ == "__main__":
    main()
