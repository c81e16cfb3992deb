"""A pasted article's header: title, dateline, then the author's name alone (maybe with an affiliation)
over the first paragraph. The name is the author and leaves the body; a short line that is no
person's name, or a name over no prose, stays where it is."""

from __future__ import annotations

from newsgrab import extract

_PROSE = (
    "Small streams make up most of the length of every river network, but they are the first to be lost "
    "when land is drained for farming or building.\n\n"
    "In a study published this week, my colleagues and I measured how much carbon small streams move from "
    "soils to the sea. The answer surprised us: nearly half of the total.\n"
)


def _dump(line: str, prose: str = _PROSE) -> str:
    return f"Why Small Rivers Matter More Than We Thought\n\nMarch 3, 2026\n\n{line}\n\n{prose}"


def test_a_name_with_its_affiliation_under_the_dateline_is_the_author() -> None:
    article = extract(_dump("Nora Vale, University of Harbourtown"))
    assert article.authors == ["Nora Vale"]
    assert article.provenance["authors"] == "header-line"
    assert article.body.startswith("Small streams")


def test_a_bare_name_under_the_dateline_is_the_author() -> None:
    assert extract(_dump("Nora Vale")).authors == ["Nora Vale"]


def test_a_short_line_that_names_no_person_stays_in_the_body() -> None:
    article = extract(_dump("Rivers and streams"))
    assert article.authors == []
    assert "Rivers and streams" in article.body


def test_a_name_over_a_short_line_is_no_byline() -> None:
    # a short sentence under it (a caption, a list's line): nothing says the name signs the article
    article = extract(_dump("Nora Vale", prose="It rained.\n\n" + _PROSE))
    assert article.authors == []


def test_a_name_with_its_outlet_right_under_the_headline_is_the_author() -> None:
    article = extract(f"Why Small Rivers Matter More Than We Thought\n\nNora Vale, The Harbour Courier\n\n{_PROSE}")
    assert article.authors == ["Nora Vale"]
    assert article.body.startswith("Small streams")


def test_a_bare_name_right_under_the_headline_is_left_alone() -> None:
    # no dateline above it and no outlet beside it: a kicker or a section's heading has this shape too
    article = extract(f"Why Small Rivers Matter More Than We Thought\n\nNora Vale\n\n{_PROSE}")
    assert article.authors == []
    assert article.body.startswith("Nora Vale")
