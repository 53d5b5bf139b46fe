#!/usr/bin/env python3
# pdf-layout.py — what poppler reads back from a PDF page, for cli-render.sh
#
#   pdf-layout.py margins PDF LEFT TOP BOTTOM
#       every word lies inside the margins (points); the footer, the last
#       line of a page, may sit in the bottom margin but not off the page
#   pdf-layout.py headings PDF
#       no page ends with a heading: the last line above the footer is not
#       all bold in a size larger than the body text
#   pdf-layout.py body-size PDF
#       the size in points of most of the text
#   pdf-layout.py last-page PDF
#       the last page of a longer document is not a runt: its text, above
#       the footer, fills at least a sixth of the page's height
#
# Prints one line per problem and exits 1 when there is any.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import collections
import subprocess
import sys
import xml.etree.ElementTree as ET

TOLERANCE = 1.5  # points: glyph side bearings and rounding


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def bbox_pages(pdf):
    root = ET.fromstring(run("pdftotext", "-bbox", "-enc", "UTF-8", pdf, "-"))
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = [(float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
                  float(w.get("yMax")), w.text or "")
                 for w in page.iter("{http://www.w3.org/1999/xhtml}word")]
        yield float(page.get("width")), float(page.get("height")), words


def margins(pdf, left, top, bottom):
    left, top, bottom = float(left), float(top), float(bottom)
    problems = []
    for n, (width, height, words) in enumerate(bbox_pages(pdf), 1):
        if not words:
            problems.append(f"page {n}: no text")
            continue
        footer_top = max(w[1] for w in words) - TOLERANCE
        for x0, y0, x1, y1, text in words:
            where = f"page {n}: “{text}” at ({x0:.1f}, {y0:.1f})–({x1:.1f}, {y1:.1f})"
            if x0 < left - TOLERANCE or x1 > width - left + TOLERANCE:
                problems.append(where + f" is outside the side margins ({left} pt)")
            if y0 < top - TOLERANCE:
                problems.append(where + f" is in the top margin ({top} pt)")
            if y0 >= footer_top:
                if y1 > height - 0.2 * bottom:
                    problems.append(where + " is a footer too close to the page edge")
            elif y1 > height - bottom + TOLERANCE:
                problems.append(where + f" is in the bottom margin ({bottom} pt)")
    return problems


RUNT = 1 / 6


def last_page(pdf):
    pages = list(bbox_pages(pdf))
    if len(pages) < 2:
        return []
    _, height, words = pages[-1]
    footer_top = max(w[1] for w in words) - TOLERANCE
    body = [w for w in words if w[1] < footer_top]
    used = max(w[3] for w in body) - min(w[1] for w in body) if body else 0
    if used < RUNT * height:
        return [f"page {len(pages)}, the last, is a runt: its text is {used:.0f} pt of {height:.0f}"]
    return []


def text_lines(pdf):
    """Lines of each page as (top, size, all_bold, text), in zoom-2 units."""
    xml = run("pdftohtml", "-xml", "-i", "-q", "-stdout", "-zoom", "2", pdf)
    root = ET.fromstring(xml.split("\n", 2)[2] if xml.startswith("<?xml") else xml)
    sizes = {}
    for page in root.iter("page"):
        for spec in page.iter("fontspec"):
            sizes[spec.get("id")] = int(spec.get("size"))
        lines = collections.OrderedDict()
        for t in page.iter("text"):
            text = "".join(t.itertext())
            if not text.strip():
                continue
            top = int(t.get("top"))
            bold = t.find("b") is not None and "".join(t.find("b").itertext()) == text
            line = lines.setdefault(top, [sizes[t.get("font")], True, ""])
            line[0] = max(line[0], sizes[t.get("font")])
            line[1] = line[1] and bold
            line[2] += text
        yield [(top, *line) for top, line in sorted(lines.items())]


def body_size_units(pages):
    chars = collections.Counter()
    for lines in pages:
        for _, size, _, text in lines:
            chars[size] += len(text)
    return chars.most_common(1)[0][0]


def headings(pdf):
    pages = list(text_lines(pdf))
    body = body_size_units(pages)
    problems = []
    found = 0
    for n, lines in enumerate(pages, 1):
        found += sum(1 for _, size, bold, _ in lines if bold and size > body)
        if len(lines) < 2:
            continue
        top, size, bold, text = lines[-2]  # the last line is the footer
        if bold and size > body:
            problems.append(f"page {n} ends with the heading “{text}”")
    if found == 0:
        problems.append("no headings found: is the body size right?")
    return problems


def main(argv):
    command, pdf, *rest = argv[1:]
    if command == "body-size":
        print(body_size_units(list(text_lines(pdf))) / 2)
        return 0
    if command == "margins":
        problems = margins(pdf, *rest)
    elif command == "last-page":
        problems = last_page(pdf)
    else:
        problems = headings(pdf)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
