"""A byline's row printed as a column over its dateline under the headline (text/namerun.py): a
converter that ends a line at every inline element prints "Name / Outlet / Date" as three lines, and
"Name / "/" / Name / Place / Date" for two authors; the dateline anchors the names above it, across
a label or a separator alone on its line. Not a row's names: a name over a date past the story's
first paragraph (a teaser list's cards), a name above a sentence-shaped line over the date. Invented
dumps."""

from __future__ import annotations

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.namerun import take_name_run
from tests.harbour_dump import CRANE, DEK, HEADLINE, page


def test_a_name_over_its_outlet_over_the_dateline_is_the_byline() -> None:
    below = f"{DEK}\n\nShare this story\n\nMara Lindqvist\n\nHarbour Gazette\n\nPosted: Mar 3, 2024 9:15 AM"
    article = newsgrab.extract(page("", below), kind="text")
    assert article.title == HEADLINE
    assert article.authors == ["Mara Lindqvist"]
    assert article.published is not None and article.published.startswith("2024-03-03")
    assert "Mara Lindqvist" not in article.body


def test_two_names_apart_by_a_separator_over_a_place_and_the_date() -> None:
    row = ["Tomas Berglund", "/", "Ingrid Sol Ahlberg", "Gothenburg", "3 MAR 2024 - 09:15 CET"]
    below = "\n\n".join([DEK, "Share this story", *row])
    article = newsgrab.extract(page("", below), kind="text")
    assert article.authors == ["Tomas Berglund", "Ingrid Sol Ahlberg"]


def test_teaser_cards_past_the_first_paragraph_name_no_one() -> None:
    cards = "Read next\n\nPetra Holm\n\nMar 1, 2024\n\nJonas Ek\n\nFeb 28, 2024"
    article = newsgrab.extract(page("", f"{DEK}\n\nMarch 3, 2024", "\n\n".join([*CRANE[:2], cards, *CRANE[2:]])),
                               kind="text")
    assert article.title == HEADLINE
    assert article.authors == []


def _run(lines: list[str], date_at: int, kind: str = "p", end: int | None = None) -> list[str]:
    blocks = [Block(kind=kind, text=line) for line in lines]
    meta = Metadata()
    take_name_run(blocks, 0, len(blocks) if end is None else end, {date_at}, set(), meta)
    return meta.authors


def test_the_run_reads_a_flush_heading_name_and_stops_at_a_sentence_or_a_second_label() -> None:
    assert _run([HEADLINE, "Mara Lindqvist", "Harbour Gazette", "March 3, 2024"], 3) == ["Mara Lindqvist"]
    assert _run([HEADLINE, "Mara Lindqvist", "March 3, 2024"], 2, kind="h2") == ["Mara Lindqvist"]
    heading_over_plain = [Block(kind="p", text=HEADLINE), Block(kind="h3", text="Mara Lindqvist"),
                          Block(kind="p", text="March 3, 2024")]
    meta = Metadata()
    assert take_name_run(heading_over_plain, 0, 3, {2}, set(), meta) == set() and meta.authors == []
    assert _run([HEADLINE, "Mara Lindqvist", "The crane was fixed on Monday.", "March 3, 2024"], 3) == []
    assert _run([HEADLINE, "Mara Lindqvist", "Harbour Gazette", "Weather", "March 3, 2024"], 4) == []


def test_a_name_over_a_date_past_the_first_paragraph_is_no_row() -> None:
    lines = [HEADLINE, CRANE[0], "Petra Holm", "Mar 1, 2024"]
    assert _run(lines, 3, end=1) == []
    assert _run(lines, 3) == ["Petra Holm"]
