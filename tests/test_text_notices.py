"""Notices in text input, found by their shape and place where the markup that marks them in HTML is gone
(newsgrab/clean/textshapes.py): each shape where it fires and where it must not."""

from __future__ import annotations

import gzip
from pathlib import Path

import newsgrab
from newsgrab.clean.shapes import fold
from newsgrab.clean.textshapes import headline_list_items, is_headline_item, repeated_buttons, teaser_link_lines
from newsgrab.model import Block, Link

STORY = "\n\n".join(
    f"   Paragraph {n} of the report says the harbour crane was repaired on day {n} and that the boats\n"
    f"   went back out the same evening, which the fishermen had waited for since the storm." for n in range(1, 6))
TEASERS = ("The strange life of a lighthouse keeper's logbook", "How the ferry timetable got rewritten twice",
           "Why the fish market moved inland, and what it cost", "What the new quay means for the island's buses")
BIO = ("   Mara Lind is a staff writer at the Harbour Post covering the coast, shipping and the islands. She\n"
       "   was formerly a reporter at the Island Courier.")


def _page(story: str, tail: str) -> str:
    return f"The Crane Is Fixed\n\n   March 3, 2024\n\n{story}\n\n{tail}\n"


def _bullets(items: tuple[str, ...] | list[str], marker: str = "*") -> str:
    return "\n".join(f"     {marker} {item}" for item in items)


def _removed(text: str) -> set[str]:
    return {removal.text for removal in newsgrab.extract(text, kind="text").removed}


def _blocks(kind: str, texts: list[str]) -> tuple[list[Block], list[str], list[object]]:
    blocks = [Block("p", f"Paragraph {n} of the report says the crane was repaired and the boats went out again.")
              for n in range(3)] + [Block(kind, t) for t in texts]
    return blocks, [fold(b.text) for b in blocks], [None] * len(blocks)


def test_a_headline_item_is_a_short_phrase_without_a_sentence() -> None:
    assert is_headline_item("How the ferry board gets the harbour charter backward")
    assert is_headline_item("Tide Rush: Private Harbour Ferry Plans")
    assert not is_headline_item("GPS")  # a spec list's item: a word or two
    assert not is_headline_item("Up to 12 hours of battery life. Take calls and skip tracks")  # two sentences
    assert not is_headline_item("The crane was repaired on Tuesday.")  # a sentence


def test_a_run_of_headline_items_that_ends_the_article_is_a_teaser_list() -> None:
    blocks, texts, hits = _blocks("li", list(TEASERS))
    assert headline_list_items(blocks, texts, hits) == [False] * 3 + [True] * 4


def test_a_teaser_list_needs_three_unnumbered_items_on_a_page_without_links() -> None:
    blocks, texts, hits = _blocks("li", list(TEASERS[:2]))
    assert not any(headline_list_items(blocks, texts, hits))
    blocks, texts, hits = _blocks("li", list(TEASERS))
    numbered = [Block(b.kind, b.text, ordered=b.kind == "li") for b in blocks]
    assert not any(headline_list_items(numbered, texts, hits))  # the article's steps or ranking
    blocks[0] = Block("p", blocks[0].text, links=[Link("Paragraph", "https://example.org/a")], link_chars=9)
    assert not any(headline_list_items(blocks, texts, hits))  # HTML and markdown: shapes.link_list_items


def test_a_list_the_article_goes_on_after_or_that_a_colon_announces_is_the_article() -> None:
    blocks, texts, hits = _blocks("li", list(TEASERS))
    after = Block("p", "The harbour master said the next repair is planned for the spring, weather permitting.")
    assert not any(headline_list_items([*blocks, after], [*texts, after.text], [*hits, None]))
    texts[2] = "What the new season ticket gives you:"
    assert not any(headline_list_items(blocks, texts, hits))


def test_lynx_style_teaser_list_under_a_label_goes_with_the_bio_after_it() -> None:
    text = _page(STORY, f"   {'_' * 60}\n\n   More Great Harbour Stories\n{_bullets(TEASERS)}\n\n{BIO}")
    removed = _removed(text)
    assert set(TEASERS) <= removed
    assert "More Great Harbour Stories" in removed
    assert not any("Paragraph" in r for r in removed)



