"""The text path's name joiners (text/byline.py `byline_names`, text/namephrase.py `name_before_affiliation`)
take their conjunctions from the page's language gate (meta/conjunctions.py), as `split_authors` does:
Latvian "un" between two full names joins them, on a Latvian page and, as another language's bound
conjunction, on an English one; "Thomas a Kempis" on an English dump stays one name; a Czech dump's
"a" joins two; a page of unknown language is read as before. Every name and dump here is invented."""

from __future__ import annotations

import pytest

from newsgrab import extract
from newsgrab.meta.conjunctions import byline_language, conjunctions_for
from newsgrab.text.byline import _name_joiners_re, byline_names
from newsgrab.text.namephrase import _joiners_for, name_before_affiliation

_ENGLISH = ("The council of Port Elwyn postponed its vote on the new sea wall for the third time on Monday, "
            "leaving residents of the lower harbour to face the spring tides without the barrier that the "
            "engineers had promised them.\n\n") * 3
_CZECH = ("Rada města odložila hlasování o nové zdi, protože se na tom zatím nedohodli a podle nich je to "
          "ještě na dlouho. Je to pro ně velký problém a také pro obyvatele dolního přístavu.\n\n") * 3


def _english_dump(byline: str) -> str:
    return f"Sea Wall Vote Delayed Again\n\n{byline}\n\nMarch 4, 2024\n\n{_ENGLISH}"


def test_an_english_dump_reads_thomas_a_kempis_as_one_name() -> None:
    assert extract(_english_dump("By Thomas a Kempis"), kind="text").authors == ["Thomas a Kempis"]


def test_a_czech_dump_joins_two_names_by_a() -> None:
    dump = f"Rada odložila hlasování\n\nAutoři: Nora Valová a Petr Marek\n\n4. března 2024\n\n{_CZECH}"
    assert extract(dump, kind="text").authors == ["Nora Valová", "Petr Marek"]


@pytest.mark.parametrize("byline", ["By Nora Vale un Piet Marrow", "Nora Vale un Piet Marrow"])
def test_latvian_un_between_two_full_names_joins_them_on_an_english_dump(byline: str) -> None:
    assert extract(_english_dump(byline), kind="text").authors == ["Nora Vale", "Piet Marrow"]


@pytest.mark.parametrize("language", ["lv", "en", None])
def test_un_between_two_full_names_is_no_name_running_on_into_an_outlet(language: str | None) -> None:
    with byline_language(language):
        assert name_before_affiliation("Nora Vale un Piet Marrow") == "Nora Vale un Piet Marrow"
        assert name_before_affiliation("Nora Vale in Riga un Piet Marrow in Paris") == "Nora Vale un Piet Marrow"
        assert byline_names("Nora Vale un Piet Marrow") == ["Nora Vale", "Piet Marrow"]
        # the run-on cut still reads an outlet's lower-case word
        assert name_before_affiliation("Jane Doe for The Harbour Post") == "Jane Doe"


def test_another_languages_bound_conjunction_beside_a_one_word_side_is_no_list_of_names() -> None:
    with byline_language("en"):
        assert byline_names("Nora Vale un Piet") == []
        assert byline_names("Thomas a Kempis") == []  # one name, but not a bare name's shape


@pytest.mark.parametrize(("line", "expected"), [
    ("Nora Vale and Piet Marrow", ["Nora Vale", "Piet Marrow"]),
    ("Nora Vale a Piet Marrow", ["Nora Vale", "Piet Marrow"]),
    ("Siti Rahayu dan Budi Santoso", ["Siti Rahayu", "Budi Santoso"]),
    ("Dan Wirawan", ["Dan Wirawan"]),
])
def test_an_unknown_language_joins_with_every_languages_conjunctions_as_before(line: str,
                                                                                expected: list[str]) -> None:
    with byline_language(None):
        assert byline_names(line) == expected
        assert name_before_affiliation("Jane Doe and John Roe for Harbour Radio") == "Jane Doe and John Roe"


def test_the_joiners_are_compiled_once_per_language() -> None:
    english = conjunctions_for("en")
    assert _joiners_for(english) is _joiners_for(conjunctions_for("en"))
    assert _name_joiners_re(english) is _name_joiners_re(conjunctions_for("en"))
