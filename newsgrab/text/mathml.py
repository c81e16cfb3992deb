"""lynx's formulas: MathML printed as its markup, put back to the formula's text.

lynx does not render MathML: it prints a `<math>` element as `[MATH: ... :MATH]` around the element's
markup, every tag and attribute of it (`[MATH: <mi> a </mi> <mo> = </mo> <mn> 0 </mn> :MATH]`),
wrapped over as many lines as it takes. A page with formulas (an encyclopedia's, a course's, a
science desk's) then reads as runs of tag names that outweigh its prose, and a formula on a line of
its own is dropped whole as one of lynx's bracketed marks. A browser shows the element's text: the
identifiers, numbers and operators between the tags ("a = 0"), never the `<annotation>` that
carries the same formula in another notation (TeX source for a copy button or a screen reader).
So the markup goes, the annotation with its content, and the text stays where the formula was,
on one line, and on the line of the text around it when lynx broke a sentence there (a formula in
running text: "When\n[MATH: ... :MATH]\n, there are two solutions"); a formula set apart by blank
lines stays a line of its own. (The lines a formula took go: in `--explain` the lines after it
number as many lower.) Shape only, in any language: lynx's own brackets and MathML's tags; `<` and `>` outside
the brackets (a comparison in prose, markup quoted in an article) are left alone.
"""

from __future__ import annotations

import re

#: lynx's brackets around a formula's markup, which may hold brackets of its own (a matrix's); a
#: formula is never longer than this, and an open bracket without its close that far is left as it is
_MATH_RE = re.compile(r"(?P<before>(?<=\S)[ \t]*\n[ \t]*)?\[MATH:(?P<markup>(?s:(?!\[MATH:).){0,20000}?):MATH\]"
                      r"(?P<after>[ \t]*\n[ \t]*(?=\S))?")
#: MathML's other notations of the same formula: not shown
_ANNOTATION_RE = re.compile(r"<(annotation(?:-xml)?)\b[^<>]*>.*?</\1\s*>", re.DOTALL)
_TAG_RE = re.compile(r"<[^<>]*>")
_SPACE_RE = re.compile(r"\s+")


def formulas_as_text(text: str) -> str:
    """`text` with each of lynx's `[MATH: <markup> :MATH]` replaced by the formula's text on one line."""
    if "[MATH:" not in text:  # nearly every text: one scan
        return text
    return _MATH_RE.sub(_formula_text, text)


def _formula_text(match: re.Match[str]) -> str:
    markup = _ANNOTATION_RE.sub(" ", match.group("markup"))
    formula = _SPACE_RE.sub(" ", _TAG_RE.sub(" ", markup)).strip()
    # a formula inside a sentence (a line of text right above it, or right below) joins those lines
    before = " " if match.group("before") else ""
    after = " " if match.group("after") else ""
    return f"{before}{formula}{after}"
