"""The text path's fast paths give the answers of the plain code they stand in for.

Each shortcut (an end-anchored pattern searched from where a match can start, a regex gated by a
cheap test of the line) is checked against the plain call on generated text built from the
characters that decide it, and on examples where it must and must not fire.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgrab.text import echo, inline, lines, markup, titleshape, values, wrap
from newsgrab.text.ends import ends_with

#: characters the end patterns look at, plus letters, spaces, line breaks, CJK and Hangul
_END_ALPHABET = [*"ab.!?:;,…\"'”’»)]([ \n", "。", "！", "道", "한", "国", "@", "/", ">", "w", "h", "t", "p", "s"]

#: (pattern, trailing, reach) as the text path calls `ends_with`
END_PATTERNS = {
    "paragraph end": (values._PARAGRAPH_END_RE, values._PARAGRAPH_TRAILING, 2),
    "not a title end": (titleshape.NOT_TITLE_END_RE, titleshape.NOT_TITLE_TRAILING, 2),
    "clause end": (wrap.CLAUSE_END_RE, "\n", 1),
    "CJK end": (wrap._CJK_END_RE, "\n", 1),
    "Hangul end": (wrap._HANGUL_END_RE, "\n", 1),
}


@pytest.mark.parametrize("name", sorted(END_PATTERNS))
@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(_END_ALPHABET), max_size=12))
def test_end_search_agrees_with_a_full_search(name: str, text: str) -> None:
    pattern, trailing, reach = END_PATTERNS[name]
    assert ends_with(pattern, text, trailing, reach) == bool(pattern.search(text))


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("paragraph end", "Officials said on Friday.", True),
    ("paragraph end", "He said: \u201cWe will stay.\u201d)", True),
    ("paragraph end", "Read more...", False),
    ("paragraph end", "A sentence. And then a menu", False),
    ("not a title end", "Reservoirs fall to a 20-year low.", True),
    ("not a title end", "Reservoirs fall to a 20-year low", False),
    ("clause end", "the line ends here;\n", True),
    ("clause end", "the line goes on\n.", True),  # `$` before the last line break
    ("clause end", "the line goes on\n.\n\n", False),
    ("CJK end", "東京で会議が開かれた道", True),
    ("Hangul end", "서울에서 회의가 열렸다 a", False),
])
def test_end_search_examples(name: str, text: str, expected: bool) -> None:
    pattern, trailing, reach = END_PATTERNS[name]
    assert ends_with(pattern, text, trailing, reach) is expected
    assert bool(pattern.search(text)) is expected


_ADDRESS_ALPHABET = [*"ab.@/:w >\n\t", "http", "https://", "www.", "x.org"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_ALPHABET), max_size=10).map("".join))
def test_address_end_agrees_with_a_full_search(text: str) -> None:
    assert wrap._ends_with_address(text) == bool(wrap._URL_END_RE.search(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("write to jane@example.org", True),
    ("see https://example.org/a/b", True),
    ("see https://example.org/a/b and more", False),
    ("<https://example.org>", True),
    ("an address, www.example.org\n", True),
    ("plain words only", False),
    ("", False),
])
def test_address_end_examples(text: str, expected: bool) -> None:
    assert wrap._ends_with_address(text) is expected
    assert bool(wrap._URL_END_RE.search(text)) is expected


def test_a_trailing_set_missing_a_closer_would_be_caught() -> None:
    """The check above can fail: leaving the closing quote out of `trailing` misses a match."""
    pattern = re.compile(r"[.!?][\"”]*$")
    text = "He left." + "\u201d" * 5
    assert pattern.search(text)
    assert not ends_with(pattern, text, "\n", 1)
    assert ends_with(pattern, text, "\"\u201d\n", 1)


_LINE_ALPHABET = [*" \t\xa0\u3000-*+•◦▪▫‣∙·☆★■□►➢➤o1234567890.)a_#>|x", "١", "²"]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_LINE_ALPHABET), min_size=1, max_size=8))
def test_line_gates_let_every_match_through(line: str) -> None:
    """split_blocks tries the bullet patterns only on a line whose first non-space character is in
    _BULLET_CHARS, and the numbered-item pattern only when it is a digit."""
    stripped = line.strip()
    if not stripped:
        return
    if stripped[0] not in lines._BULLET_CHARS:
        assert not lines._BULLET_RE.match(line) and not lines._EMPTY_BULLET_RE.match(line)
    if not stripped[0].isdigit():
        assert not lines._NUMBERED_RE.match(line)


@pytest.mark.parametrize(("line", "bullet", "numbered"), [
    ("  o Subscribe", True, False),
    ("• Contact Us", True, False),
    ("12. Plan your meals", False, True),
    ("Officials said", False, False),
    ("(1) a point", False, False),
])
def test_line_gate_examples(line: str, bullet: bool, numbered: bool) -> None:
    assert bool(lines._BULLET_RE.match(line)) is bullet
    assert bool(lines._NUMBERED_RE.match(line)) is numbered
    assert (line.strip()[0] in lines._BULLET_CHARS) is bullet


def test_one_line_units_keep_their_kind_text_and_numbering() -> None:
    """_units' shortcut for a one-line paragraph (a heading, quote, item, line) and its general path
    for longer ones, side by side; the figures are those of the code before the shortcut."""
    text = ("# A heading\n\n> a quoted line\n\n- an item\n\n3. a numbered item\n4. the next one\n\n"
            "A line of text.\nwith a second line\n")
    kinds = [(b.kind, b.raw, b.ordered) for b in lines.split_blocks(text)[0]]
    assert kinds == [("h1", "A heading", False), ("quote", "a quoted line", False), ("li", "an item", False),
                     ("li", "a numbered item", True), ("li", "the next one", True),
                     ("p", "A line of text.", False), ("p", "with a second line", False)]
    wrapped = "A wrapped line of prose that goes on past the width of the column it was\nwrapped at, so\n"
    assert [(b.kind, b.raw) for b in lines.split_blocks(wrapped * 6)[0]][:1] == [
        ("p", "A wrapped line of prose that goes on past the width of the column it was wrapped at, so")]


_INLINE_ALPHABET = [*"aGfpPx. \n\t*_#", ".jpg", ".JPEG", ".png", ".gif", ".webp", ".svg", "**", "__", "photo"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_INLINE_ALPHABET), max_size=8).map("".join))
def test_inline_gates_let_every_match_through(text: str) -> None:
    """convert_inline tries the image-file-names pattern only on a line ending in a letter that
    ends one of its extensions, the strong patterns only with a doubled marker, the label's
    heading pattern only on a label opening with '#'."""
    if text.rstrip()[-1:] not in inline._IMAGE_NAME_ENDS:
        assert not inline._IMAGE_NAMES_RE.match(text)
    if "**" not in text and "__" not in text:
        assert not inline._STRONG_RE.search(text) and not inline._EMPTY_STRONG_RE.search(text)
    if text[:1] != "#":
        assert not inline._LABEL_HEADING_RE.search(text)


@pytest.mark.parametrize(("raw", "text", "links", "media"), [
    ("photo_1.JPG  header.png", "", 0, 0),  # w3m's image file names: not text
    ("See the photo.jpg for it", "See the photo.jpg for it", 0, 0),
    ("[#### Big **news** today](/a/b) and __more__", "Big news today and more", 1, 0),
    ("![a chart](https://example.org/c.png) The chart", "The chart", 0, 1),
    ("a *stressed* word, a_snake_case name", "a stressed word, a_snake_case name", 0, 0),
])
def test_inline_examples(raw: str, text: str, links: int, media: int) -> None:
    got = inline.convert_inline(raw, "https://example.org/")
    assert (got.text, len(got.links), len(got.media)) == (text, links, media)


@pytest.mark.parametrize("text", [
    "Drought pushes Central Asian neighbours toward a deal",
    "Café owners in Zürich raise prices",
    "東京で会議 Tokyo talks resume",  # wide characters: pairs
    "「日本」 the quotes alone are wide",  # a wide character outside any word
    "서울 회의",
])
def test_echo_words_shortcut_agrees_with_the_word_by_word_reading(text: str) -> None:
    """echo_words skips the per-word search for wide characters when the text has none."""
    expected: set[str] = set()
    for word in re.findall(r"\w+", text.casefold()):
        if titleshape.WIDE_RE.search(word):
            expected.update(word[i: i + 2] for i in range(len(word) - 1))
        elif len(word) >= echo.MIN_ECHO_WORD_CHARS:
            expected.add(word[: echo.ECHO_STEM_CHARS])
    assert echo.echo_words(text) == expected


@pytest.mark.parametrize("line", ["references", "  References  ", "Visible links:", "HIDDEN LINKS:", "Referenceſ"])
def test_reference_headings_pass_the_length_gate(line: str) -> None:
    """take_references reads a references heading only on a line at least as long as the shortest
    heading (casefold never shortens a text); every heading, however written, passes."""
    assert line.strip().casefold() in markup._REFERENCES_HEADINGS
    assert len(line) >= markup._MIN_HEADING_CHARS


def test_a_references_list_is_still_read() -> None:
    lines_in = ["Some text [1]here.", "", "References", "", "   1. https://example.org/a", "   2. https://example.org/b"]
    refs: dict[str, str] = {}
    assert markup.take_references(lines_in, refs) == ["Some text [1]here.", ""]
    assert refs == {"1": "https://example.org/a", "2": "https://example.org/b"}
    refs = {}
    assert markup.take_references(["  [id]: https://example.org/c", "Refs"], refs) == ["Refs"]
    assert refs == {"id": "https://example.org/c"}


@pytest.mark.parametrize(("line", "breakable"), [
    ("A plain line of prose that a wrapper could break anywhere", True),
    ("See https://example.org/a/very/long/path/to/a/story-page.html for it", False),
    ("A [link](/to/a/page) inside the line", False),
])
def test_breakable(line: str, breakable: bool) -> None:
    assert wrap._breakable(line) is breakable


@pytest.mark.parametrize(("text", "holds"), [
    ("A story [1]with a link.\n\nReferences\n\n   1. https://example.org/a\n", True),
    ("A story.\n\nVISIBLE LINKS:\n1. https://example.org/a\n", True),
    ("A story with a [reference link][id].\n\n[id]: https://example.org/a\n", True),
    ("A story with an [inline link](https://example.org/a) and no list.\n", False),
    ("A story.\n\n   REFERENCES  \n\n   1. https://example.org/a\n", True),  # indented, upper case
    ("The references are listed below the story.\n\n   1. https://example.org/a\n", False),  # not a heading line
    ("Plain text, nothing to look up.\n", False),
])
def test_may_hold_references(text: str, holds: bool) -> None:
    """split_blocks walks the lines for references only when the text may hold some; where it
    does not, the walk finds nothing either."""
    assert markup.may_hold_references(text, text.split("\n")) is holds
    refs: dict[str, str] = {}
    markup.take_references(text.split("\n"), refs)
    assert bool(refs) is holds


@pytest.mark.parametrize(("prev", "line", "width", "expected"), [
    ("A line of prose that stops just short of the seventy-eight column margin", "here it goes", 78, True),
    ("A short line", "next", 78, False),
    ("東京で会議が開かれた" * 4, "続き", 78, True),  # 40 wide characters: 80 columns
    ("東京で会議", "続き", 78, False),
])
def test_wraps_counts_columns(prev: str, line: str, width: int, expected: bool) -> None:
    assert wrap.wraps(prev, line, width) is expected
    word = line.split(" ")[0]
    assert (wrap.display_width(prev.rstrip()) + 1 + wrap.display_width(word) > width - wrap.WRAP_SLACK) is expected


def _walk_link_state(pieces: list[str]) -> list[tuple[int, bool]]:
    """The link state after each piece, read one character at a time (the code before the scan
    that visits only brackets, parentheses and backslashes)."""
    depth = in_url = 0
    prev = ""
    out = []
    for text in pieces:
        closed = False
        for char in text:
            if prev == "\\":
                prev = ""
                continue
            if in_url:
                if char == "(":
                    in_url += 1
                elif char == ")":
                    in_url -= 1
                    closed = True
            elif char == "[":
                depth += 1
            elif char == "]" and depth:
                depth -= 1
                closed = True
            elif char == "(" and prev == "]":
                in_url = 1
            prev = char
        out.append((2 if in_url else 1 if depth else 0, closed))
    return out


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*"[]()\\a ", "]("]), max_size=8).map("".join), min_size=1, max_size=4))
def test_link_scan_agrees_with_a_walk_over_every_character(pieces: list[str]) -> None:
    scan = markup._LinkScan()
    assert [(scan.feed(piece), scan.closed) for piece in pieces] == _walk_link_state(pieces)


@pytest.mark.parametrize(("pieces", "states"), [
    (["[Weston captures", "](/sports/swim-", "title.php)"], [1, 2, 0]),
    (["a \\[not a link](x)"], [0]),  # an escaped bracket opens nothing
    (["[label\\", "](x)"], [1, 1]),  # a backslash at a line's end escapes the next line's first character
    (["[a]", "(url"], [0, 2]),  # a URL opened right after the "]" that ended the piece before
    (["[a]", " (url"], [0, 0]),  # not after a space
])
def test_link_scan_examples(pieces: list[str], states: list[int]) -> None:
    scan = markup._LinkScan()
    assert [scan.feed(piece) for piece in pieces] == states
    assert [state for state, _ in _walk_link_state(pieces)] == states


#: characters and strings that decide convert_inline's steps, with letters, spaces and file names
_SYNTAX_ALPHABET = [*"ab G.:/\t\u00a0\u200b[]()!*_\\<>#", "://", "www.", "mailto:", "IFRAME:", ".jpg", ".png",
                    "http", "https://x.org/a", "[12]", "](", "][", "**"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SYNTAX_ALPHABET), max_size=10).map("".join))
def test_inline_shortcut_agrees_with_every_step(text: str) -> None:
    """convert_inline skips its steps for a text without syntax; they give the same there."""
    for base in (None, "https://example.org/a/"):
        assert inline.convert_inline(text, base) == inline.convert_syntax(text, base)


@pytest.mark.parametrize(("raw", "has"), [
    ("Officials said the talks would resume on Monday.", False),
    ("A snake_case name", True),
    ("See www.example.org for more", True),
    ("IFRAME: https://www.youtube.com/embed/x", True),
    ("photo_1.JPG header.png", True),
    ("See the photo for it", False),
])
def test_inline_shortcut_examples(raw: str, has: bool) -> None:
    assert inline.has_syntax(raw) is has


#: the label pattern as first written, backtracking, which the possessive one must match exactly
_BACKTRACKING_LABEL = r"((?:[^\[\]]|\[[^\[\]]*\])*)"
_LINK_ALPHABET = [*"a [](!)\"<> ", "](", "](/a", "](https://x.org/b", ' "t")', "[12]", "![", "[[x]]"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_LINK_ALPHABET), max_size=10).map("".join))
def test_possessive_link_label_matches_as_the_backtracking_one(text: str) -> None:
    for name, prefix in (("_LINK_RE", r"\["), ("_IMAGE_RE", r"!\[")):
        plain = re.compile(rf"{prefix}{_BACKTRACKING_LABEL}\]{inline._TARGET}")
        fast = getattr(inline, name)
        assert [m.span() + m.groups() for m in fast.finditer(text)] == [
            m.span() + m.groups() for m in plain.finditer(text)]


@pytest.mark.parametrize(("url", "base", "expected"), [
    ("https://example.org/a", "https://news.example/", "https://example.org/a"),
    ("  http://example.org/a ", None, "http://example.org/a"),
    ("HTTPS://example.org/a", None, "HTTPS://example.org/a"),
    ("/a/b", "https://news.example/x/", "https://news.example/a/b"),
    ("/a/b", None, None),
    ("#top", "https://news.example/", None),
    ("javascript:void(0)", None, None),
    ("www.example.org", None, "http://www.example.org"),
])
def test_real_url_examples(url: str, base: str | None, expected: str | None) -> None:
    assert inline.real_url(url, base) == expected


_TAB_ALPHABET = [*"ab \t\n\r[]:", "Visible", "links", "References", "ﬀ", "K", "ſ", "REFERENCE"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_TAB_ALPHABET), max_size=12).map("".join))
def test_tabs_expanded_whole_as_line_by_line(text: str) -> None:
    """split_blocks expands a text's tabs in one call: columns start again at each line break."""
    assert text.expandtabs(4).split("\n") == [line.expandtabs(4) for line in text.split("\n")]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from([*_TAB_ALPHABET, "  [id]: https://x.org/a", "\n   1. https://x.org/b"]),
                max_size=12).map("".join))
