"""A call to follow a link that a text converter dropped ("Pro tip: Get more meal ideas here!", "...
Click here for more information."): its "here" points at nothing left, and it goes where no anchor
is kept (newsgrab/clean/textshapes.py `lost_link_calls`, words in data/link_calls.toml). Held both
ways: the data file's examples and counter-examples, invented dumps, and the real tune-half dumps of
two sites by their labels' fingerprints (no page text here)."""

from __future__ import annotations

import gzip
import tomllib
from importlib import resources
from pathlib import Path

import pytest

import newsgrab
from newsgrab.clean.textshapes import lost_link_calls
from newsgrab.meta.linkcalls import is_lost_link_call, link_call_words
from newsgrab.model import Block, Link
from tests.harbour_dump import CRANE, crane_dump, removal_rules

_DATA = tomllib.loads(resources.files("newsgrab.data").joinpath("link_calls.toml").read_text(encoding="utf-8"))
CALL = "Pro tip: Get more harbour walking routes here!"


@pytest.mark.parametrize("line", [line for words in _DATA.values() if isinstance(words, dict)
                                  for line in words["example"]])
def test_a_call_whose_link_is_gone_is_one(line: str) -> None:
    assert is_lost_link_call(line)


@pytest.mark.parametrize("line", [line for words in _DATA.values() if isinstance(words, dict)
                                  for line in words["counter_example"]])
def test_prose_that_says_here_of_a_place_or_quotes_a_call_is_not(line: str) -> None:
    assert not is_lost_link_call(line)


def test_the_words_are_lower_case() -> None:
    calls, here = link_call_words()
    assert calls and here
    assert all(word == word.lower() for word in calls | here)


def test_a_long_paragraph_or_a_long_closing_sentence_is_the_article_s() -> None:
    assert not is_lost_link_call(CRANE[0] + " Read the full report of the harbour board here.")
    assert not is_lost_link_call("Read the harbour board's long report on the crane, the boats and the storm here.")
    assert not is_lost_link_call("The harbour board says the full report is here.")  # no call opens it


def test_a_lost_call_amid_the_story_and_at_its_end_goes_and_the_story_stays() -> None:
    removed = removal_rules(crane_dump(CRANE[0], CRANE[1], CALL, CRANE[2], CRANE[3],
                              "Six issues for £9.99. Click here for more information."))
    assert removed == {CALL: "structure.lost-link-call",
                       "Six issues for £9.99. Click here for more information.": "structure.lost-link-call"}


def test_an_editor_s_note_that_ends_on_a_lost_link_stays() -> None:
    note = "Update: The board published its ruling on Friday. Read it here."
    assert is_lost_link_call(note)
    assert note not in removal_rules(crane_dump(*CRANE, note))


def test_where_anchors_with_words_are_kept_their_shape_decides() -> None:
    story = [Block("p", text) for text in CRANE]
    call = Block("p", CALL)
    assert lost_link_calls([*story, call], [b.text for b in [*story, call]]) == [False] * 4 + [True]
    # a page that prints an address, which the text path links, still lost its anchors
    address = Link("www.harbour.example/en", "http://www.harbour.example/en")
    printed = Block("p", "More info: www.harbour.example/en", links=[address], link_chars=22)
    assert lost_link_calls([printed, call], [printed.text, call.text]) == [False, True]
    # an anchor with words is kept: the link's shape (clean/related.py) reads the page, not this
    here = Link("here", "https://harbour.example/routes")
    linked = Block("p", CALL, links=[here], link_chars=4)
    assert lost_link_calls([*story, linked, call], [b.text for b in [*story, linked, call]]) == [False] * 6


def test_the_lost_calls_of_real_dumps_of_two_sites_go(shared: Path) -> None:
    """The trafilatura text dumps of three ScrapingHub pages of two sites (tune half): every block
    labelled a notice that this shape takes is one, at least one per page, and no known body block
    of theirs goes."""
    from bench.notice_removal import fingerprint, load_labels

    docs = ("30b771a40a4e96156d398716c877deef54b05d09", "5f03fc173ebc6abdfae50b96ce0b05a6137b7d3f",
            "ec3878db7e49b1ed354c511b132e3de5f773ff4f")
    root = shared / "bench" / "textbench" / "scrapinghub" / "trafilatura_txt"
    labels = load_labels()
    for doc in docs:
        dumps = list(root.glob(f"{doc}*.txt.gz"))
        if not dumps:
            pytest.skip("the textbench trafilatura_txt dumps are absent")
        page = labels[("scrapinghub", dumps[0].name.removesuffix(".txt.gz"))]
        article = newsgrab.extract(gzip.decompress(dumps[0].read_bytes()), kind="text")
        taken = [page.get(fingerprint(block.text)) for block, removal in article.timeline
                 if removal is not None and removal.rule == "structure.lost-link-call"]
        assert taken, doc
        assert all(category not in (None, "body", "other") for category in taken), (doc, taken)
