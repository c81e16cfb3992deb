"""Text input: markdown-ish scraped text becomes blocks, header lines become metadata."""

from __future__ import annotations

import pytest

from newsgrab.text.blocks import parse_text
from newsgrab.text.inline import convert_inline

HEADER_DOC = """\
Drone Strikes Resume Along the Northern Border

By [Maria Kovac](#) and Tom Reyes
Example Review, March 3, 2023
[Frontline Wire](https://frontline.example/story-1) 1 March 2023

Topics: [Europe](#), [Security](#)
In-depth Report: [BORDERS](#)

The first paragraph of the article reports that strikes resumed on Tuesday, officials said.

The second paragraph was hard-wrapped by the scraper at about seventy characters
per line, so its lines must be joined back into one paragraph of text.
"""


def test_header_lines_become_metadata() -> None:
    doc = parse_text(HEADER_DOC)
    meta = doc.metadata
    assert meta.title == "Drone Strikes Resume Along the Northern Border"
    assert meta.authors == ["Maria Kovac", "Tom Reyes"]
    assert meta.site_name == "Example Review"
    assert meta.published == "2023-03-03"
    assert meta.original_source is not None
    assert meta.original_source.name == "Frontline Wire"
    assert meta.original_source.published == "2023-03-01"
    assert meta.original_source.url == "https://frontline.example/story-1"
    assert meta.tags == ["Europe", "Security", "BORDERS"]
    assert meta.provenance["authors"] == "byline"


def test_header_lines_are_not_body() -> None:
    texts = [b.text for b in parse_text(HEADER_DOC).blocks]
    assert texts[0].startswith("The first paragraph")
    assert not any("Example Review" in t or "Topics" in t for t in texts)


def test_wrapped_lines_are_joined() -> None:
    texts = [b.text for b in parse_text(HEADER_DOC).blocks]
    assert texts[1] == (
        "The second paragraph was hard-wrapped by the scraper at about seventy characters per line, "
        "so its lines must be joined back into one paragraph of text."
    )


def test_paragraph_cut_by_a_blank_line_mid_sentence_is_joined() -> None:
    text = (
        "Title line\n\nThe committee published a long statement on Monday explaining that the funds would be"
        " released to the regional councils only after the audit that was\n\nordered last spring is complete.\n"
    )
    texts = [b.text for b in parse_text(text).blocks]
    assert len(texts) == 1
    assert texts[0].endswith("the audit that was ordered last spring is complete.")


def test_short_standalone_lines_stay_apart() -> None:
    text = "Title\n\nFirst real sentence of the story is here.\nSecond line stands alone.\n"
    texts = [b.text for b in parse_text(text).blocks]
    assert texts == ["First real sentence of the story is here.", "Second line stands alone."]


@pytest.mark.parametrize(
    ("raw", "text", "links"),
    [
        ("Read [the report](https://ex.org/r) now.", "Read the report now.", [("the report", "https://ex.org/r")]),
        ("By [Someone](#) today", "By Someone today", []),
        ("It was **very** bold and *quite* loud.", "It was very bold and quite loud.", []),
        ("See <https://ex.org/a> for more.", "See https://ex.org/a for more.", [("https://ex.org/a", "https://ex.org/a")]),
        ("snake_case_names and 2*3*4 stay", "snake_case_names and 2*3*4 stay", []),
    ],
)
def test_inline_markdown(raw: str, text: str, links: list[tuple[str, str]]) -> None:
    inline = convert_inline(raw)
    assert inline.text == text
    assert [(lk.text, lk.url) for lk in inline.links] == links


def test_bare_media_url_becomes_media_not_text() -> None:
    inline = convert_inline("https://cdn.example.org/video/clip_01.mp4")
    assert inline.text == ""
    assert [(m.kind, m.url) for m in inline.media] == [("video", "https://cdn.example.org/video/clip_01.mp4")]


def test_image_markdown_becomes_media() -> None:
    inline = convert_inline("![Protesters in the square](/img/square.jpg)", base="https://news.example/a/b")
    assert inline.text == ""
    assert inline.media[0].url == "https://news.example/img/square.jpg"
    assert inline.media[0].alt == "Protesters in the square"