def test_a_bio_the_score_takes_under_a_teaser_list_leaves_it_the_last_thing_of_the_page() -> None:
    """With no rule loaded (a publisher no rule was written for), the bio under the list is found by
    the score alone; it is no article prose the list sits above, so the list is still a teaser list."""
    from newsgrab.clean.boilerplate import remove_boilerplate
    from newsgrab.text.blocks import parse_text

    doc = parse_text(_page(STORY, f"   More Great Harbour Stories\n{_bullets(TEASERS)}\n\n{BIO}"))
    removed = {r.text for r in remove_boilerplate(doc.blocks, (), metadata=doc.metadata).removed}
    assert set(TEASERS) <= removed and not any("Paragraph" in r for r in removed)
    blocks, texts, hits = _blocks("li", list(TEASERS))
    after = Block("p", "The harbour master said the next repair is planned for the spring, weather permitting.")
    blocks, texts, hits = [*blocks, after], [*texts, after.text], [*hits, None]
    # the paragraph after the list is a notice: the list is a teaser list; article prose: it is not
    assert headline_list_items(blocks, texts, hits, lambda k: True)[3:7] == [True] * 4
    assert not any(headline_list_items(blocks, texts, hits, lambda k: False))

SITE = "https://www.harbourpost.example"
PARAGRAPHS = [
    "The town council agreed on Tuesday to keep the night bus running through the winter, after three hundred "
    "residents signed a letter asking for it, the [mayor's office]({site}/council) said.",
    "The service will run every forty minutes between midnight and five, as it did last year, and the fare stays "
    "the same; the operator said it would add a second bus on Fridays.",
    "Drivers will be paid from the road fund, which the council topped up in the spring budget.",
]


def _markdown(*lines: str) -> str:
    body = [p.format(site=SITE) for p in PARAGRAPHS]
    return "# Night Bus Stays\n\n" + "\n\n".join([body[0], *lines, *body[1:]]) + "\n"


def _taken(text: str) -> dict[str, tuple[str, str]]:
    article = newsgrab.extract(text, kind="text")
    return {r.text: (r.rule, r.category) for r in article.removed}


def test_a_line_that_is_only_a_link_to_another_story_of_the_site_is_a_related_link() -> None:
    teasers = [f"[FERRY FARES RISE FOR THE FIRST TIME IN TEN YEARS]({SITE}/news/ferry-fares-rise-first-time)",
               f"[How the harbour crane was finally repaired]({SITE}/local/2024/harbour-crane-repaired.html)"]
    taken = _taken(_markdown(teasers[0], PARAGRAPHS[1], teasers[1]))
    assert taken["FERRY FARES RISE FOR THE FIRST TIME IN TEN YEARS"] == ("structure.teaser-link", "related")
    assert taken["How the harbour crane was finally repaired"] == ("structure.teaser-link", "related")
    assert not any("night bus" in text or "road fund" in text for text in taken)


def test_a_link_line_to_another_site_a_section_a_post_or_a_sentence_stays() -> None:
    lines = ["[Posted on social media by the operator's drivers](https://twitter.com/harbourbus/status/1196551514)",
             f"[All the latest local news from the harbour]({SITE}/local/)",
             f"[The council published its full decision on the night bus.]({SITE}/news/night-bus-decision)",
             f"Read [the council's decision on the bus]({SITE}/news/night-bus-decision) before the meeting",
             f"[Ferry fares]({SITE}/news/ferry-fares-rise-first-time)"]
    taken = _taken(_markdown(*lines))
    assert not taken


def test_teaser_links_are_read_in_text_input_only() -> None:
    link = Link("Ferry fares rise for the first time in ten years", f"{SITE}/news/ferry-fares-rise-first-time")
    line = Block("p", link.text, links=[link], link_chars=len(link.text), origin="line 3")
    assert teaser_link_lines([line]) == [True]
    html = Block("p", link.text, links=[link], link_chars=len(link.text), origin="article/p[3]")
    assert teaser_link_lines([html]) == [False]


def test_the_related_list_of_a_real_lynx_dump_is_removed(shared: Path) -> None:
    """The lynx dump of a ScrapingHub page (tune half) whose related list only the shape finds: every
    block labelled `related` in bench/notice_labels.tsv (by fingerprint; no page text here) goes."""
    from bench.notice_removal import fingerprint, load_labels

    doc = "d48aeb9cf2f2ff15769a57513249b4a6a669159f"
    dumps = list((shared / "bench" / "textbench" / "scrapinghub" / "lynx").glob(f"{doc}*.txt.gz"))
    if not dumps:
        import pytest

        pytest.skip("the textbench lynx dumps are absent")
    labels = load_labels()[("scrapinghub", dumps[0].name.removesuffix(".txt.gz"))]
    related = {key for key, category in labels.items() if category == "related"}
    article = newsgrab.extract(gzip.decompress(dumps[0].read_bytes()), kind="text")
    taken = {fingerprint(block.text) for block, removal in article.timeline if removal is not None}
    kept = {fingerprint(block.text) for block, removal in article.timeline if removal is None}
    assert len(related & taken) >= 7
    assert not related & kept


