"""The bound conjunctions (one letter, or a given name too) join a byline's names by the page's language
(meta/conjunctions.py): "Thomas a Kempis" on an English page is one name, "Jan Novák a Petr Svoboda" on
a Czech page two, and a page of unknown language is read as before. Every name here is invented."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsgrab import extract
from newsgrab.meta.conjunctions import byline_language, conjunctions_for, current_language, joined_full_names
from newsgrab.meta.people import split_authors

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))


def _authors(byline: str, language: str | None) -> list[str]:
    with byline_language(language):
        return split_authors(byline)


def _negatives() -> list[tuple[str, str]]:
    return [(lang, t["foreign_conjunction_negative"]) for lang, t in _DATA.items()
            if "foreign_conjunction_negative" in t]


def test_some_languages_list_a_negative() -> None:
    assert len(_negatives()) >= 2


@pytest.mark.parametrize(("language", "negative"), _negatives())
def test_each_negative_is_one_name_on_its_page_and_split_where_the_language_is_unknown(language: str,
                                                                                       negative: str) -> None:
    assert len(_authors(negative, language)) == 1, language
    assert _authors(negative, None) != _authors(negative, language)  # unknown: every conjunction, as before


@pytest.mark.parametrize(("byline", "language", "expected"), [
    ("By Thomas a Kempis", "en", ["Thomas a Kempis"]),
    ("By Thomas a Kempis", "en-GB", ["Thomas a Kempis"]),
    ("Jan Novák a Petr Svoboda", "cs", ["Jan Novák", "Petr Svoboda"]),
    ("Jan Novák a Petr Svoboda", None, ["Jan Novák", "Petr Svoboda"]),
    ("Jan Novák a Petr Svoboda", "sk", ["Jan Novák", "Petr Svoboda"]),  # no table: every conjunction
    ("Autorzy: Anna Nowak i Piotr Wrona", "pl", ["Anna Nowak", "Piotr Wrona"]),
    ("Oleh Siti Rahayu dan Budi Santoso", "id", ["Siti Rahayu", "Budi Santoso"]),
    ("Oleh Dan Wirawan", "id", ["Dan Wirawan"]),
    ("By Nora Vale and Ivo Marsh", "cs", ["Nora Vale", "Ivo Marsh"]),  # "and": no other language's word
])
def test_bylines_by_language(byline: str, language: str | None, expected: list[str]) -> None:
    assert _authors(byline, language) == expected


@pytest.mark.parametrize(("byline", "expected"), [
    ("Autorzy: Nora Vale i Piet Marrow", ["Nora Vale", "Piet Marrow"]),  # a template's lang="en"
    ("Por María de la Cruz y Piet Marrow", ["María de la Cruz", "Piet Marrow"]),
    ("Thomas a Kempis and Jane Doe", ["Thomas a Kempis", "Jane Doe"]),
    ("Nora a Vale", ["Nora a Vale"]),
])
def test_another_languages_conjunction_joins_two_full_names_only(byline: str, expected: list[str]) -> None:
    assert _authors(byline, "en") == expected


def test_the_gate_lists() -> None:
    english, czech, unknown = conjunctions_for("en"), conjunctions_for("cs"), conjunctions_for(None)
    assert "a" in czech.lower_only and "a" not in english.lower_only and "a" in english.foreign
    assert "a" in unknown.lower_only and "a" not in unknown.foreign
    # a listed bound conjunction (Latvian "un", the French article) is bound where the language is unknown too
    assert "un" in unknown.foreign and "un" in conjunctions_for("fr").foreign
    assert "un" in conjunctions_for("lv").lower_only
    assert "and" in english.plain and "and" in czech.plain
    assert joined_full_names("Nora Vale i Piet Marrow", unknown) == "Nora Vale i Piet Marrow"


@pytest.mark.parametrize(("byline", "language", "expected"), [
    ("Autori: Anna Bērziņa un Jānis Kalniņš", "lv", ["Anna Bērziņa", "Jānis Kalniņš"]),
    ("Autori: Anna Bērziņa un Jānis Kalniņš", None, ["Anna Bērziņa", "Jānis Kalniņš"]),  # two full names
    ("Anna un Kalniņš", "lv", ["Anna", "Kalniņš"]),
    ("Par Lucie un Marchand", "fr", ["Lucie un Marchand"]),  # the article, no join of two full names
    ("Par Lucie un Marchand", None, ["Lucie un Marchand"]),  # unknown: as before this word was listed
])
def test_a_listed_bound_conjunction(byline: str, language: str | None, expected: list[str]) -> None:
    assert _authors(byline, language) == expected


def test_the_language_is_set_for_a_block_only() -> None:
    assert current_language() is None
    with byline_language("cs-CZ"):
        assert current_language() == "cs"
        with byline_language(None):
            assert current_language() is None
        assert current_language() == "cs"
    assert current_language() is None


_PAGE = ('<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
         '<article><h1>{title}</h1><p class="byline">{byline}</p>'
         '<p>{para}</p><p>{para}</p><p>{para}</p></article></body></html>')
_EN = ("The council voted on Tuesday to rebuild the old sea wall before the winter storms, after "
       "a year of delays and two reports that warned of the cost of waiting any longer.")
_CS = ("Rada města v úterý odhlasovala opravu staré hráze před zimními bouřemi, po roce odkladů a "
       "dvou zprávách, které varovaly před cenou dalšího čekání.")


def test_an_english_page_reads_thomas_a_kempis_as_one_name() -> None:
    page = _PAGE.format(lang="en", title="Council Votes To Rebuild The Sea Wall", byline="By Thomas a Kempis",
                        para=_EN)
    assert extract(page).authors == ["Thomas a Kempis"]


def test_a_czech_page_reads_two_names() -> None:
    page = _PAGE.format(lang="cs", title="Rada odhlasovala opravu hráze", byline="Jan Novák a Petr Svoboda",
                        para=_CS)
    assert extract(page).authors == ["Jan Novák", "Petr Svoboda"]


def test_an_english_text_dump_reads_one_name() -> None:
    text = f"# Council Votes To Rebuild The Sea Wall\n\nBy Thomas a Kempis\n\n{_EN}\n\n{_EN}\n\n{_EN}\n"
    assert extract(text, kind="text").authors == ["Thomas a Kempis"]


def test_a_guess_is_asked_only_for_a_byline_that_holds_a_bound_conjunction() -> None:
    asked: list[int] = []

    def guess() -> str | None:
        asked.append(1)
        return "en"

    with byline_language(guess):
        assert split_authors("By Nora Vale and Ivo Marsh") == ["Nora Vale", "Ivo Marsh"]
        assert not asked
        assert split_authors("By Thomas a Kempis") == ["Thomas a Kempis"]
        assert split_authors("By Tomas a Kempley") == ["Tomas a Kempley"]
    assert len(asked) == 1  # once per block
