"""Dates whose order or role the words around them tell, found by bench/date_matrix.py: a slashed
numeric date read day first when a day-first language's clock or label sits beside it, and a dateline
that prints its last change before its publication. Invented samples (tests/sea_wall.py's story)."""

from __future__ import annotations

import newsgrab
from newsgrab.meta.dates import parse_date, split_at_modified_label
from newsgrab.meta.lexicon import calendar_words
from newsgrab.text.headerdates import labelled_date
from tests.sea_wall import PARAGRAPHS, STORY, TITLE


def _page(row: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f'<p class="meta">{row}</p>{body}</article></body></html>')


# ------------------------------------------------------------ the clock and label that tell the order
def test_day_first_clock_words_leave_english_out() -> None:
    words = calendar_words().day_first_clock_words
    assert "à" in words and "um" in words and "uhr" in words and "às" in words
    assert "at" not in words  # US English writes its slashed dates month first


def test_a_day_first_clock_reads_a_slashed_date_day_first() -> None:
    assert parse_date("04/03/2024 à 10h15") == "2024-03-04"
    assert parse_date("04/03/2024 às 10h15") == "2024-03-04"
    assert parse_date("04/03/2024, um 10:15 Uhr") == "2024-03-04"
    assert parse_date("04/03/2024 10h15") == "2024-03-04"  # an "h" clock: never a US page's


def test_an_english_or_bare_clock_keeps_the_slash_month_first() -> None:
    assert parse_date("04/03/2024 at 10:15 AM") == "2024-04-03"
    assert parse_date("04/03/2024 10:15") == "2024-04-03"
    # the page's declared language wins over the words: a US page is month first whatever follows
    assert parse_date("04/03/2024 à 10h15", day_first=False) == "2024-04-03"


def test_a_day_first_label_reads_a_slashed_date_day_first() -> None:
    assert parse_date("Publicado: 04/03/2024") == "2024-03-04"
    assert parse_date("Publicado em 04/03/2024") == "2024-03-04"
    assert parse_date("Published: 04/03/2024") == "2024-04-03"
    # a label far before the date, a sentence away, tells nothing
    assert parse_date("Publicado por la redacción de la gaceta del puerto, 04/03/2024") == "2024-04-03"


def test_the_text_path_takes_a_slashed_date_its_clock_tells() -> None:
    told = newsgrab.extract(f"{TITLE}\n\n04/03/2024 à 10h15\n\n{STORY}", kind="text")
    assert told.published is not None and told.published.startswith("2024-03-04")
    # the same date with nothing to tell its order is left unread: a wrong date is worse than none
    bare = newsgrab.extract(f"{TITLE}\n\n04/03/2024\n\n{STORY}", kind="text")
    assert bare.published is None


# ------------------------------------------------------------ the last change printed first
def test_updated_first_then_published_is_cut_by_the_labels() -> None:
    published, modified = split_at_modified_label("Updated March 6, 2024 | Published March 4, 2024")
    assert parse_date(published) == "2024-03-04" and parse_date(modified) == "2024-03-06"
    # published first: the usual cut
    published, modified = split_at_modified_label("Published March 4, 2024, updated March 6, 2024")
    assert parse_date(published) == "2024-03-04" and parse_date(modified) == "2024-03-06"


def test_a_published_label_without_its_own_date_does_not_turn_the_cut() -> None:
    published, modified = split_at_modified_label("Updated March 6, 2024. Published in print")
    assert parse_date(published) is None and parse_date(modified) == "2024-03-06"


def test_erstellt_labels_the_publication() -> None:
    assert labelled_date("Erstellt: 04.03.2024") == ("published", "2024-03-04")
    assert labelled_date("Erstellt von der Redaktion") is None  # no date: no label's line


def test_both_paths_give_the_publication_printed_after_the_update() -> None:
    for row in ("Updated March 6, 2024 | Published March 4, 2024",
                "Aktualisiert am 06.03.2024, erstellt am 04.03.2024"):
        html = newsgrab.extract(_page(row), kind="html")
        assert html.published == "2024-03-04" and html.modified == "2024-03-06"
        text = newsgrab.extract(f"{TITLE}\n\n{row}\n\n{STORY}", kind="text")
        assert text.published == "2024-03-04"


# ------------------------------------------------------------ a clock's words after the date
def test_a_clock_suffix_or_italian_ore_ends_a_dateline() -> None:
    from newsgrab.text.datelines import date_first

    assert date_first("maandag 4 maart 2024, 10:15 uur") == ("2024-03-04", [])
    assert date_first("lunedì 4 marzo 2024, ore 10:15") == ("2024-03-04", [])
    assert date_first("4 maart 2024, 10:15 uur · Jane Doe") == ("2024-03-04", ["Jane Doe"])
    # a sentence after the date is no dateline's tail
    assert date_first("4 maart 2024 stemde de raad opnieuw over de zeewering van de haven") is None


# ------------------------------------------------------------ a teaser's date under the story
def test_a_date_under_the_story_is_no_header_line() -> None:
    teaser = newsgrab.extract(f"{TITLE}\n\nBy Jane Doe\n\n{STORY}\nPier reopens after storm\n12 May 2025\n",
                              kind="text")
    assert teaser.published is None
    # under a standfirst, the story's own dateline is still read
    dated = newsgrab.extract(f"{TITLE}\n\n{PARAGRAPHS[0]}\n\nMarch 4, 2024\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n",
                             kind="text")
    assert dated.published == "2024-03-04"


def test_a_blogs_short_taglines_over_its_dateline_are_no_story() -> None:
    page = (f"Harbour Notes: {TITLE}\n\nHarbour Notes\n\nA log kept on the lower harbour of Port Elwyn.\n\n"
            "The notes and grumbles of one harbour watcher, with maps.\n\n\"Tides wait for no council.\"\n\n"
            f"Monday, March 04, 2024\n\n{TITLE}\n\n{STORY}")
    assert newsgrab.extract(page, kind="text").published == "2024-03-04"


# ------------------------------------------------------------ a wire dateline opening the story
def _wire(first: str) -> str | None:
    text = f"{TITLE}\n\n{first} {PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{PARAGRAPHS[2]}\n"
    return newsgrab.extract(text, kind="text").published


def test_a_wire_or_release_dateline_dates_the_text() -> None:
    assert _wire("PORT ELWYN, March 4, 2024 (Harbour Wire) - The council met again.") == "2024-03-04"
    assert _wire("HARBOURTOWN, March 04, 2024 /Dockside Newswire/ -- The board announced a sale.") == "2024-03-04"
    assert _wire("KIEL, 4. März 2024 (hw) – Der Rat tagte erneut.") == "2024-03-04"
    assert _wire("ПОРТ-ЭЛВИН, 4 марта 2024 (ХВ) — Совет снова собрался.") == "2024-03-04"


def test_a_dateline_without_year_capitals_or_dash_names_no_day() -> None:
    assert _wire("PORT ELWYN, March 4 (Harbour Wire) - The council met again.") is None  # no year
    assert _wire("Port Elwyn, March 4, 2024 - the council met again.") is None  # no capitals
    assert _wire("PORT ELWYN (Harbour Wire) - The council met again on Monday.") is None  # no date
    assert _wire("PORT ELWYN, March 4, 2024 was the day the council met again.") is None  # no dash
