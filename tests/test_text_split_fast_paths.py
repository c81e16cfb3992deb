"""The block splitting's shortcuts (text/lines.py, wrap.py, markup.py) give the answers of the
plain code they stand in for, and skip the work they say they skip.

Each is checked against a plain copy of the code before it on generated lines built from the
characters that decide it, and on our own examples where it must and must not fire.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.text import lines, markup, wrap

#: pieces of a markdown dump's lines: words, spaces, link markup split anywhere, a long URL
_LINK_ALPHABET = ["Harbour ", "ferry ", "  ", "[", "]", "(", ")", "](", "[Read more", "](/news/a-", "page)",
                  "\\", '"Share"', "![", "x" * 31, "\n", "\n\n", "* "]


def _join_split_links_walk(text_lines: list[str]) -> list[str]:
    """join_split_links as it walked every line one by one (the code before the candidate list)."""
    out: list[str] = []
    index = 0
    count = len(text_lines)
    while index < count:
        line = text_lines[index]
        index += 1
        if "[" not in line and "](" not in line:
            out.append(line)
            continue
        state = markup._link_state(line)
        if state == 0:
            out.append(line)
            continue
        joined = line.rstrip()
        taken = index
        scan = markup._LinkScan()
        scan.feed(joined)
        ahead, limit = index, min(count, index + markup.MAX_LINK_LINES)
        while ahead < limit:
            nxt = text_lines[ahead].strip()
            ahead += 1
            if not nxt:
                continue
            piece = nxt if state == 2 and nxt[0] != '"' else " " + nxt
            joined += piece
            state = scan.feed(piece)
            if state == 0:
                taken = ahead
                break
            if scan.closed:
                limit = min(count, ahead + markup.MAX_LINK_LINES)
        if taken > index:
            out.append(joined)
            out.extend("" for _ in range(taken - index))
            index = taken
        else:
            out.append(line)
    return out


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_LINK_ALPHABET), max_size=30).map("".join))
def test_split_links_join_as_the_line_by_line_walk(text: str) -> None:
    text_lines = text.split("\n")
    assert markup.join_split_links(list(text_lines)) == _join_split_links_walk(text_lines)


def test_lines_without_a_split_link_come_back_as_given() -> None:
    """No copy of a text's lines when no link is split over them (most texts: w3m's, lynx's)."""
    plain = ["The harbour board met on Monday.", "", "* [Ferries](/ferries)", "A quay (the old one) reopened."]
    assert markup.join_split_links(plain) is plain
    split = ["Read [the harbour board's", "report](/board/report) today.", "", "Next line"]
    joined = markup.join_split_links(split)
    assert joined == ["Read [the harbour board's report](/board/report) today.", "", "", "Next line"]
    assert split[1] == "report](/board/report) today."  # the lines given are left as they were


def _wrap_width_every_line(text_lines: list[str], starts_item: Callable[[str], object]) -> int | None:
    """wrap_width as it read every long line, link markup or not, and asked each counted line whether
    it breaks (the code before the link and width gates)."""
    counts = [0] * (wrap.MAX_WRAP_WIDTH + 1)
    unbreakable = [0] * (wrap.MAX_WRAP_WIDTH + 1)
    longer = 0
    shortest = wrap.MIN_WRAP_WIDTH - wrap.WRAP_BAND
    last = len(text_lines) - 1
    for index, line in enumerate(text_lines):
        if len(line) < shortest or " " not in line.strip():
            continue
        width = wrap.display_width(line.rstrip())
        if width > wrap.MAX_WRAP_WIDTH:
            longer += wrap._breakable(line)
        elif width >= shortest and index < last and "](" not in line:
            following = text_lines[index + 1]
            if following.strip() and "](" not in following and not starts_item(following):
                counts[width] += 1
                unbreakable[width] += not wrap._breakable(line)
    best, best_near = None, 0
    for width in range(wrap.MIN_WRAP_WIDTH, wrap.MAX_WRAP_WIDTH + 1):
        near = sum(counts[width - wrap.WRAP_BAND:width + 1])
        over = sum(c - u for c, u in zip(counts[width + 1:], unbreakable[width + 1:], strict=True)) + longer
        if near > best_near and over * wrap.MAX_OVER_SHARE <= near:
            best, best_near = width, near
    return best if best_near >= wrap.MIN_WRAPPED_LINES else None


#: lines of a wrapped or unwrapped dump: prose at 30 to 130 columns, links, bullets, a long URL, CJK
_WRAP_LINES = st.builds(
    lambda words, tail: " ".join(words) + tail,
    st.lists(st.sampled_from(["harbour", "ferry", "a", "quay", "timetable", "東京", "https://example.org/" + "x" * 20,
                              "[Ferries](/ferries)", "](/a)"]), min_size=1, max_size=14),
    st.sampled_from(["", " ", ".", "  "]),
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(_WRAP_LINES, st.sampled_from(["", "* item one", "   indented words here"])), max_size=40))
def test_wrap_width_as_read_from_every_line(text_lines: list[str]) -> None:
    assert wrap.wrap_width(text_lines, lines._BULLET_RE.match) == _wrap_width_every_line(
        text_lines, lines._BULLET_RE.match)


