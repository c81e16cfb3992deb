"""A text line that introduced a medium and printed its address ("Video on Odysee: <address>") is that
medium with its caption, not a label left standing in the body (newsgrab/media/labels.py)."""

from __future__ import annotations

import pytest

from newsgrab import extract
from tests.sea_wall import DOCK_PARAGRAPHS, DOCK_TITLE

_TITLE = DOCK_TITLE
_STORY = list(DOCK_PARAGRAPHS)


def _text(line: str) -> str:
    return "\n\n".join([_TITLE, _STORY[0], _STORY[1], line, _STORY[2]]) + "\n"


@pytest.mark.parametrize(("line", "label", "url", "caption"), [
    ("Video on Odysee: https://odysee.com/@harbourwatch:3/dock-sale:7", "Video on Odysee",
     "https://odysee.com/@harbourwatch:3/dock-sale:7", "Video on Odysee"),
    ("Listen to the full interview with a dock worker: https://soundcloud.com/harbourvoices/dockworker",
     "Listen to the full interview", "https://soundcloud.com/harbourvoices/dockworker",
     "Listen to the full interview with a dock worker"),
    ("Regardez l'entretien complet : https://www.youtube.com/watch?v=Xy12AbCdEfG", "Regardez",
     "https://www.youtube.com/watch?v=Xy12AbCdEfG", "Regardez l'entretien complet"),
    ("Photo: https://cdn.harbour.example/uploads/2024/03/dock-fences.jpg", "Photo:",
     "https://cdn.harbour.example/uploads/2024/03/dock-fences.jpg", None),
])
def test_the_label_of_its_lines_medium_is_its_caption(line: str, label: str, url: str, caption: str | None) -> None:
    article = extract(_text(line))
    assert label not in article.body
    assert all(p in article.body for p in _STORY)
    medium = next(m for m in article.media if m.url == url)
    assert medium.caption == caption


@pytest.mark.parametrize(("line", "kept"), [
    ("As this video https://www.youtube.com/watch?v=Xy12AbCdEfG shows, the old wall cracked in two places.",
     "shows, the old wall cracked in two places."),
    ("The chair spoke to the council on Monday evening. Watch: https://www.youtube.com/watch?v=Xy12AbCdEfG",
     "The chair spoke to the council on Monday evening."),
    ("Read the board's minutes: https://harbourboard.example/minutes/2024-02", "Read the board's minutes:"),
    ("Two videos of the fences: https://www.youtube.com/watch?v=Xy12AbCdEfG https://vimeo.com/123456789",
     "Two videos of the fences:"),
])
def test_a_sentence_a_link_or_several_media_keep_the_line(line: str, kept: str) -> None:
    assert kept in extract(_text(line)).body