def test_references_gate_lets_every_definition_through(text: str) -> None:
    """take_references is skipped on a text that may_hold_references rules out: it would change nothing."""
    text = text.expandtabs(4)
    if not markup.may_hold_references(text, text.split("\n")):
        refs: dict[str, str] = {}
        assert markup.take_references(text.split("\n"), refs) == text.split("\n")
        assert refs == {}


_GOES_ON_ALPHABET = [*"aB .;:(\n", "https://x.org", "www.", "see", "ß", "é", "»", "a@b.org"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_GOES_ON_ALPHABET), max_size=6).map("".join),
       st.lists(st.sampled_from(_GOES_ON_ALPHABET), max_size=6).map("".join))
def test_goes_on_mid_sentence_tests_in_any_order(prev: str, line: str) -> None:
    """goes_on_mid_sentence asks the cheapest question first; the answer is the conjunction's."""
    expected = (not wrap.CLAUSE_END_RE.search(prev) and not wrap._ends_with_address(prev)
                and bool(wrap._CONTINUES_RE.match(line)) and not wrap._URL_START_RE.match(line))
    assert wrap.goes_on_mid_sentence(prev, line) is expected


_WRAP_ALPHABET = [*"ab -\u00a0", "한", "국", "東", "京", "o", "* ", "\u00a0* ", "word"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_WRAP_ALPHABET), max_size=8).map("".join),
       st.lists(st.sampled_from(_WRAP_ALPHABET), max_size=8).map("".join))
