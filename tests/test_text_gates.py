"""The cheap tests that spare the text path a regex call let every match of that regex through.

A gate is a necessary condition of its pattern (a character the pattern needs, a count it needs),
so skipping the pattern where the gate fails changes no output. Each gate is checked on generated
text built from the characters that decide it, and on examples where it must and must not let the
pattern run. The per-document memo of inline readings is checked to give each unit the block a
fresh reading gives, with lists of its own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.text import blocks, inline, lines

#: brackets, link syntax, every kind of space the patterns tell apart, image names and letters
_BRACKET_ALPHABET = [*"ab [](). \t\u00a0\u2003\u200b\x1f", "](", "](/a", "](https://x.org/b)", "photo.jpg",
                     "logo.PNG?w=2", "#top", "[12]", "![", "[[x]]"]


def _empty_link_gate(text: str) -> bool:
    """convert_syntax's test before its empty-link pattern."""
    return "[]" in text or "[ " in text or not text.isprintable()


def _image_name_gate(text: str) -> bool:
    """_to_block's test before its image-name pattern."""
    return "[" in text and "]" in text and text.count("]") > text.count("](")


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_BRACKET_ALPHABET), max_size=10).map("".join))
def test_bracket_gates_let_every_match_through(text: str) -> None:
    if inline._EMPTY_LINK_RE.search(text):
        assert _empty_link_gate(text)
    if blocks._IMAGE_NAME_RE.search(text):
        assert _image_name_gate(text)


@pytest.mark.parametrize(("text", "gate", "found"), [
    ("[ ](https://example.org/share/mail) Share by e-mail", True, True),
    ("[](https://example.org/icons/rss)", True, True),
    ("[\u00a0](https://example.org/icons/rss)", True, True),
    ("[Harbour news](https://example.org/harbour) [Weather](/weather)", False, False),
    ("Ferry timetables [see below]", False, False),
])
def test_empty_link_gate_examples(text: str, gate: bool, found: bool) -> None:
    assert _empty_link_gate(text) is gate
    assert bool(inline._EMPTY_LINK_RE.search(text)) is found


@pytest.mark.parametrize(("text", "gate", "found"), [
    ("[quay-at-dawn.jpg?width=640] The quay at dawn", True, True),
    ("[Gallery] [harbour.png]", True, True),
    ("[harbour.png](https://example.org/harbour.png) as a link", False, False),
    ("[Harbour news](https://example.org/harbour)", False, False),
    ("[See the timetable] for the ferries", True, False),
])
def test_image_name_gate_examples(text: str, gate: bool, found: bool) -> None:
    assert _image_name_gate(text) is gate
    assert bool(blocks._IMAGE_NAME_RE.search(text)) is found


_LINE_ALPHABET = [*" \t\u00a0-*_=━─+•o[]()|#a", "(BUTTON)", "____", "[IMG]", "[Home](/)", " * "]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_LINE_ALPHABET), min_size=1, max_size=8).map("".join))
def test_line_gates_let_every_match_through(line: str) -> None:
    """split_blocks' tests before its rule, empty-bullet and lynx-mark patterns."""
    stripped = line.strip()
    if not stripped:
        return
    first = stripped[0]
    if first in "-*_=━─" and lines._RULE_RE.match(stripped):
        assert first in "━─" or stripped.count(first) >= 3
    if first in lines._BULLET_CHARS and lines._EMPTY_BULLET_RE.match(line):
        assert stripped[-1] in lines._BULLET_CHARS
    if first == "[" and lines._CHROME_LINE_RE.match(line):
        assert stripped[-1] == "]"


@pytest.mark.parametrize(("line", "rule", "empty_bullet", "chrome"), [
    ("* * *", True, True, False),
    ("----------", True, False, False),
    ("  * [Harbour news](https://example.org/harbour)", False, False, False),
    ("  *  ★", False, True, False),
    ("[IMG]", False, False, True),
    ("[Harbour news](/harbour)", False, False, False),
])
def test_line_gate_examples(line: str, rule: bool, empty_bullet: bool, chrome: bool) -> None:
    assert bool(lines._RULE_RE.match(line.strip())) is rule
    assert bool(lines._EMPTY_BULLET_RE.match(line)) is empty_bullet
    assert bool(lines._CHROME_LINE_RE.match(line)) is chrome


_UNITS = ["[Home](https://example.org/)", "[ ](https://example.org/rss) RSS", "**Harbour** news",
          "[Jane Doe](/author/jane-doe)", "![Quay](https://example.org/q.jpg)", "Plain words", "[12]Weather"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_UNITS), min_size=1, max_size=8), st.sampled_from([None, "https://example.org/a/"]))
def test_a_unit_printed_again_gets_the_block_of_a_fresh_reading(texts: list[str], base: str | None) -> None:
    converted: dict[str, inline.Inline] = {}
    seen: list[blocks.Block] = []
    for number, text in enumerate(texts, start=1):
        raw = lines.RawBlock("li", text, number)
        block, names = blocks._to_block(raw, base, {}, converted)
        fresh, fresh_names = blocks._to_block(raw, base, {}, {})
        assert block == fresh and names == fresh_names
        assert all(block.links is not other.links and block.media is not other.media for other in seen)
        seen.append(block)


def test_a_menu_printed_at_both_ends_is_read_the_same_at_each() -> None:
    page = ("* [Harbour](https://example.org/harbour)\n* [Weather](https://example.org/weather)\n\n"
            "# Ferries run late again\n\nThe morning ferries ran an hour late for the third day.\n\n"
            "* [Harbour](https://example.org/harbour)\n* [Weather](https://example.org/weather)\n")
    raw_blocks, refs = lines.split_blocks(page)
    converted: dict[str, inline.Inline] = {}
    remembered = [blocks._to_block(raw, None, refs, converted)[0] for raw in raw_blocks]
    assert remembered == [blocks._to_block(raw, None, refs, {})[0] for raw in raw_blocks]
    assert remembered[0].text == remembered[-2].text == "Harbour"
    assert remembered[0].links == remembered[-2].links and remembered[0].links is not remembered[-2].links
