"""The boilerplate pass's shortcuts: what the notice score reads, read once (clean/reading.py), the
shortcuts of its word lists and weights, and a teaser test that skips reading addresses: each
answers as the longer way it replaces does, on invented blocks."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from newsgrab.clean.lexicon import WordSet, words_of
from newsgrab.clean.reading import read_blocks, read_view
from newsgrab.clean.related import article_shaped, is_teaser, site_of
from newsgrab.clean.score import NoticeScorer, Weights, packaged_weights
from newsgrab.clean.views import PageFacts
from newsgrab.model import Block, Link, Metadata

PAGE = Metadata(site_name="Harbour Post", url="https://www.harbourpost.example/news/2", authors=["Ann Lee"],
                language="en")


def _scorer() -> NoticeScorer:
    return NoticeScorer(PageFacts.of(PAGE))


def _read_apart(blocks: list[Block], scorer: NoticeScorer, counts: Counter[str]) -> list[dict[str, float]]:
    found = []
    for block in blocks:
        seen = read_view(block, block.text, scorer, counts[block.text] > 1 and len(block.text) <= 200)
        found.append(scorer.text_cues(seen) if seen is not None else {})
    return found


def test_a_repeated_block_is_read_once_and_each_copy_keeps_its_own_view_and_cues() -> None:
    """Three share bars of one text: the cues of each copy are those of a block read alone, each
    copy's view holds its own block, and its cue dict is its own (the pass sets `repeated` on one)."""
    bar = "Share this story on Facebook | Follow the Harbour Post"
    blocks = [Block(kind="p", text=bar, origin="line 1"), Block(kind="p", text="The ferry was late again today."),
              Block(kind="p", text=bar, origin="line 3"), Block(kind="li", text=bar), Block(kind="p", text=bar)]
    scorer = _scorer()
    counts = Counter(block.text for block in blocks)
    views, cues = read_blocks(blocks, [b.text for b in blocks], [True] * len(blocks), scorer, counts, False, None)
    assert cues == _read_apart(blocks, scorer, counts)
    assert all(view is not None and view.block is block for view, block in zip(views, blocks, strict=True)
               if view is not None)
    assert views[0] is not None and views[2] is not None and views[0] is not views[2]
    assert cues[0] is not cues[2] and cues[0] is not cues[4]
    cues[0]["repeated"] = 1.0
    assert "repeated" not in cues[2]


def test_a_repeated_block_with_a_link_or_another_kind_is_read_on_its_own() -> None:
    """The cues read a credit's links and a block's kind: a copy with a link, or as a list item, is
    no copy; each still reads as a block read alone does. A block the pass does not ask for is None."""
    text = "Originally published by the Coastal Courier."
    linked = Block(kind="p", text=text, links=[Link(text="Coastal Courier", url="https://courier.example/a")],
                   link_chars=15)
    blocks = [Block(kind="p", text=text), linked, Block(kind="li", text=text), Block(kind="p", text=text)]
    scorer = _scorer()
    counts = Counter(block.text for block in blocks)
    views, cues = read_blocks(blocks, [b.text for b in blocks], [True, True, True, False], scorer, counts, False,
                              None)
    assert cues[:3] == _read_apart(blocks[:3], scorer, counts)
    assert views[3] is None and cues[3] == {}
    assert views[1] is not None and views[1].block.links


def test_holds_and_is_word_answer_as_first_hit_and_opens() -> None:
    """`holds` is `first_hit(...) is not None` and `is_word(w)` is `opens([w])`, for words, prefixes
    and phrases, both ways; a phrase never opens a one-word list."""
    words = WordSet.of(["newsroom", "abonn*", "harbour post", "this site"])
    for text in ("Our newsroom works late", "Abonnez-vous maintenant", "Read the Harbour Post daily",
                 "The harbour and the post office", "This is the site of the old pool", "this site"):
        found = words_of(text)
        assert words.holds(found, set(found)) == (words.first_hit(found, set(found)) is not None), text
        assert words.holds(found, found) == (words.first_hit(found, found) is not None), text
    assert words.holds(words_of("read the harbour post"), words_of("read the harbour post"))
    assert not words.holds(words_of("the harbour and the post"), words_of("the harbour and the post"))
    for word in ("newsroom", "abonnement", "this", "harbour", "news"):
        assert words.is_word(word) == words.opens([word]), word
    assert words.is_word("abonnieren") and not words.is_word("this")


def test_contributions_multiply_each_raising_weight_as_math_prod_does() -> None:
    """The shipped weights and a small file: each raising weight, its cues multiplied in order, the
    strongest first; a weight of 0 or less and a product with a missing cue push nothing up."""
    small = Weights.parse('bias = -1.0\nthreshold = 0.5\n[weights]\n"shortness" = 0.5\n"heading" = -2.0\n'
                          '"reader-address*call-to-action" = 3.0\n')
    cues = {"shortness": 0.25, "heading": 1.0, "reader-address": 1.0}
    assert small.contributions(cues) == [("shortness", 0.125)]
    assert small.contributions({**cues, "call-to-action": 0.5}) == [("reader-address*call-to-action", 1.5),
                                                                     ("shortness", 0.125)]
    shipped = packaged_weights()
    for cues in ({"shortness": 0.3, "no-sentence": 1.0, "after-body": 1.0, "call-to-action": 1.0},
                 {"reader-address": 1.0, "imperative": 1.0, "link-share": 0.7, "repeated": 1.0},
                 {"self-reference": 1.0, "provenance": 1.0, "before-body": 1.0, "heading": 1.0}):
        plain = sorted(((name, weight * math.prod(cues.get(part, 0.0) for part in name.split("*")))
                        for name, weight in shipped.weights.items()
                        if weight > 0 and math.prod(cues.get(part, 0.0) for part in name.split("*"))),
                       key=lambda item: -item[1])
        assert shipped.contributions(cues) == plain


def test_a_paragraph_linking_a_name_is_no_teaser_and_its_address_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A block mostly not link whose links are no headline cannot be a teaser (neither the all-link
    test nor the headline test can pass): it is answered before its links' addresses are read. A
    teaser whose headline is its link still is one, and a row of short links to stories still is."""
    import newsgrab.clean.related as related

    site = site_of("https://www.harbourpost.example/news/2")
    story = "https://www.harbourpost.example/2026/12/07/ferry-timetable-changes-for-winter"
    prose = "The ferry was late again, said harbourmaster Ann Lee, who blamed the winter storms on the coast."
    named = Block(kind="p", text=prose, links=[Link(text="Ann Lee", url=story)], link_chars=7)
    headline = "Ferry timetable changes for winter"
    teaser = Block(kind="p", text=f"{headline} and what it means for commuters",
                   links=[Link(text=headline, url=story)], link_chars=len(headline))
    row = Block(kind="li", text="Ferry Pool", links=[Link(text="Ferry", url=story), Link(text="Pool", url=story)],
                link_chars=9)
    read: list[str] = []

    def counting(url: str) -> bool:
        read.append(url)
        return article_shaped(url)

    monkeypatch.setattr(related, "article_shaped", counting)
    assert not is_teaser(named, prose, site)
    assert read == []
    assert is_teaser(teaser, teaser.text, site)
    assert is_teaser(row, row.text, site)
    assert read