GIFTS = [("Harbour Lamp for $40", "The lamp runs for twelve hours on one charge and survived a winter on our balcony."),
         ("Tide Clock for $25", "A clock that tells the tide rather than the hour, which every sailor we asked for."),
         ("Rope Basket for $30", "Woven from old mooring rope, the basket holds more than its size suggests it would."),
         ("Oilskin Jacket for $120", "The jacket kept its wearer dry through a week of rain on the quay in March.")]


def _listicle(buttons: list[str]) -> str:
    items = [f"## {name}\n\n- {button}\n\n{text}" for (name, text), button in zip(GIFTS, buttons, strict=True)]
    return "# Gifts for Sailors\n\n" + "\n\n".join(items) + "\n"


def test_a_button_the_listicle_repeats_under_each_item_goes() -> None:
    buttons = ["See it now: Quay Store", "See it now: Harbour Shop", "See it now: Quay Store", "See it now: Dock Mart"]
    article = newsgrab.extract(_listicle(buttons), kind="text")
    taken = {r.text: (r.rule, r.category) for r in article.removed}
    assert {text for text in taken} == set(buttons)
    assert set(taken.values()) == {("structure.repeated-button", "advertisement")}
    assert all(name in article.body and text in article.body for name, text in GIFTS)


def test_field_lines_lists_with_neighbours_and_two_buttons_stay() -> None:
    # a field label of one word and a colon is the article's ("Price: $40"), not a shared opening
    prices = ["Price: $40", "Price: $25", "Price: $30", "Price: $120"]
    assert not newsgrab.extract(_listicle(prices), kind="text").removed
    # two buttons are no pattern
    two = ["See it now: Quay Store", "Buy direct from the maker", "See it now: Dock Mart", "Made on the island"]
    assert not newsgrab.extract(_listicle(two), kind="text").removed
    # items of one list share openings (a list of steps), not buttons
    steps = [Block("li", f"Tie the knot {n} times", origin=f"line {n}") for n in range(4)]
    assert not any(repeated_buttons(steps, [b.text for b in steps]))
    # the shape is the same whether the blocks come from text lines or from HTML
    html = [Block("p", "Lamp"), Block("li", "See it now: Quay Store"), Block("p", "Clock"),
            Block("li", "See it now: Dock Mart"), Block("p", "Basket"), Block("li", "See it now: Quay Store")]
    assert repeated_buttons(html, [b.text for b in html]) == [False, True] * 3
    lines = [Block(b.kind, b.text, origin=f"line {n}") for n, b in enumerate(html)]
    assert repeated_buttons(lines, [b.text for b in lines]) == [False, True] * 3


def _listicle_html(buttons: list[str]) -> str:
    # the shop's name is the link (a wholly linked line is dropped by the HTML stage as a link line)
    items = [f'<h3>{name}</h3><ul><li>{button.split(": ")[0]}: <a href="https://shop.example.com/{n}">'
             f'{button.split(": ")[1]}</a></li></ul><p>{text}</p>'
             for n, ((name, text), button) in enumerate(zip(GIFTS, buttons, strict=True))]
    return ("<html><body><article><h1>Gifts for Sailors</h1><p>Four presents for the sailor in your life, each "
            "tested on the quay through a wet winter.</p>" + "".join(items) + "</article></body></html>")


def test_html_buttons_repeated_under_each_item_go_and_the_items_stay() -> None:
    buttons = ["See it now: Quay Store", "See it now: Harbour Shop", "See it now: Quay Store", "See it now: Dock Mart"]
    article = newsgrab.extract(_listicle_html(buttons), url="https://www.harbour-example.org/gifts/sailors.html")
    assert {r.text for r in article.removed if r.rule == "structure.repeated-button"} == set(buttons)
    assert all(name in article.body and text in article.body for name, text in GIFTS)
    prices = ["Price: $40", "Price: $25", "Price: $30", "Price: $120"]
    kept = newsgrab.extract(_listicle_html(prices), url="https://www.harbour-example.org/gifts/sailors.html")
    assert not [r for r in kept.removed if r.rule == "structure.repeated-button"]