def test_markdown_structure_kept() -> None:
    text = (
        "# Big Title\n\nIntro paragraph that is long enough to read as prose in any article.\n\n"
        "## Part two\n\n- one\n- two\n\n1. first\n2. second\n\n> A quoted line\n> continues here.\n\n"
        "```\ncode  keeps   spaces\n```\n"
    )
    doc = parse_text(text)
    assert doc.metadata.title == "Big Title"
    kinds = [(b.kind, b.text, b.ordered) for b in doc.blocks]
    assert kinds == [
        ("p", "Intro paragraph that is long enough to read as prose in any article.", False),
        ("h2", "Part two", False),
        ("li", "one", False),
        ("li", "two", False),
        ("li", "first", True),
        ("li", "second", True),
        ("quote", "A quoted line continues here.", False),
        ("pre", "code  keeps   spaces", False),
    ]


def test_text_without_header_keeps_first_paragraph() -> None:
    text = "The council voted on Monday to close the old library, ending a century of service.\n"
    doc = parse_text(text)
    assert doc.metadata.title is None
    assert [b.text for b in doc.blocks] == [text.strip()]


def test_substack_style_header_with_bare_name_and_subtitle() -> None:
    text = (
        "Why the Grid Failed\n\n"
        "The storm exposed decades of deferred maintenance\n\n"
        "Jane Okafor\n\n"
        "Mar 3, 2023\n\n"
        "When the lights went out across the valley, the utility had already been warned twice.\n"
    )
    doc = parse_text(text)
    assert doc.metadata.title == "Why the Grid Failed"
    assert doc.metadata.description == "The storm exposed decades of deferred maintenance"
    assert doc.metadata.authors == ["Jane Okafor"]
    assert doc.metadata.published == "2023-03-03"
    assert doc.blocks[0].text.startswith("When the lights went out")


def test_unlabelled_short_line_without_header_after_it_stays_in_body() -> None:
    text = "A Title\n\nShort opening line\n\nThen the story continues with a complete sentence of news text.\n"
    doc = parse_text(text)
    assert doc.blocks[0].text == "Short opening line"
    assert doc.metadata.description is None


def test_hard_wrapped_paragraph_joins_even_after_a_full_stop_at_line_end() -> None:
    text = (
        "Title\n\n"
        "I do not think paper is better at everything. Searching is hopeless, and the handwriting after 6 p.m.\n"
        "is a problem for my future self. But for the first draft of anything, a shopping list or a chapter,\n"
        "I reach for the pen.\n"
    )
    texts = [b.text for b in parse_text(text).blocks]
    assert len(texts) == 1
    assert "after 6 p.m. is a problem" in texts[0]


def test_posted_on_by_line_gives_date_and_author() -> None:
    doc = parse_text("A Title\n\nPosted on 14 November 2023 by Hélène Marchetti\n\nThe body starts here, calmly.\n")
    assert doc.metadata.published == "2023-11-14"
    assert doc.metadata.authors == ["Hélène Marchetti"]
    assert [b.text for b in doc.blocks] == ["The body starts here, calmly."]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The council said that the plan would be put to a vote on Monday, and it was not clear which way it "
         "would go. Members have been divided for weeks over the cost of the new bridge and the road to it.", "en"),
        ("Der Stadtrat hat am Montag beschlossen, dass die Brücke nicht mehr für den Verkehr geöffnet wird. Die "
         "Kosten für die Sanierung sind nach Angaben der Verwaltung zu hoch, und eine neue Brücke wird geplant.",
         "de"),
        ("Le conseil municipal a décidé lundi que le pont ne sera pas rouvert à la circulation. Les coûts de la "
         "rénovation sont trop élevés pour la ville, et un nouveau pont est prévu dans les années qui viennent.",
         "fr"),
    ],
)
def test_text_input_language_is_detected_from_the_body(text: str, lang: str) -> None:
    import newsgrab

    art = newsgrab.extract("Headline\n\n" + text + "\n")
    assert art.language == lang
    assert art.provenance["language"] == "detected"
