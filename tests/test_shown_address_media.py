"""A page's link that shows its own address at a player's host is that medium, and so is such an address
printed as text: a cross-post pastes its video as the address where the original embedded it
(newsgrab/media/classify.py shown_address_medium and played_in_text, read by the HTML blocks and the
media walk alike; the text path reads such an address so already)."""

from __future__ import annotations

import pytest

from newsgrab import extract
from newsgrab.media.classify import shown_address_medium
from tests.sea_wall import DOCK_PARAGRAPHS, DOCK_TITLE

_TITLE = DOCK_TITLE
_STORY = list(DOCK_PARAGRAPHS)


def _page(paragraph: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in [_STORY[0], _STORY[1], paragraph, _STORY[2]])
    return (f"<html><head><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>{paragraphs}"
            "</article></body></html>")


@pytest.mark.parametrize(("paragraph", "url", "kind"), [
    ('Watch: <a href="https://www.youtube.com/watch?v=Xy12AbCdEfG">https://www.youtube.com/watch?v=Xy12AbCdEfG</a>',
     "https://www.youtube.com/watch?v=Xy12AbCdEfG", "video"),
    ('<a href="https://rumble.com/v4abcde-harbour-sale.html">rumble.com/v4abcde-harbour-sale.html</a>',
     "https://rumble.com/v4abcde-harbour-sale.html", "video"),
    ('Vidéo : <a href="https://odysee.com/@harbourwatch:3/dock-sale:7">https://odysee.com/@harbourwatch:3/dock-sale:7/</a>',
     "https://odysee.com/@harbourwatch:3/dock-sale:7", "video"),
    ("Listen to the dock worker's interview: https://soundcloud.com/harbourvoices/dockworker",
     "https://soundcloud.com/harbourvoices/dockworker", "audio"),
    ("The chair's statement (https://www.youtube.com/watch?v=Xy12AbCdEfG) said nothing of the price.",
     "https://www.youtube.com/watch?v=Xy12AbCdEfG", "video"),
])
def test_a_link_showing_a_players_address_is_the_medium(paragraph: str, url: str, kind: str) -> None:
    media = extract(_page(paragraph)).media
    assert any(m.url == url and m.kind == kind for m in media), media


@pytest.mark.parametrize("paragraph", [
    'The chair explained the sale in <a href="https://www.youtube.com/watch?v=Xy12AbCdEfG">this video</a>.',
    'Fences: <a href="https://cdn.harbour.example/uploads/dock-fences.jpg">https://cdn.harbour.example/uploads/dock-fences.jpg</a>',
    'Minutes: <a href="https://harbourboard.example/minutes/2024-02">https://harbourboard.example/minutes/2024-02</a>',
    "The board's minutes are at https://harbourboard.example/minutes/2024-02 for anyone to read.",
    "The fences, pictured at https://cdn.harbour.example/uploads/dock-fences.jpg, went up in a night.",
])
def test_a_link_with_words_a_pictures_or_a_pages_address_is_no_medium(paragraph: str) -> None:
    assert extract(_page(paragraph)).media == []


def test_the_address_compares_without_scheme_www_and_closing_slash() -> None:
    assert shown_address_medium("www.youtube.com/watch?v=Xy12AbCdEfG/", "https://www.youtube.com/watch?v=Xy12AbCdEfG")
    assert shown_address_medium("https://vimeo.com/123456789", "https://vimeo.com/987654321") is None
    assert shown_address_medium("Watch on YouTube", "https://www.youtube.com/watch?v=Xy12AbCdEfG") is None


@pytest.mark.parametrize(("paragraph", "url", "caption"), [
    # the address alone, as text or as a link showing itself: the medium, no line left in the body
    ("https://rumble.com/v4abcde-harbour-sale.html", "https://rumble.com/v4abcde-harbour-sale.html", None),
    ('<a href="https://rumble.com/v4abcde-harbour-sale.html">rumble.com/v4abcde-harbour-sale.html</a>',
     "https://rumble.com/v4abcde-harbour-sale.html", None),
    # a label of the kind only ("Video:"), and one with words of its own (the caption), in two languages
    ("Video: https://www.youtube.com/watch?v=Xy12AbCdEfG", "https://www.youtube.com/watch?v=Xy12AbCdEfG", None),
    ('Vidéo de la vente : <a href="https://odysee.com/@harbourwatch:3/dock-sale:7">https://odysee.com/@harbourwatch:3/dock-sale:7</a>',
     "https://odysee.com/@harbourwatch:3/dock-sale:7", "Vidéo de la vente"),
    ("Listen to the dock worker's interview: https://soundcloud.com/harbourvoices/dockworker",
     "https://soundcloud.com/harbourvoices/dockworker", "Listen to the dock worker's interview"),
])
def test_a_paragraph_that_only_labels_its_players_address_leaves_the_body(
        paragraph: str, url: str, caption: str | None) -> None:
    """As the text path reads the same line (newsgrab/media/labels.py): the medium keeps the label's
    words as its caption, and the body keeps only the story."""
    article = extract(_page(paragraph))
    assert article.body == "\n\n".join(_STORY)
    medium = next(m for m in article.media if m.url == url)
    assert medium.caption == caption


@pytest.mark.parametrize(("paragraph", "kept"), [
    ("The chair's statement (https://www.youtube.com/watch?v=Xy12AbCdEfG) said nothing of the price.",
     "said nothing of the price."),
    ("The chair spoke to the council on Monday evening. Watch: https://www.youtube.com/watch?v=Xy12AbCdEfG",
     "The chair spoke to the council on Monday evening."),
    ("Two videos of the fences: https://www.youtube.com/watch?v=Xy12AbCdEfG https://vimeo.com/123456789",
     "Two videos of the fences:"),
    ("The board's minutes: https://harbourboard.example/minutes/2024-02", "The board's minutes:"),
])
def test_a_sentence_several_media_or_a_pages_address_keep_the_paragraph(paragraph: str, kept: str) -> None:
    assert kept in extract(_page(paragraph)).body