def test_ascii_shortcuts_of_wrapped_lines(prev: str, line: str) -> None:
    """breaks_word and join_lines skip their Hangul and CJK end tests after an ASCII line (which
    ends in neither); a bullet is tried only on a line opening with a space or a bullet character."""
    for width in (len(prev.rstrip()), len(prev.rstrip()) + 1, 2 * len(prev)):
        expected = (bool(wrap._HANGUL_END_RE.search(prev.rstrip())) and bool(wrap._HANGUL_START_RE.match(line))
                    and width - wrap.WIDE_COLUMNS < wrap.display_width(prev.rstrip()) <= width)
        assert wrap.breaks_word(prev, line, width) is expected
    if prev.strip() and line.strip() and not (prev.strip().endswith("-") and line.strip()[:1].islower()):
        glued = bool(wrap._CJK_END_RE.search(prev.strip())) and bool(wrap._CJK_START_RE.match(line.strip()))
        joiner = "" if glued else " "
        assert wrap.join_lines([prev, line]) == prev.strip() + joiner + line.strip()
    if lines._BULLET_RE.match(line):
        assert line[0] in lines._BULLET_CHARS or line[0].isspace()


#: pieces of wrapped prose: words, spaces, indentation, bullets, Hangul and CJK (which wrap by columns)
_WRAP_ALPHABET = ["word ", "longerword ", "a ", "  ", "\n", "\n  ", "\n\n", "* ", "서울 ", "東京", ".", "-", "\t"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_WRAP_ALPHABET), max_size=60).map("".join), st.sampled_from([40, 48, 60]))
def test_units_reuse_the_wrap_answers_of_split_blocks(text: str, width: int) -> None:
    """_units skips `wraps` for a line that split_blocks held because `wraps` said it goes on: asked
    again with the same two lines, it gives the same answer."""
    para: list[tuple[int, str, int]] = []
    wrapped: set[int] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        indent = len(line) - len(line.lstrip())
        if para and wrap.wraps(para[-1][1], stripped, width):
            wrapped.add(number)
        para.append((number, line, indent))
    if para:
        for kind in ("p", "li", "h2"):
            assert lines._units(para, kind, width, wrapped) == lines._units(para, kind, width)


