"""Share buttons a whole-page converter prints amid the article go (clean/sharerows.py): a row of their
labels, a lone button linked to a sharer, the lone labels beside either; a line that names share targets
and is the article's stays. The data file's row examples are held both ways; every text is invented."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import newsgrab
from newsgrab.clean.sharerows import is_share_row, is_sharer_link, share_rows
from newsgrab.model import Block, Link

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("share_names.toml").read_text(encoding="utf-8"))

_PARAGRAPHS = [
    "The harbour board voted on Tuesday to close the north quay for repairs until the spring tides pass.",
    "Fishermen who moor there will use the old ferry berth, which the board cleared last week for the purpose.",
    "The repairs are expected to cost about two million, to be paid from the port's reserve fund this year.",
    "A spokeswoman said the quay would reopen in April if the weather allowed the divers to finish on time.",
]


def _text_blocks(lines: list[tuple[str, str, list[Link]]]) -> list[Block]:
    return [Block(kind=kind, text=text, links=links, link_chars=sum(len(link.text) for link in links),
                  origin=f"line {i}") for i, (kind, text, links) in enumerate(lines)]


@pytest.mark.parametrize("line", _DATA["row_example"])
def test_a_row_of_share_labels_is_one(line: str) -> None:
    assert is_share_row(line)


@pytest.mark.parametrize("line", _DATA["row_counter_example"])
def test_a_line_naming_share_targets_is_not_a_row(line: str) -> None:
    assert not is_share_row(line)


def test_a_sharer_link_is_told_from_a_profile_and_a_contact_address() -> None:
    assert is_sharer_link("https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fharbour.example%2Fquay")
    assert is_sharer_link("mailto:?subject=Quay&body=https%3A%2F%2Fharbour.example%2Fquay")
    assert not is_sharer_link("https://www.facebook.com/harbourchronicle")
    assert not is_sharer_link("mailto:desk@harbour.example")


def test_lone_buttons_linked_to_sharers_and_the_label_beside_them_go() -> None:
    tweet = Link("Tweet", "https://twitter.com/intent/tweet?url=https%3A%2F%2Fharbour.example%2Fquay")
    mail = Link("Email", "mailto:?subject=Quay&body=https%3A%2F%2Fharbour.example%2Fquay")
    blocks = _text_blocks([("p", _PARAGRAPHS[0], []), ("li", "Share", []), ("li", "Tweet", [tweet]),
                           ("li", "Email", [mail]), ("p", _PARAGRAPHS[1], [])])
    assert share_rows(blocks, [b.text for b in blocks]) == [False, True, True, True, False]


def test_a_list_of_platforms_without_sharer_links_stays() -> None:
    """The article's own list of platforms: lone names, no sharer link, no row beside them."""
    profile = Link("Facebook", "https://www.facebook.com/harbourboard")
    blocks = _text_blocks([("p", "The board posts its notices on three platforms:", []), ("li", "Facebook", [profile]),
                           ("li", "Twitter", []), ("li", "WhatsApp", []), ("p", _PARAGRAPHS[1], [])])
    assert not any(share_rows(blocks, [b.text for b in blocks]))


def test_html_blocks_are_not_read() -> None:
    """An HTML page's share bar is markup the stage reads; its blocks carry no text origin."""
    blocks = [Block(kind="p", text="Facebook Twitter Email")]
    assert share_rows(blocks, [b.text for b in blocks]) == [False]


def test_a_share_row_between_paragraphs_leaves_a_text_article() -> None:
    text = "\n\n".join(["# Harbour board closes the north quay", _PARAGRAPHS[0], "Teilen Facebook Twitter Mail",
                        *_PARAGRAPHS[1:], "Mentions of Facebook Twitter in a sentence stay when it reads as prose."])
    article = newsgrab.extract(text.encode(), kind="text")
    assert "Teilen Facebook Twitter Mail" not in article.body
    assert any(r.rule == "structure.share-row" and r.category == "share" for r in article.removed)
    for paragraph in _PARAGRAPHS:
        assert paragraph in article.body
    assert "Mentions of Facebook Twitter in a sentence stay" in article.body
