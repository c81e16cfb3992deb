"""A cross-post's credit set under its title ("Republished from The Harbour Courier.", "Reprinted with
permission from X", "Cross-posted from X"): the publication is the original source and the line
leaves the body; it is no subtitle. A sentence that opens with the same verb stays in the story."""

from __future__ import annotations

import pytest

from newsgrab import extract

_STORY = (
    "The council of Port Elwyn postponed its vote on the new sea wall for the third time on Monday, leaving "
    "residents of the lower harbour to face the spring tides without the barrier engineers had promised.\n\n"
    "Engineers from the regional water board told the council that this year's spring tides will be the "
    "highest in four decades, and that the old wall at the harbour mouth has cracked in two places.\n"
)


def _dump(line: str) -> str:
    return f"Harbour Towns Brace For Record Tides\n\n{line}\n\nBy Nora Vale\n\n{_STORY}"


@pytest.mark.parametrize(("line", "name"), [
    ("Republished from The Harbour Courier.", "The Harbour Courier"),
    ("Reprinted with permission from The Harbour Review", "The Harbour Review"),
    ("Cross-posted from Harbour Notes", "Harbour Notes"),
])
def test_a_credit_under_the_title_names_the_original(line: str, name: str) -> None:
    article = extract(_dump(line))
    assert article.original_source is not None and article.original_source.name == name
    assert article.description is None
    assert article.body.startswith("The council of Port Elwyn")


def test_a_sentence_with_the_verb_is_no_credit() -> None:
    line = "Republished by many outlets, the report drew wide attention across the region."
    article = extract(_dump(line))
    assert article.original_source is None
    assert line in article.body
