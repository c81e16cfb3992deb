"""`afterheadline.stretch` walks the elements after the headline once for several readers: each walk
steps into the page chrome its own predicate accepts and stops at its own reader's limits (a body text
piece, or past STRETCH_READ_CHARS of own text), and a step's mask says which walks hold it."""

from __future__ import annotations

import lxml.html

from newsgrab.meta.afterheadline import BODY_PIECE_CHARS, STRETCH_READ_CHARS, stretch

_BODY = "The ferry timetable changes on Monday, when the winter crossings begin. " * 5


def _steps(after: str) -> dict[str, int]:
    root = lxml.html.fromstring(f"<html><body><article><h1>Ferry timetable</h1>{after}</article>"
                                "<p id=outside>Outside the article</p></body></html>")
    headline = root.find(".//h1")
    assert headline is not None
    steps = stretch(headline, lambda el: el.get("data-a") is not None, lambda el: el.get("data-b") is not None)
    return {el.get("id") or el.tag: mask for el, _own, mask in steps}


def test_both_walks_hold_the_story_elements_in_document_order_up_to_the_body() -> None:
    steps = _steps("<div id=bar><span id=date>May 3</span><span id=by>By Ana Ruiz</span></div>"
                   f"<script>var x = 1;</script><aside id=aside>Read more</aside><p id=body>{_BODY}</p>"
                   "<p id=after>After the body</p>")
    assert len(_BODY.strip()) >= BODY_PIECE_CHARS
    assert list(steps) == ["bar", "date", "by"]
    assert set(steps.values()) == {0b11}


def test_a_chrome_box_is_held_only_by_the_walk_whose_predicate_accepts_it() -> None:
    steps = _steps("<div class=related-stories id=box-a data-a><p id=in-a>By Ana Ruiz</p></div>"
                   "<div class=related-stories id=box-b data-b><p id=in-b>Ana Ruiz</p></div>"
                   "<div class=related-stories id=box-none><p id=in-none>Other story</p></div>"
                   "<p id=line>May 3, 2021</p>")
    assert steps == {"box-a": 0b01, "in-a": 0b01, "box-b": 0b10, "in-b": 0b10, "line": 0b11}


def test_each_walk_stops_at_its_own_body_piece() -> None:
    # the long text inside a box only the second walk steps into stops that walk, not the first
    steps = _steps(f"<div class=related-stories id=box data-b><p id=long>{_BODY}</p></div><p id=line>By Ana Ruiz</p>"
                   f"<p id=body>{_BODY}</p><p id=after>After</p>")
    assert steps == {"box": 0b10, "line": 0b01}


def test_a_walk_stops_past_its_read_characters() -> None:
    piece = "Ferry news in brief. " * 10  # under a body piece, many of them add up past the read limit
    count = STRETCH_READ_CHARS // len(piece.strip()) + 3
    steps = _steps("".join(f"<p id=p{i}>{piece}</p>" for i in range(count)))
    read = len(piece.strip()) * (len(steps) - 1)  # own text walked past before the last step held
    assert 0 < len(steps) < count
    assert read <= STRETCH_READ_CHARS < read + len(piece.strip())
    assert set(steps.values()) == {0b11}
