"""Name-shaped lines near a headline that are no byline (issue 11: a wrong name is worse than none):
the headline's own subject printed as a kicker over it, a role alone from an author's card, a heading
or a citation that goes on after its comma; and a label of a script without spaces that opens a
byline with a space ("投稿者 Jane Doe"). Held both ways on invented lines: the byline beside them
is still read."""

from __future__ import annotations

import pytest

import newsgrab
from newsgrab.model import Block, Metadata
from newsgrab.text.byline import byline_names, drop_headline_subject
from newsgrab.text.header import take_header_line

STORY = (
    "Tomas Keller reopened the outer harbour on Thursday after three days of repairs to the crane on the "
    "north quay, and by seven o'clock the first fishing boats were already queuing at the slipway.\n\n"
    "\"We lost the best week of the season,\" said Tomas Keller, who has run the harbour for "
    "twenty-two years, as the crane lifted the first boat.\n\n"
    "The harbour office said the crane had been inspected twice since the autumn and that the gearbox "
    "failed during the storm on Monday night.\n"
)
MENU = "\n".join(f"  * {word}" for word in ("Home", "News", "Local", "Sport", "Weather", "Culture", "Opinion"))
HEADLINE = "Tomas Keller: 'We lost the best week of the season at the harbour'"


def _page(above: str, below: str) -> str:
    return f"Harbour Gazette\n\n{MENU}\n\n{above}\n\n{HEADLINE}\n\n{below}\n\n{STORY}\n{MENU}\n"


@pytest.mark.parametrize(("above", "below"), [("Tomas Keller", ""), ("", "Tomas Keller")])
def test_the_headlines_subject_beside_it_is_no_byline(above: str, below: str) -> None:
    article = newsgrab.extract(_page(above, below), kind="text")
    assert article.title == HEADLINE
    assert article.authors == []


@pytest.mark.parametrize(
    ("above", "below", "authors"),
    [
        ("", "Lena Moravec", ["Lena Moravec"]),  # a name the headline does not hold is the byline
        # (right above it, with nothing between, a bare name is the kicker's place: no byline either)
        ("Lena Moravec", "", []),
        ("", "By Tomas Keller", ["Tomas Keller"]),  # a labelled byline says whose it is: the subject wrote it
    ],
)
def test_a_byline_beside_the_headline_is_still_read(above: str, below: str, authors: list[str]) -> None:
    assert newsgrab.extract(_page(above, below), kind="text").authors == authors


@pytest.mark.parametrize(
    ("authors", "title", "kept"),
    [
        (["Jane Doe"], "Jane Doe: 'I would do it all again'", []),
        (["Jane Doe"], "What JANE DOE told the council", []),  # case aside
        (["Jane Doe"], "Jane Does the harbour run again", ["Jane Doe"]),  # whole words only
        (["Jane Doe"], "The crane is fixed at last", ["Jane Doe"]),
        (["松村太郎"], "松村太郎のAppleニュース一気読み", ["松村太郎"]),  # no word ends to tell in this script
    ],
)
def test_a_bare_name_the_headline_holds_is_taken_back(authors: list[str], title: str, kept: list[str]) -> None:
    meta = Metadata(title=title, authors=list(authors), provenance={"authors": "header-line"})
    drop_headline_subject(meta)
    assert meta.authors == kept
    assert ("authors" in meta.provenance) == bool(kept)


def test_a_labelled_byline_the_headline_holds_is_kept() -> None:
    meta = Metadata(title="Jane Doe: 'I would do it all again'", authors=["Jane Doe"], provenance={"authors": "byline"})
    drop_headline_subject(meta)
    assert meta.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Senior Reporter", []),  # an author's card's role line, its name left out
        ("Contributing Writer", []),
        ("Staff Photographer", []),
        ("Jane Doe, Senior Reporter", ["Jane Doe"]),
        ("Jane Chief", ["Jane Chief"]),  # a name with one role-shaped word is still a name
        ("Harbour Rules, \u201cslow boats\u201d, and more!", []),  # a heading after its comma
        ('J. Doe, R. Roe, "Cranes of the North Sea"', []),  # a citation
        ("Ada Roe, what next?", []),
        ("Tom Baker, AP Auto Writer", ["Tom Baker"]),
        ("Meg Hill and Ann Roe, Associated Press", ["Meg Hill", "Ann Roe"]),
    ],
)
def test_what_a_name_shaped_line_holds(line: str, names: list[str]) -> None:
    assert byline_names(line) == names


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("投稿者 Jane Doe", ["Jane Doe"]),  # a Japanese blog theme's post line (data: ja "投稿者")
        ("投稿者: Jane Doe", ["Jane Doe"]),
        ("著者 山田太郎 イラスト 佐藤花子", ["山田太郎"]),  # a credit list on one line: the author, not the illustrator
        ("記者：張偉", ["張偉"]),  # a full-width colon
        ("記者会見で首相が語った", []),  # the label's characters opening a word of a sentence: no space, no colon
        ("投稿者の声を紹介します", []),
        ("Author Jane Doe", []),  # a label of a spaced script still needs its colon
    ],
)
def test_a_label_of_an_unspaced_script_opens_a_byline_with_a_space(line: str, authors: list[str]) -> None:
    meta = Metadata()
    assert take_header_line(Block(kind="p", text=line), meta) == bool(authors)
    assert meta.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a byline's name runs on into whom the person writes for, after a lower-case word
        ("By Jane Doe for The Harbour Post | May 24, 2016", ["Jane Doe"]),
        ("Par Jean Dupont pour Le Courrier du Port", ["Jean Dupont"]),
        ("Von Hans Müller für Die Hafenzeitung", ["Hans Müller"]),
        ("By Ana de la Vega for Harbour Radio", ["Ana de la Vega"]),
        # a name's own particles, an organisation's own lower-case word, and names joined by "and" are kept
        ("By Jan Peter van der Berg", ["Jan Peter van der Berg"]),
        ("By Organization for Open Harbour Maps", ["Organization for Open Harbour Maps"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_a_bylines_name_ends_where_its_publication_starts(line: str, authors: list[str]) -> None:
    meta = Metadata()
    assert take_header_line(Block(kind="p", text=line), meta)
    assert meta.authors == authors
