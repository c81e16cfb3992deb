"""The particles a person's name holds ("Ana de la Vega", "Joost van den Berg", "Omar bin Rashid") are
data (data/byline_words.toml "particles"), read by the text header's name patterns and by
`person_with_outlet` alike: each language's example names its people whole, and a lower-case word
that is no particle still ends a name."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsgrab import extract
from newsgrab.meta.people import split_authors
from newsgrab.meta.roles import person_with_outlet
from newsgrab.text.namephrase import NAME_PARTICLE
from tests.sea_wall import STORY, TITLE

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("byline_words.toml").read_text("utf-8"))
_CASES = [(lang, t["particle_example"], t["particle_expected"]) for lang, t in _DATA.items() if "particles" in t]
_NEGATIVES = [(lang, t["particle_negative"]) for lang, t in _DATA.items() if "particles" in t]

_STORY = STORY
_TITLE = TITLE


def _dump(byline: str) -> str:
    return f"{_TITLE}\n\n{byline}\n\n{_STORY}"


def _page(byline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n"))
    return (f"<html><head><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
            f"<div class='byline'>{byline}</div>{paragraphs}</article></body></html>")


def test_every_language_with_particles_has_an_example() -> None:
    assert {lang for lang, _, _ in _CASES} >= {"en", "de", "fr", "es", "it", "pt", "nl"}


@pytest.mark.parametrize(("language", "byline", "expected"), _CASES)
def test_a_text_byline_names_its_people_whole(language: str, byline: str, expected: list[str]) -> None:
    assert extract(_dump(byline)).authors == expected, language


@pytest.mark.parametrize(("language", "byline", "expected"), _CASES)
def test_a_page_byline_names_its_people_whole(language: str, byline: str, expected: list[str]) -> None:
    assert extract(_page(byline)).authors == expected, language


@pytest.mark.parametrize(("language", "byline", "expected"), _CASES)
def test_each_particle_joins_a_name_beside_an_outlet(language: str, byline: str, expected: list[str]) -> None:
    for name in expected:
        assert person_with_outlet(f"{name}, The Harbour Courier") == name, language


@pytest.mark.parametrize(("language", "negative"), _NEGATIVES)
def test_a_lower_case_word_that_is_no_particle_ends_the_name(language: str, negative: str) -> None:
    assert person_with_outlet(f"{negative}, The Harbour Courier") is None, language
    assert negative.split()[1] not in NAME_PARTICLE.strip("(?:)").split("|")


def test_the_share_control_del_is_cut_and_the_particle_del_kept() -> None:
    # Norwegian and Danish bylines print a "Del" (share) button beside the name; Spanish names hold "del"
    assert split_authors("Kari Nordmann Del Følg") == ["Kari Nordmann"]
    assert split_authors("Av Kari Nordmann | Del") == ["Kari Nordmann"]
    assert split_authors("Por Ana de la Vega y Luis del Río") == ["Ana de la Vega", "Luis del Río"]


_CALLS = [(lang, t["comment_call_example"], t["comment_call_expected"]) for lang, t in _DATA.items()
          if "comment_call_example" in t]


@pytest.mark.parametrize(("language", "byline", "expected"), _CALLS)
def test_a_call_to_comment_beside_the_byline_is_no_part_of_the_name(language: str, byline: str,
                                                                   expected: list[str]) -> None:
    assert split_authors(byline) == expected, language
    assert split_authors(byline.split(maxsplit=1)[1]) == expected, language  # without the label too