def test_units_take_a_held_line_as_wrapped_without_asking_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The set is read: with `wraps` made to say no, a line in it still joins the one above."""
    para = [(1, "A line of prose that goes on", 0), (2, "and on", 0)]
    monkeypatch.setattr(lines, "wraps", lambda *_: False)
    monkeypatch.setattr(lines, "continues", lambda *_: False)
    assert [u.raw for u in lines._units(para, "p", 40, {2})] == ["A line of prose that goes on and on"]
    assert [u.raw for u in lines._units(para, "p", 40)] == ["A line of prose that goes on", "and on"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_SYNTAX_ALPHABET), max_size=10).map("".join),
       st.sampled_from(["p", "li", "h2", "quote"]), st.booleans())
def test_a_plain_unit_becomes_the_block_convert_inline_makes(text: str, kind: str, ordered: bool) -> None:
    """_to_block's shortcut for a unit without syntax gives the block the general path gives."""
    from newsgrab.media.labels import as_medium
    from newsgrab.model import Block
    from newsgrab.text import blocks

    raw = lines.RawBlock(kind, text, 7, ordered)
    block, names = blocks._to_block(raw, "https://example.org/a/", {}, {})
    cleaned = blocks._IMAGE_NAME_RE.sub("", text) if "[" in text and "]" in text else text
    inline_ = inline.convert_inline(cleaned, "https://example.org/a/", {})
    plain, media = as_medium(inline_.text, inline_.media, drawn="![" in cleaned)  # a medium's label line
    assert block == Block("media" if not plain and media else kind, plain, inline_.links,
                          media, min(inline_.link_chars, len(plain)), ordered, "line 7")
    assert names == inline_.author_names


