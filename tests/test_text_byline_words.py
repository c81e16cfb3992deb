"""The text header reads bylines with the words of data/byline_words.toml, the same words people.py reads."""

from __future__ import annotations

import pytest

from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.people import split_authors
from newsgrab.model import Block, Metadata
from newsgrab.text.header import is_header_line, take_header_line

_WORDS = byline_words()


def _authors(line: str) -> list[str]:
    meta = Metadata()
    take_header_line(Block(kind="p", text=line), meta)
    return meta.authors


@pytest.mark.parametrize("opener", _WORDS.openers)
def test_every_opener_of_the_file_opens_a_header_byline(opener: str) -> None:
    # "By Jane Doe", "Door Jane Doe", "Автор Jane Doe": a word added to the file is read here too
    assert _authors(f"{opener.capitalize()} Jane Doe") == ["Jane Doe"]
    assert is_header_line(f"{opener.capitalize()} Jane Doe")
    assert is_header_line(opener.capitalize())  # on a line of its own, the name on the next line


@pytest.mark.parametrize("opener", _WORDS.openers)
def test_every_opener_of_the_file_is_a_label_inside_a_byline(opener: str) -> None:
    # "Tech news by Jane Doe": what precedes the word is a section; "Anna <word> Berg" stays one name
    assert split_authors(f"Tech news {opener} Jane Doe") == ["Jane Doe"]
    assert split_authors(f"Anna {opener} Berg") == ["Anna " + opener + " Berg"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Analysis by Jane Doe", ["Jane Doe"]),  # a label that ends in an opener opens a line as one
        ("Ein Beitrag von Hans Müller", ["Hans Müller"]),
        ("A cura di Giulia Rossi", ["Giulia Rossi"]),
        ("Autorka: Anna Nowak", ["Anna Nowak"]),  # any other label needs its colon
        ("Autorka Anna Nowak", []),
        ("Text Size Small Medium", []),
        ("Photo by Piet Marrow/Getty Images", []),  # a picture's credit is a caption, not the byline
        ("Фото: Иван Петров", []),
        ("From: the council, the plan goes ahead", []),  # a mail header
    ],
)
def test_labels_open_a_header_byline_both_ways(line: str, expected: list[str]) -> None:
    assert _authors(line) == expected


def test_element_only_labels_still_name_people_in_a_byline_element() -> None:
    # people.py reads every label, element-only ones too: a byline element "Photos by Jane Doe" names her
    assert split_authors("Photos by Jane Doe") == ["Jane Doe"]
    assert set(_WORDS.element_only) <= set(_WORDS.labels) and set(_WORDS.openers) <= set(_WORDS.labels)


def _posted_cases() -> list[tuple[str, str, list[str]]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
    return [(lang, t["posted_example"], t["posted_expected"]) for lang, t in data.items() if "posted" in t]


@pytest.mark.parametrize(("language", "line", "expected"), _posted_cases())
def test_each_languages_post_line_gives_the_author_and_the_date(language: str, line: str,
                                                                 expected: list[str]) -> None:
    # "Publié le 3 mars 2021 par Marie Dupont": the verbs, prepositions and "by" words come from the file
    meta = Metadata()
    assert take_header_line(Block(kind="p", text=line), meta), language
    assert (meta.authors, (meta.published or "")[:10]) == (expected[:-1], expected[-1]), language


@pytest.mark.parametrize(
    "line",
    [
        "Posted on the way home by bus",  # no date between the verb and the "by"
        "Publié par erreur le texte a été retiré",
        "Written on the wall by hand",
    ],
)
def test_a_post_line_needs_a_date(line: str) -> None:
    meta = Metadata()
    take_header_line(Block(kind="p", text=line), meta)
    assert (meta.authors, meta.published) == ([], None)


def _agency_cases() -> list[tuple[str, str, str]]:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
    return [(lang, t["agency_example"], t["agency_negative"]) for lang, t in data.items() if "agencies" in t]


@pytest.mark.parametrize(("language", "agency", "section"), _agency_cases())
def test_each_languages_agency_words_both_ways(language: str, agency: str, section: str) -> None:
    # "Agence France-Presse" above a dateline signs the story; "Actualités Monde" is a section's name
    from newsgrab.text.byline import agency_names

    assert agency_names(agency) == [agency], language
    assert agency_names(section) == [], language
    assert agency_names("Jane Doe") == []  # a person is byline_names' to read


def test_a_desk_signs_a_story_and_a_role_or_a_menus_word_does_not() -> None:
    # a desk's word ("staff", "bureau") makes an organisation the desk that signs a story; the same word in
    # a role ("Staff Writer", an author's card's line) or alone (a menu's "Staff") names no desk
    from newsgrab.text.byline import agency_names

    assert agency_names("Our Harbour Staff") == ["Our Harbour Staff"]
    assert agency_names("Harbour Post Bureau") == ["Harbour Post Bureau"]
    assert agency_names("Staff Writer") == []
    assert agency_names("Bureau Chief") == []
    assert agency_names("Staff") == []
