"""Relative times after a byline's name (data/relative_times.toml, meta/reltime.py): "vor 3 Stunden",
"před 2 hodinami", "2 hours ago" end the name in every language the file holds, and a number with a
unit that is no relative time ("nach 3 Stunden") is left alone. Invented bylines, held both ways."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.meta.people import split_authors
from newsgrab.meta.reltime import is_relative_time, relative_time_re
from newsgrab.text.byline import byline_names

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("relative_times.toml").read_text("utf-8"))


@pytest.mark.parametrize("language", sorted(_DATA))
def test_each_languages_example_is_cut_to_its_name_and_its_hard_negative_is_no_relative_time(language: str) -> None:
    byline, name = _DATA[language]["example"]
    assert split_authors(byline) == [name]
    assert relative_time_re().search(byline) is not None
    assert relative_time_re().search(_DATA[language]["hard_negative"]) is None


def test_a_time_stamp_without_a_digit_or_with_its_unit_run_into_the_number_is_read() -> None:
    assert all(map(is_relative_time, ["an hour ago", "8h ago", "vor einer Stunde", "il y a une heure", "3小时前"]))
    assert not any(map(is_relative_time, ["2 hours agonising", "vor 3 Stundenplänen", "3 hours", "in 2 hours"]))


def test_a_name_with_its_relative_time_is_a_bylines_shape_and_a_longer_tail_is_not() -> None:
    assert byline_names("Jean Dupont il y a 3 heures") == ["Jean Dupont"]
    assert byline_names("Marta Kovář an hour ago") == ["Marta Kovář"]
    assert byline_names("Jean Dupont il y a 3 heures, puis il est parti") == []


def test_a_text_dump_with_a_czech_relative_time_after_the_name_names_only_the_person() -> None:
    dump = (
        "Zprávy | Domácí | Ekonomika\n\n"
        "Vláda schválila nový rozpočet na příští rok\n\n"
        "Tereza Nováková před 3 hodinami\n\n"
        "Vláda ve středu schválila návrh státního rozpočtu, který počítá se schodkem nižším než letos. "
        "Ministr financí uvedl, že úspory přinesou hlavně škrty v provozních výdajích úřadů.\n\n"
        "Opozice návrh kritizuje a tvrdí, že vláda podcenila růst cen energií i mezd ve veřejném sektoru.\n"
    )
    article = newsgrab.extract(dump, kind="text")
    assert "Tereza Nováková" in article.authors
    assert not any("před" in name or "hodin" in name for name in article.authors)


def test_a_dateline_with_its_update_as_a_relative_time_names_the_author_before_it() -> None:
    line = "Rosa Lindqvist * Harbour News * Posted: Oct 26, 2022 8:12 AM ET | Last Updated: 17 minutes ago"
    dump = (
        "Skip to main content\n\nHarbour News\n\n* Home\n* Local\n* Business\n* Sports\n* Weather\n\nSign in\n\n"
        "Business\n\nHarbour cranes stand idle as dock workers strike for a third day\n\n" + line + "\n\n"
        + "Dock workers walked off the job on Monday after talks on a new contract broke down over pay. " * 3
        + "\n\n" + "The port authority said ships were being sent to other terminals along the coast. " * 3
        + "\n\nRelated stories\n\n* Terms of use\n* Privacy\n\n© 2022 Harbour News\n"
    )
    article = newsgrab.extract(dump, kind="text")
    assert article.authors == ["Rosa Lindqvist"]
    assert article.published is not None and article.published.startswith("2022-10-26")
    # not: an update label followed by something other than a relative time is no dateline's tail
    other = newsgrab.extract(dump.replace("17 minutes ago", "see the correction below"), kind="text")
    assert "Rosa Lindqvist" not in other.authors
