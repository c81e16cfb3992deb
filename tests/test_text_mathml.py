"""lynx prints a MathML formula as its markup between `[MATH:` and `:MATH]`: the text path reads the
formula's text instead (text/mathml.py), in the sentence around it when lynx broke the sentence there,
without the `<annotation>` a browser never shows. Angle brackets outside lynx's marks stay. The
dumps are invented."""

from __future__ import annotations

import newsgrab
from newsgrab.text.mathml import formulas_as_text

#: a formula in running text, wrapped over two lines as lynx wraps it, with a TeX annotation
INLINE = (
    "   The tide table gives the height as\n"
    "   [MATH: <semantics> <mi> h </mi> <mo> = </mo> <mn> 2 </mn> <mi> t\n"
    "   </mi> <annotation encoding=\"application/x-tex\"> h = 2t </annotation> </semantics> :MATH]\n"
    "   for the first hour after low water.\n"
)
#: a formula set apart by blank lines, with brackets of its own (a matrix's)
DISPLAY = ("   The crane's load matrix is\n\n"
           "      [MATH: <mo> [ </mo> <mn> 4 </mn> <mn> 2 </mn> <mo> ] </mo> :MATH]\n\n   and so on.\n")


def test_an_inline_formula_reads_as_its_text_in_its_sentence() -> None:
    out = formulas_as_text(INLINE)
    assert out == "   The tide table gives the height as h = 2 t for the first hour after low water.\n"


def test_the_annotation_and_every_tag_go() -> None:
    out = formulas_as_text(INLINE)
    assert "annotation" not in out and "<" not in out and "h = 2t" not in out and "MATH" not in out


def test_a_display_formula_keeps_its_own_line_and_its_brackets() -> None:
    out = formulas_as_text(DISPLAY)
    assert out == "   The crane's load matrix is\n\n      [ 4 2 ]\n\n   and so on.\n"


def test_angle_brackets_outside_lynxs_marks_stay() -> None:
    prose = "   When the gauge reads <mi> or the level is < 2 and > 1, the gate stays shut.\n"
    assert formulas_as_text(prose) == prose


def test_an_unclosed_mark_is_left_as_it_is() -> None:
    broken = "   The height is [MATH: <mi> h </mi> and the page ends here.\n"
    assert formulas_as_text(broken) == broken


def test_the_body_holds_the_formulas_text_not_its_markup() -> None:
    story = (
        "Harbour Notes\n\n"
        "   The harbour office measured the tide every hour through the winter and published the\n"
        "   figures for the fishing crews, who plan their mornings around them.\n\n"
        + INLINE
        + "\n   The office said the rule held for every spring tide it had measured since the autumn,\n"
        "   and that the crews could rely on it until the new gauge is installed next year.\n"
    )
    body = newsgrab.extract(story, kind="text").body
    assert "h = 2 t for the first hour after low water." in body
    assert "<mi>" not in body and "MATH" not in body