def test_header_line_answers_are_the_plain_checks_and_stay_bounded() -> None:
    """is_header_line answers as its plain check does, remembers the lines it was asked, and its
    memo never holds more than its limit."""
    from newsgrab.text import header

    lines_asked = ["By Jane Doe", "March 3, 2024", "A headline about the harbour", "Tags: harbour, ferries"]
    header._HEADER_LINES.clear()
    assert [header.is_header_line(t) for t in lines_asked] == [header._is_header_line(t) for t in lines_asked]
    assert [header.is_header_line(t) for t in lines_asked] == [True, True, False, True]
    assert set(header._HEADER_LINES) == set(lines_asked)
    for n in range(header.MAX_REMEMBERED_LINES + 10):
        header.is_header_line(f"line {n}")
    assert len(header._HEADER_LINES) <= header.MAX_REMEMBERED_LINES


def test_the_headline_search_asks_each_lines_shape_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_title's far lines are asked about as candidates and again for the main heading: the
    shape of each is computed once, and the search picks what it picked before."""
    from newsgrab.model import Block
    from newsgrab.text import title

    asked: list[int] = []
    real = title.title_like

    def counting(block: Block) -> bool:
        asked.append(id(block))
        return real(block)

    page = ([Block("li", f"Menu entry {i}") for i in range(30)]
            + [Block("h1", "Harbour ferries return after a long winter")]
            + [Block("li", f"Teaser number {i} about something") for i in range(40)]
            + [Block("p", "The ferries returned to the harbour on Monday after a long winter, officials said. " * 3)])
    monkeypatch.setattr(title, "title_like", counting)
    choice = title.find_title(page, len(page) - 1)
    assert choice.index == 30 and choice.text == "Harbour ferries return after a long winter"
    assert len(asked) == len(set(asked))


#: characters that decide a word of `lower_words`: both cases, digits, "_", spaces, signs and
#: non-ASCII characters that are word characters (accented letters, "ß", a superscript digit, CJK)
#: or not (curly quotes, a dash, a no-break space, "©")
_LOWER_ALPHABET = [*"aZ9_ .-'", "b", "Q", "é", "É", "ß", "²", "道", "\u2019", "\u201c", "\u2014", "\u00a0", "©"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LOWER_ALPHABET), max_size=30).map("".join))
def test_lower_words_cut_without_the_regex_as_with_it(text: str) -> None:
    """`lower_words` cuts a text whose non-ASCII characters are no word characters without its
    regex: the words are the regex's, whatever the text holds."""
    expected = frozenset(filter(str.islower, set(re.findall(r"[^\W\d_]+", text))))
    assert titleshape.lower_words(text) == expected, text