def test_wrap_width_asks_no_line_with_link_markup_nor_a_short_one_whether_it_breaks(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A line with link markup counts for no width and never breaks; a line shorter than any wrap
    width counts only as near one: neither is asked whether a wrapper could break it."""
    prose = "The harbour board met on Monday to talk about the new ferry timetable"  # 70 columns
    text_lines = [prose, prose, prose, prose, prose, prose, "and the quay.",
                  "See [the timetable for the harbour's ferries this week and the next](/ferries/timetable) and "
                  "the quay's new opening hours",  # over 120 columns: a wrapper could not have made it
                  "and more.", "A short line of thirty-odd cols", "goes on here."]
    asked: list[str] = []
    breakable = wrap._breakable
    monkeypatch.setattr(wrap, "_breakable", lambda line: asked.append(line) or breakable(line))
    assert wrap.wrap_width(text_lines, lines._BULLET_RE.match) == len(prose)
    assert asked == [prose] * 6


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["word", "Word", "-", "東京", "서울", " ", "a-", ""]), max_size=5).map("".join),
       st.lists(st.sampled_from(["word", "Word", "-", "東京", "서울", " ", "b", ""]), max_size=5).map("".join))
def test_a_line_joined_alone_is_the_pair_joined(out: str, line: str) -> None:
    """The paragraph join adds one line at a time: as `join_lines` of the two, which strips both."""
    assert wrap.join_line(out.strip(), line) == wrap.join_lines([out, line])


def test_join_line_examples() -> None:
    assert wrap.join_line("The harbour re-", "opened on Monday") == "The harbour re-opened on Monday"
    assert wrap.join_line("東京都は新しい計画を", "発表した。") == "東京都は新しい計画を発表した。"
    assert wrap.join_line("The quay", "  ") == "The quay"
    assert wrap.join_line("The harbour", "Board") == "The harbour Board"



def _keeps_source_breaks_loop(text_lines: list[str], width: int | None) -> bool:
    """keeps_source_breaks as it walked the lines one by one (the code before the comprehension)."""
    if width is not None and width <= wrap.MAX_CONVERTER_WIDTH:
        return False
    flush = held = 0
    for line in text_lines:
        if line.strip():
            held += 1
            flush += line[:1] != " "
    return held > 0 and flush >= wrap.MIN_FLUSH_SHARE * held


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "  ", "\t", "\u3000", "\x0b", " \u00a0", "Harbour", " quay", "\tferry",
                                 "\u3000東京", "x "]), max_size=12),
       st.sampled_from([None, 78, 101, 140]))
def test_source_breaks_as_read_line_by_line(text_lines: list[str], width: int | None) -> None:
    """Blank is what `str.strip` leaves empty: "" and lines of any spaces (a tab, an ideographic space)."""
    assert wrap.keeps_source_breaks(text_lines, width) == _keeps_source_breaks_loop(text_lines, width)


def test_source_breaks_examples() -> None:
    flush_left = ["An Ode to the", "                Rosetta Spacecraft", "", "Sep", "                30, 2016"]
    assert wrap.keeps_source_breaks(flush_left, None)
    assert not wrap.keeps_source_breaks(flush_left, 78)  # a terminal converter's wrap
    assert not wrap.keeps_source_breaks(["  The quay", "    reopened", "\t", "  on Monday"], None)  # inscriptis
    assert not wrap.keeps_source_breaks(["", " ", "\u3000"], None)


#: a paragraph of one line as a dump prints it: a letter first, maybe indented, maybe a trailing space
_ONE_LINE_PARAGRAPHS = st.builds(
    lambda indent, words, tail: indent + " ".join(words) + tail, st.sampled_from(["", "  ", "\t"]),
    st.lists(st.sampled_from(["Harbour", "ferry", "quay", "東京"]), min_size=1, max_size=6),
    st.sampled_from([".", ". ", "!"]))


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ONE_LINE_PARAGRAPHS, min_size=1, max_size=8), st.sampled_from(["\n\n", "\n \n", "\n\n\n"]))
def test_one_line_paragraphs_between_blank_lines_are_the_units_of_their_line(paragraphs: list[str],
                                                                              gap: str) -> None:
    """The blank line's shortcut for a paragraph of one line gives `_units`' own unit of that line."""
    text = gap.join(paragraphs)
    blocks, _ = lines.split_blocks(text)
    numbered = [(number, line) for number, line in enumerate(text.expandtabs(4).split("\n"), start=1) if line.strip()]
    expected = [lines._units([(number, line, len(line) - len(line.lstrip()))], "p", None)[0]
                for number, line in numbered]
    assert blocks == expected


def _atx_by_pattern(line: str) -> tuple[int, int, int] | None:
    """An ATX heading as the whole pattern reads it (the code before `_atx_heading`)."""
    heading = lines._ATX_RE.match(line)
    return None if heading is None else (len(heading.group(1)), heading.start(2), heading.end(2))


@settings(max_examples=5000, deadline=None)
@given(st.lists(st.sampled_from(["#", "##", "#######", " ", "  ", "\t", "\u3000", "Harbour", "x", "#x", "\n", "\r",
                                 "\u00a0", "ferry news"]), max_size=10).map("".join))
def test_atx_heading_as_the_pattern_reads_it(line: str) -> None:
    assert lines._atx_heading(line) == _atx_by_pattern(line)


@pytest.mark.parametrize(("line", "heading"), [
    ("## Ferry timetable", (2, 3, 18)),
    ("# Ferry timetable ##", (1, 2, 17)),  # closing hashes set off by a space
    ("# Ferry #5", (1, 2, 10)),  # a hash in the text
    ("   ### Quay   ", (3, 7, 11)),
    ("# ", (1, 2, 2)),
    ("# ##", (1, 2, 4)),  # the text is hashes alone
    ("#Ferry", None),
    ("####### Seven", None),
])
def test_atx_heading_examples(line: str, heading: tuple[int, int, int] | None) -> None:
    assert lines._atx_heading(line) == heading
