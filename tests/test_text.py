"""Text input: fold_space (one definition of "the same text"), and the known header blocks a tool
writes above a saved article (a reader service's dump, an e-mail header, front matter)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsgrab
from newsgrab.whitespace import _SPACE_RE, fold_space

_SPACES = [" ", "\t", "\n", "\r", "\xa0", "\u200b", "\u2009", "\u202f", "\u3000", "\x85", "\u2028"]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab\u00e9", *_SPACES]), max_size=16))
def test_fast_paths_agree_with_the_regex(text: str) -> None:
    assert fold_space(text) == _SPACE_RE.sub(" ", text).strip()


def test_examples() -> None:
    assert fold_space("Already folded text.") == "Already folded text."
    assert fold_space("  two\u00a0 words \n") == "two words"
    assert fold_space("zero\u200bwidth") == "zero width"


BODY = ("The third dry summer in a row has left reservoirs at their lowest level in two decades, officials "
        "said on Friday.\n\nFarmers say the harvest fell by a third last year.\n")


def test_reader_service_block() -> None:
    art = newsgrab.extract("Title: Drought Pushes Neighbours Toward a Deal\n\nURL Source: https://example.org/a\n\n"
                           "Published Time: 2023-03-03T10:04:00Z\n\nMarkdown Content:\n"
                           "# Drought Pushes Neighbours Toward a Deal\n\n" + BODY, kind="text")
    assert (art.title, art.url, art.published) == (
        "Drought Pushes Neighbours Toward a Deal", "https://example.org/a", "2023-03-03T10:04:00+00:00")
    assert art.provenance["title"] == "header-block"
    assert art.body.startswith("The third dry summer") and "URL Source" not in art.body


@pytest.mark.parametrize(
    "header",
    [
        "---------- Forwarded message ---------\nFrom: Jane Doe <jane@example.org>\n"
        "Date: Mon, Mar 3, 2023 at 10:04 AM\nSubject: Fwd: Drought deal reached\nTo: desk@example.org\n",
        "-------- Weitergeleitete Nachricht --------\nBetreff: WG: Drought deal reached\n"
        "Datum: 3. März 2023\nVon: Jane Doe <jane@example.org>\nAn: desk@example.org\n",
        "De : Jane Doe <jane@example.org>\nEnvoyé : 3 mars 2023\nObjet : TR: Drought deal reached\n",
    ],
)
def test_email_header(header: str) -> None:
    art = newsgrab.extract(header + "\n" + BODY, kind="text")
    assert (art.title, art.authors, art.published) == ("Drought deal reached", ["Jane Doe"], "2023-03-03")
    assert art.body.startswith("The third dry summer")


def test_yaml_and_toml_front_matter() -> None:
    yaml = newsgrab.extract("---\ntitle: \"Drought deal reached\"\ndate: 2023-03-03\nauthor: Jane Doe\n"
                            "tags:\n  - water\n  - asia\nlayout: post\n---\n\n" + BODY, kind="text")
    assert (yaml.title, yaml.authors, yaml.published, yaml.tags) == (
        "Drought deal reached", ["Jane Doe"], "2023-03-03", ["water", "asia"])
    toml = newsgrab.extract("+++\ntitle = \"Drought deal reached\"\ndate = 2023-03-03\n"
                            "authors = [\"Jane Doe\", \"Tom Reyes\"]\n+++\n\n" + BODY, kind="text")
    assert (toml.title, toml.authors, toml.published) == ("Drought deal reached", ["Jane Doe", "Tom Reyes"],
                                                          "2023-03-03")
    assert yaml.body == toml.body == BODY.strip().replace("\n\n", "\n\n")


@pytest.mark.parametrize(
    "text",
    [
        "From: the start, the council said, the plan would fail.\n\nSubject: to approval, the funds will go.\n",
        "---\nThe council said the plan would fail, and nobody argued.\n---\n\n" + BODY,
        "Title: a word that opens this sentence, which ends as sentences do.\n\n" + BODY,
    ],
)
def test_article_text_that_starts_like_a_header_block_is_not_one(text: str) -> None:
    art = newsgrab.extract(text, kind="text")
    assert "header-block" not in art.provenance.values()
    assert art.body.split("\n\n")[0] == text.split("\n\n")[0].strip("-\n")