def test_lower_words_of_prose_with_quotes_and_of_accented_prose() -> None:
    assert titleshape.lower_words("The \u201cHarbour\u201d team\u2019s tide tables \u2014 updated in 2024.") == {
        "team", "s", "tide", "tables", "updated", "in"}
    assert titleshape.lower_words("Le vieux phare a été repeint, dit Anaïs.") == {
        "vieux", "phare", "a", "été", "repeint", "dit"}


def test_ascii_alpha_runs_keep_capitals() -> None:
    from newsgrab.whitespace import ascii_alpha_runs

    assert ascii_alpha_runs("Tide-tables, 2024: HIGH_water at 6am") == ["Tide", "tables", "HIGH", "water", "at", "am"]
    assert ascii_alpha_runs("Tide-tables, 2024: HIGH_water at 6am") == re.findall(
        r"[^\W\d_]+", "Tide-tables, 2024: HIGH_water at 6am")


_TARGET_PIECES = ["https://", "http://", "HTTPS://", "/", "//", "x.org", "a", "#", "www.", "[", "]", " ", "\t", "ü",
                  "?q=1", "javascript:", "mailto:", "ftp:"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_TARGET_PIECES), max_size=8).map("".join),
       st.sampled_from([None, "", "https://news.example.com/2024/05/01/story/"]))
