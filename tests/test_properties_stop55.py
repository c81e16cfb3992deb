"""Properties of stop 55's new code on generated hostile input (s46-fuzz), and the faults it found.

The pieces aimed at: a list of headlines amid the story (text/gaps.py `headline_gap`), the block
values the span weighs (text/values.py), a readers' comment section opened by its heading
(clean/commentsection.py), ornaments printed as a paragraph (clean/ornaments.py), byline
conjunctions gated by the page's language (meta/conjunctions.py), and the memos of a header line's
verdict and date (text/header.py, text/headerdates.py). Text dumps and pages are built from runs of
headline-shaped lines between prose, comment headings in several languages with date lines and form
fields under them, ornaments, bylines joined by every language's conjunctions under every page
language, and labelled or "Name, Date" date lines. For every input:

- only a `NewsgrabError` leaves `extract`, never an `InternalError` (the safety net caught a bug);
- a document's record does not depend on the documents read before it (the memos keep no verdict
  that holds for one page's language only);
- the readers answer within their contracts (a heading's index is a heading's, an ornament line holds
  no letter or digit, a gap's answer is a bool on any blocks and values).

And the fault found (one): `joined_full_names` read each conjunction's two sides again from their
edges, n² on a byline of many names joined by another language's conjunction (4,000 names 5.9 s).
Every sample is invented here. The example counts keep the module to well under a minute.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgrab
import newsgrab.memo
from newsgrab.clean.commentsection import comment_section, heading_kind
from newsgrab.clean.ornaments import is_ornament_line
from newsgrab.errors import InternalError, NewsgrabError
from newsgrab.meta.conjunctions import (
    _PART_EDGE_RE,
    Conjunctions,
    _foreign_re,
    _full_name,
    byline_language,
    conjunctions_for,
    joined_full_names,
)
from newsgrab.meta.people import split_authors
from newsgrab.model import Block
from newsgrab.text.gaps import headline_gap, is_headline
from newsgrab.text.values import block_values

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PROSE = ["The island ferry ran again on Monday after three days of gales, the operator said.",
         "Engineers checked the harbour wall before the council voted to pay for its repair.",
         "Residents had asked for a second boat in winter, when the road is often closed.",
         "Die Fähre fuhr am Montag wieder, nachdem der Sturm drei Tage lang getobt hatte.",
         "Le bac a repris lundi après trois jours de tempête, selon l'exploitant du port."]
HEADLINES = ["Council votes on the new harbour plan", "Why the ferry stopped for three days",
             "Fähre fährt wieder nach drei Tagen Sturm", "港口新计划今日投票通过了吗",
             "Ten things to know about the storm?",
             "Read also", "More from Harbour Post", "The new headset."]
HEADINGS = ["12 comments", "One comment", "No comments", "Comments", "Comments (0)", "3 Kommentare", "Kommentare",
            "Keine Kommentare", "12 thoughts on “Ferry runs again”", "4 responses to “Harbour”", "评论 (12)",
            "댓글 3", "Leave a Reply", "Kommentar schreiben", "12 comments on the plan were received by the council."]
UNDER = ["Mara Lind", "Mara Lind says:", "March 3, 2024 at 9:12 am", "12. März 2024 um 14:02", "3 hours ago",
         "Reply", "Antworten", "Name *", "Email * ______", "Website [ ]", "Great piece, thanks.", ""]
ORNAMENTS = ["◆◆◆", "★ ★ ★", "────────", "⁂", "❧", "●", "□", "* * *", "---", "★★★★☆ 4/5", "◆ x ◆", "═" * 400]
GIVEN = ["Nora", "Piet", "Anna", "Jonas", "María", "Šárka", "Dan", "Thomas", "nora", "Ünal"]
FAMILY = ["Vale", "Marrow", "Novák", "de la Cruz", "Kempis", "Wirawan", "vale"]
JOINS = ["and", "und", "a", "i", "y", "e", "dan", "Dan", "un", "și", "og", "och", "oraz", "ja", "&", ",", " ,", ";",
         "|", "/", "•", "a a", "i i"]
LANGS = [None, "en", "cs", "pl", "id", "lv", "fr", "es", "ro", "sk", "hr", "de", "ja", "en-GB", "xx", ""]
DATES = ["Updated: 12 July 2021", "Published Monday, March 4, 2024 9:10AM EST", "Publié le 05/04/2013 à 17:08",
         "Jane Doe, 4 May 2024", "Nora Vale | May 3, 2024", "Originally published by X on 3 May 2024",
         "Updated: 31 February 2024", "Published 0000-00-00", "March 99, 99999", "Updated: 12 July 2021 " * 30,
         "Von Anna Schmidt, 4. März 2024, 25:61 Uhr", "2024-13-45T99:99:99Z"]


@st.composite
def bylines(draw: st.DrawFn, max_names: int = 8) -> str:
    names = draw(st.lists(st.tuples(st.sampled_from(GIVEN), st.sampled_from(FAMILY)), min_size=1, max_size=max_names))
    out = ""
    for given_name, family in names:
        join = draw(st.sampled_from(JOINS))
        out += f" {join} {given_name}" + ("" if draw(st.integers(0, 4)) == 0 else f" {family}")
    opener = draw(st.sampled_from(["By", "Von", "Autorzy:", "Oleh", "Texto:", ""]))
    return f"{opener}{out}".strip()


@st.composite
def dumps(draw: st.DrawFn) -> str:
    """A text dump: a headline and a byline, then stretches of prose, headline runs, ornaments, a comment
    section and date lines, in any order."""
    parts = ["Harbour Post", "Home | News | Sport", draw(st.sampled_from(HEADLINES)), draw(bylines()),
             draw(st.sampled_from(DATES))]
    for _ in range(draw(st.integers(1, 8))):
        piece = draw(st.integers(0, 4))
        if piece == 0:
            parts += draw(st.lists(st.sampled_from(PROSE), min_size=1, max_size=4))
        elif piece == 1:
            parts += draw(st.lists(st.sampled_from(HEADLINES), min_size=1, max_size=45))
        elif piece == 2:
            parts += draw(st.lists(st.sampled_from(ORNAMENTS), min_size=1, max_size=6))
        elif piece == 3:
            parts += [draw(st.sampled_from(HEADINGS)), *draw(st.lists(st.sampled_from(UNDER), max_size=8))]
        else:
            parts += draw(st.lists(st.sampled_from([*DATES, draw(bylines())]), min_size=1, max_size=4))
    return "\n\n".join(parts) + "\n"


@st.composite
def pages(draw: st.DrawFn) -> bytes:
    """The same pieces as a page with a declared language (or none)."""
    lang = draw(st.sampled_from(LANGS))
    attr = "" if lang is None else f' lang="{lang}"'
    byline = draw(bylines())
    blocks = [f"<p>{line}</p>" if line in PROSE else f"<h3>{line}</h3>" for line in draw(dumps()).split("\n\n")[2:]]
    return (f'<html{attr}><head><title>Ferry runs</title><meta name="author" content="{byline}"></head><body>'
            f'<article><h1>Ferry runs</h1><p class="byline">{byline}</p>{"".join(blocks)}</article></body></html>'
            ).encode()


def _record(data: bytes | str, kind: str) -> dict[str, object]:
    try:
        return newsgrab.extract(data, kind=kind).to_dict()
    except InternalError:
        raise
    except NewsgrabError as exc:
        return {"error": exc.code}


def _clear_memos() -> None:
    """Empty every module-level `Memo` of the library: what a fresh process starts with."""
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith("newsgrab"):
            for value in list(vars(module).values()):
                if isinstance(value, newsgrab.memo.Memo):
                    value.clear()


@SETTINGS
@given(dumps(), dumps())
def test_text_dumps_answer_and_do_not_depend_on_the_one_before(first: str, second: str) -> None:
    _clear_memos()
    alone = _record(second, "text")
    _record(first, "text")
    assert _record(second, "text") == alone


@SETTINGS
@given(pages(), pages())
def test_pages_answer_and_do_not_depend_on_the_one_before(first: bytes, second: bytes) -> None:
    _clear_memos()
    alone = _record(second, "html")
    _record(first, "html")
    assert _record(second, "html") == alone


def _plain_joined(text: str, conjunctions: Conjunctions) -> str:
    """`joined_full_names` as stop 55 wrote it (each side read again from its edges): the reference."""
    if not conjunctions.foreign:
        return text
    pattern = _foreign_re(conjunctions.foreign)
    if pattern.search(text) is None:
        return text
    out: list[str] = []
    last = 0
    for found in pattern.finditer(text):
        before = _PART_EDGE_RE.split(text[:found.start()])[-1].split()
        after = _PART_EDGE_RE.split(text[found.end():], maxsplit=1)[0].split()
        after = after[:next((i for i, w in enumerate(after) if pattern.search(f" {w} ")), len(after))]
        if _full_name(before) and _full_name(after):
            out.append(text[last:found.start()] + " & ")
            last = found.end()
    return "".join(out) + text[last:]


@settings(max_examples=300, deadline=None)
@given(bylines(max_names=12), st.sampled_from(LANGS))
def test_one_pass_joins_as_each_side_read_from_its_edges(byline: str, lang: str | None) -> None:
    conjunctions = conjunctions_for(lang or None)
    assert joined_full_names(byline, conjunctions) == _plain_joined(byline, conjunctions)
    with byline_language(lang):
        names = split_authors(byline)
    assert all(name.strip() for name in names)


def _names(n: int, join: str) -> str:
    return f" {join} ".join(f"{GIVEN[i % 4]} {FAMILY[(i // 4) % 2]}" for i in range(n))


def test_many_names_joined_by_a_foreign_conjunction_are_read_in_linear_time() -> None:
    # the Latvian "un" on a French page, Czech "a" on an English one: each conjunction's sides were read
    # again from the byline's edges (4,000 names 5.9 s of CPU, 8,000 about 24 s); now 0.03 s and 0.06 s
    for lang, join in (("fr", "un"), ("en", "a"), ("en", "dan")):
        byline = _names(8000, join)
        start = time.process_time()
        joined = joined_full_names(byline, conjunctions_for(lang))
        assert time.process_time() - start < 1.5
        assert joined.count(" & ") == 7999


def test_a_page_whose_author_meta_joins_thousands_of_names_is_read_in_time() -> None:
    names = _names(4000, "un")
    page = (f'<html lang="fr"><head><title>Le bac</title><meta name="author" content="{names}"></head><body>'
            "<article><h1>Le bac</h1>" + "<p>Le bac a repris lundi après trois jours de tempête.</p>" * 5
            + "</article></body></html>").encode()
    start = time.process_time()
    record = newsgrab.extract(page, kind="html").to_dict()
    assert time.process_time() - start < 2.0  # 5 s before
    assert isinstance(record["authors"], list)


@SETTINGS
@given(st.lists(st.sampled_from(PROSE + HEADLINES + HEADINGS + UNDER + ORNAMENTS + DATES), max_size=60),
       st.data())
def test_the_span_readers_answer_on_any_blocks(lines: list[str], data: st.DataObject) -> None:
    kinds = ["p", "li", "h2", "media", "hr", "pre", "quote"]
    blocks = [Block(kind=data.draw(st.sampled_from(kinds)), text=line,
                    link_chars=data.draw(st.integers(0, len(line)))) for line in lines]
    values = block_values(blocks)
    assert len(values) == len(blocks)
    n = len(blocks)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    down = range(end, n)
    up = range(start - 1, -1, -1)
    assert headline_gap(blocks, values, start, end, down) in (True, False)
    assert headline_gap(blocks, values, start, end, up) in (True, False)
    texts = [block.text for block in blocks]
    substantive = [value > 0 for value in values]
    found = comment_section(blocks, texts, substantive, data.draw(st.integers(-2, n + 2)))
    assert found is None or heading_kind(texts[found]) is not None


@SETTINGS
@given(st.text(alphabet=st.sampled_from([*"◆★ ─⁂❧●□*-a1.[]…×|", "\u3000", "\u200b"]), max_size=50))
def test_an_ornament_line_holds_no_letter_or_digit(line: str) -> None:
    if is_ornament_line(line):
        assert not any(char.isalnum() for char in line)


@pytest.mark.parametrize("line", [*HEADLINES, "x" * 10_000, "word " * 5_000, "评" * 3_000, ""])
def test_headline_and_heading_shapes_answer_on_long_lines(line: str) -> None:
    start = time.process_time()
    assert is_headline(line) in (True, False)
    assert heading_kind(line) in (None, "empty", "titled", "counted")
    assert time.process_time() - start < 0.5