def test_a_links_url_is_the_one_real_url_gives(target: str, base: str | None) -> None:
    """`_Found._link` answers an absolute ASCII web target, and a path from the root without a base,
    without calling `real_url`: the link it keeps has the URL `real_url` gives, and none when it gives none."""
    found = inline._Found(base, {})
    found._link("Harbour news", target)
    expected = inline.real_url(target, base)
    assert [link.url for link in found.links] == ([expected] if expected else [])


@pytest.mark.parametrize(("label", "target", "base", "expected"), [
    ("Tide tables", "https://tides.example.org/today", None, ["https://tides.example.org/today"]),
    ("Tide tables", "https://tides.example.org/today ", None, ["https://tides.example.org/today"]),  # stripped
    ("Tide tables", "https://tides.example.org/über", None, ["https://tides.example.org/über"]),
    ("Tide tables", "http://[::1", None, []),  # a bracketed host that does not parse
    ("Tide tables", "/tides/today", None, []),  # a path without a base: no address
    ("Tide tables", "/tides/today", "https://news.example.com/a/", ["https://news.example.com/tides/today"]),
])
def test_link_targets_as_real_url_reads_them(label: str, target: str, base: str | None, expected: list[str]) -> None:
    found = inline._Found(base, {})
    assert found._link(label, target) == label
    assert [link.url for link in found.links] == expected


@pytest.mark.parametrize(("label", "shown"), [
    ("Tide tables", "Tide tables"), ("Tide  tables", "Tide tables"), ("Tide\u200btables", "Tide tables"),
    ("Tide\xa0tables", "Tide tables"),
])
def test_a_links_label_is_folded_as_fold_space_folds_it(label: str, shown: str) -> None:
    found = inline._Found(None, {})
    found._link(label, "https://tides.example.org/today")
    assert [link.text for link in found.links] == [shown]
