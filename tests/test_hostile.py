"""Hostile input, the content half (issue 14): bytes that lie about their encoding, cut-off gzip,
wide Unicode without a byte-order mark (rule files: test_hostile_rules.py).

Each test names the row of the issue's table it covers. Pages here are written for the test.
"""

from __future__ import annotations

import codecs
import gzip
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgrab
from newsgrab.cli import command as cli
from newsgrab.errors import BinaryInput, Undecodable
from newsgrab.read.decode import INVALID_BYTES, TRUNCATED_INPUT, decode

NEWSGRAB = [sys.executable, "-m", "newsgrab"]

PARAGRAPHS = [
    "The council approved a “recovery” plan on Tuesday after the storm flooded the harbour district.",
    "Residents said the repairs would take months, and the mayor promised help before winter — a promise "
    "the opposition doubted.",
    "The plan sets aside money for the sea wall, the school roof and the bridge over the river, which "
    "engineers called unsafe last year.",
]
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Storm “recovery” plan</title></head><body>'
    "<article><h1>Storm “recovery” plan</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>"
)
TEXT = "Harbour Reopens\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


# --- row 1: a declared UTF-8 page with one stray byte ----------------------------------------------------------


def test_row1_stray_byte_in_a_declared_utf8_page_stays_utf8_with_a_warning() -> None:
    data = PAGE.encode("utf-8").replace(b"Tuesday", b"Tues\xffday")
    article = newsgrab.extract(data)
    assert article.title == "Storm “recovery” plan"
    assert article.input.encoding == "utf-8"
    assert "Tues\ufffdday" in article.body
    assert "a “recovery” plan" in article.body
    assert INVALID_BYTES in article.warnings


def test_row1_stray_byte_in_undeclared_utf8_text_stays_utf8() -> None:
    data = TEXT.encode("utf-8").replace(b"Tuesday", b"Tues\x81day")
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert "“recovery”" in decoded.text and "—" in decoded.text
    assert decoded.warnings == (INVALID_BYTES,)
    assert decoded.utf8 is None  # the parser must not be handed bytes that are not UTF-8


def test_row1_a_cp1252_page_declared_utf8_is_still_read_as_cp1252() -> None:
    """The opposite lie: no valid multi-byte character at all, so the declaration is wrong."""
    decoded = decode(PAGE.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert "“recovery”" in decoded.text and "\ufffd" not in decoded.text
    assert decoded.warnings == ()


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("euc-kr", "서울시는 오늘 새로운 예산안을 발표했다. 시의회는 다음 주에 이를 논의할 예정이다."),
        ("gbk", "北京市政府今天公布了新的预算方案，市议会将于下周讨论。市民们关注交通和住房问题。"),
        ("shift_jis", "東京都は本日、新しい予算案を発表した。都議会は来週これを審議する予定だ。"),
    ],
)
def test_row1_undeclared_legacy_cjk_is_not_taken_for_utf8_with_bad_bytes(codec: str, text: str) -> None:
    """These encodings form some valid UTF-8 pairs by chance, far fewer than invalid ones."""
    decoded = decode(f"<html><body><p>{text}</p><p>{text}</p></body></html>".encode(codec))
    assert text in decoded.text
    assert decoded.warnings == ()


# --- row 2: a truncated gzip stream ------------------------------------------------------------------------------


def test_row2_truncated_gzip_keeps_what_it_holds_and_warns() -> None:
    packed = gzip.compress((PAGE * 4).encode("utf-8"))
    article = newsgrab.extract(packed[: len(packed) // 2])
    assert TRUNCATED_INPUT in article.warnings
    assert article.title == "Storm “recovery” plan"
    assert article.body.startswith("The council approved a “recovery” plan")


def test_row2_truncated_gzip_cut_inside_a_character_drops_only_that_character() -> None:
    raw = ("Ça coûte “quatre” euros. " * 40).encode("utf-8")
    cut = raw.index("“".encode()) + 1  # inside the three bytes of the opening quote
    decoded = decode(gzip.compress(raw[:cut])[:-8])  # the stream without its trailer: cut off
    assert decoded.text == raw[: cut - 1].decode("utf-8")
    assert decoded.warnings == (TRUNCATED_INPUT,)


def test_row2_gzip_cut_before_any_content_is_an_error() -> None:
    packed = gzip.compress(PAGE.encode("utf-8"))
    with pytest.raises(BinaryInput, match="cut off before any content"):
        decode(packed[:12])


def test_row2_complete_gzip_has_no_warning_and_trailing_padding_is_ignored() -> None:
    packed = gzip.compress(PAGE.encode("utf-8"))
    assert decode(packed).warnings == ()
    assert decode(packed + b"\x00" * 512).text == PAGE


def test_row2_a_plain_file_cut_inside_a_character_is_truncated_utf8() -> None:
    raw = TEXT.encode("utf-8") + "“quoted”".encode()[:2]
    decoded = decode(raw)
    assert decoded.encoding == "utf-8"
    assert decoded.text == TEXT
    assert decoded.warnings == (TRUNCATED_INPUT,)
    assert decoded.utf8 == TEXT.encode("utf-8")


def test_row2_cp1252_text_ending_in_an_accented_letter_is_not_taken_for_cut_utf8() -> None:
    decoded = decode("The menu said: coffee, tea or café".encode("cp1252"))
    assert decoded.text.endswith("café")
    assert decoded.warnings == ()


# --- row 15: UTF-16 and UTF-32 without a byte-order mark --------------------------------------------------------


RUSSIAN = "Москва приняла решение о бюджете на следующий год. Депутаты обсуждали его три недели."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("content", [PAGE, TEXT, RUSSIAN + "\n\n" + RUSSIAN], ids=["html", "text", "russian"])
def test_row15_wide_unicode_without_a_bom_is_recognised(codec: str, content: str) -> None:
    decoded = decode(content.encode(codec))
    assert decoded.encoding == codec
    assert decoded.text == content


def test_row15_utf16_text_without_a_bom_is_extracted_as_text() -> None:
    article = newsgrab.extract(TEXT.encode("utf-16-le"))
    assert article.input.kind == "text"
    assert article.title == "Harbour Reopens"
    assert PARAGRAPHS[1] in article.body


def test_row15_utf16_with_an_odd_last_byte_is_truncated_not_binary() -> None:
    decoded = decode(TEXT.encode("utf-16-le") + b"A")
    assert decoded.text == TEXT
    assert decoded.warnings == (TRUNCATED_INPUT,)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,  # every byte value: zeros at every offset
        b"".join(bytes([n % 251, 0]) for n in range(2000)),  # 16-bit numbers under 256: control characters
        b"\x00\x00\x00\x01" * 500,  # big-endian 32-bit ones
    ],
    ids=["all-bytes", "small-16-bit", "small-32-bit"],
)
def test_row15_binary_with_zero_bytes_is_still_binary(data: bytes) -> None:
    with pytest.raises(BinaryInput):
        decode(data)


# --- issue 16: Undecodable is raised where bytes truly cannot be read as text -----------------------------------


def test_bytes_that_no_encoding_reads_are_undecodable() -> None:
    noise = bytes((n * 181 + 97) % 128 + 128 for n in range(3000))  # high bytes in no language's pattern
    with pytest.raises(Undecodable) as caught:
        decode(noise)
    assert caught.value.code == "undecodable"


# --- bytes in, one record out, through the command -------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (PAGE.encode("utf-8").replace(b"Tuesday", b"Tues\xffday"), INVALID_BYTES),
        (gzip.compress((PAGE * 4).encode("utf-8"))[:300], TRUNCATED_INPUT),
    ],
    ids=["stray-byte", "truncated-gzip"],
)
def test_reading_warnings_reach_the_record(tmp_path: Path, data: bytes, warning: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(data)
    result = CliRunner().invoke(cli.main, [str(path)], catch_exceptions=False)
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0
    assert warning in record["warnings"]
    assert record["input"]["encoding"] == "utf-8"


def test_bom_page_with_bad_bytes_warns() -> None:
    decoded = decode(codecs.BOM_UTF8 + PAGE.encode("utf-8").replace(b"Tuesday", b"Tues\xffday"))
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == (INVALID_BYTES,)


@pytest.mark.parametrize("as_bytes", [True, False])
def test_a_tag_with_thousands_of_attributes_keeps_the_first_ones_and_its_text(as_bytes: bool) -> None:
    """libxml2 compares each attribute of a tag with those before it (quadratic: 4,000 attributes on
    20 paragraphs took seconds); a start tag keeps its first MAX_ATTRIBUTES, the text is untouched,
    and a long tag with few attributes (an inline image's data URI) is left as it is."""
    from newsgrab.html.parse import parse_html
    from newsgrab.html.settings import MAX_ATTRIBUTES

    many = " ".join(f'data-k{i}="v{i}"' for i in range(5000))
    picture = "data:image/png;base64," + "A" * 20_000
    page = (f"<html><body><article><p {many}>Harbour wall repairs begin on Monday, the council said.</p>"
            f"<img src='{picture}' alt='The wall'><p>Ferries run as usual.</p></article></body></html>")
    root = parse_html(page, page.encode() if as_bytes else None)
    first, second = root.findall(".//p")
    assert len(first.attrib) == MAX_ATTRIBUTES and first.get("data-k0") == "v0"
    assert first.text == "Harbour wall repairs begin on Monday, the council said."
    assert root.find(".//img").get("src") == picture and second.text == "Ferries run as usual."


@pytest.mark.parametrize("as_bytes", [True, False])
def test_the_attribute_cap_cuts_only_a_tag_over_it(as_bytes: bool) -> None:
    """The cap finds long tags (html/attrcap.py): a tag with exactly MAX_ATTRIBUTES attributes is
    left whole, one more is cut, and a long run of text after a "<" that starts no tag (a comparison
    in prose, a tag name that is not ASCII) is never read as a tag."""
    from newsgrab.html.parse import parse_html
    from newsgrab.html.settings import MAX_ATTRIBUTES

    def attrs(n: int) -> str:
        return " ".join(f'data-k{i}="v{i}"' for i in range(n))

    prose = "1 < 2 " + "and so on " * 80
    page = (f"<html><body><div {attrs(MAX_ATTRIBUTES)}>Whole.</div><p>{prose}</p>"
            f"<section {attrs(MAX_ATTRIBUTES + 1)}>Cut.</section><p>Ferries run as usual.</p></body></html>")
    root = parse_html(page, page.encode() if as_bytes else None)
    assert len(root.find(".//div").attrib) == MAX_ATTRIBUTES
    assert len(root.find(".//section").attrib) == MAX_ATTRIBUTES
    assert root.find(".//section").get(f"data-k{MAX_ATTRIBUTES}") is None
    assert [p.text_content() for p in root.findall(".//p")] == [prose, "Ferries run as usual."]


@pytest.mark.parametrize("as_bytes", [True, False])
def test_the_attribute_cap_reads_a_long_tag_that_starts_inside_a_broken_one(as_bytes: bool) -> None:
    """A "<" and a long run without ">" that another "<" interrupts is no tag, but the tag starting
    at that second "<" is one: it is cut like any other (the search resumes at the inner "<")."""
    from newsgrab.html.attrcap import cap_bytes, cap_text
    from newsgrab.html.settings import MAX_ATTRIBUTES

    many = " ".join(f'data-k{i}="v{i}"' for i in range(MAX_ATTRIBUTES + 3))
    kept = " ".join(f'data-k{i}="v{i}"' for i in range(MAX_ATTRIBUTES))
    broken = "<b " + "x " * 400
    page = f"<p>Tide tables.</p>{broken}<section {many}>Cut.</section>"
    want = f"<p>Tide tables.</p>{broken}<section {kept}>Cut.</section>"
    if as_bytes:
        assert cap_bytes(page.encode()) == want.encode()
    else:
        assert cap_text(page) == want


@pytest.mark.parametrize("seed", range(4))
def test_the_long_runs_the_cap_searches_are_every_run_without_a_closer_long_enough_for_a_tag(seed: int) -> None:
    """`_long_runs_text` and `_long_runs_bytes` jump from ">" to ">" instead of reading each
    character: they must still find every run of more than LONG_TAG_CHARS characters without ">"
    (where a long tag can lie), each with its end, and no shorter run, whatever the spacing of the
    ">"s (random pages of short and long gaps, a page that ends inside a run, one that starts with
    one)."""
    import random

    from newsgrab.html.attrcap import _long_runs_bytes, _long_runs_text
    from newsgrab.html.settings import LONG_TAG_CHARS

    rng = random.Random(seed)
    gaps = [rng.choice((0, 1, 7, LONG_TAG_CHARS - 1, LONG_TAG_CHARS, LONG_TAG_CHARS + 1, LONG_TAG_CHARS + 2, 2000))
            for _ in range(60)]
    page = ">".join("a" * gap for gap in gaps)
    # the runs by definition: the gaps between ">"s (the page's edges included) of LONG_TAG_CHARS + 1 or more
    want, start = [], 0
    for gap in gaps:
        if gap > LONG_TAG_CHARS:
            want.append((start, start + gap))
        start += gap + 1
    assert _long_runs_text(page) == want
    assert _long_runs_bytes(page.encode()) == want


@pytest.mark.parametrize("where", [0, 60, -40])
def test_a_str_page_holding_a_lone_surrogate_is_read_with_a_replacement_character(where: int) -> None:
    """Found by the s37 fuzz campaign: a str input may hold a lone surrogate (text decoded with
    surrogateescape), which lxml cannot read: it saw an empty document, and beautifulsoup4's repair
    could not encode it either, so the page was refused as unparseable. It becomes U+FFFD, as an
    invalid byte of bytes input does, with the same warning."""
    page = PAGE[:where] + "\udcff" + PAGE[where:]
    article = newsgrab.extract(page, kind="html")
    assert "a “recovery” plan" in article.body
    assert INVALID_BYTES in article.warnings
    assert INVALID_BYTES not in newsgrab.extract(PAGE, kind="html").warnings


#: a <title> never closed: libxml2 reads the rest of the page as the title, so the page goes through
#: beautifulsoup4's repair (html/parse.py `repair_html`)
UNCLOSED_TITLE = (
    "<html><head><meta charset='utf-8'><title>Storm plan{mark} | Harbour Gazette</head><body><article>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 6) + "</article></body></html>"
)


@pytest.mark.parametrize("mark", ["\x00", "\x0b", "\x1f", "\ufffe"])
@pytest.mark.parametrize("as_bytes", [False, True])
def test_a_control_character_does_not_refuse_a_repaired_page(mark: str, as_bytes: bool) -> None:
    """Found by the s37 fuzz campaign (a str page with a NUL early in it was refused as unparseable):
    libxml2 reads a NUL or another C0 control from a page, but a page it loses goes through
    beautifulsoup4, which builds its tree through lxml's element API, and that refuses any character
    XML forbids, so the whole page was refused, str or bytes (bytes whose NUL lies past the binary
    sniff). The repair now replaces NUL with U+FFFD and drops the other controls first."""
    page = UNCLOSED_TITLE.format(mark=mark)
    if as_bytes:  # a NUL in the first 4 KB of bytes is binary input: the mark goes further down
        page = page.replace("<title>", f"<meta name='filler' content='{'x' * 5000}'><title>")
    article = newsgrab.extract(page.encode() if as_bytes else page, kind="html")
    assert "markup-repaired" in article.warnings
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[2] in article.body


def test_the_repair_reads_a_page_without_control_characters_as_beautifulsoup4_does() -> None:
    """The replacement touches nothing else: a page without a forbidden character gives the very tree
    beautifulsoup4 gives, and NUL becomes U+FFFD as on libxml2's path, form feed a space."""
    from lxml import etree
    from lxml.html import soupparser

    from newsgrab.html.parse import repair_html

    page = UNCLOSED_TITLE.format(mark=" — “quoted” \t\r\n")
    assert etree.tostring(repair_html(page)) == etree.tostring(soupparser.fromstring(page))
    marked = repair_html(UNCLOSED_TITLE.format(mark="\x00a\x0cb\x01c"))
    assert "Storm plan\ufffda bc | Harbour Gazette" in marked.text_content()


@pytest.mark.parametrize("depth", [300, 1_500, 20_000])
def test_a_repaired_page_nested_deep_keeps_every_paragraph_apart(depth: int) -> None:
    """Found after the s37 fuzz campaign: a page that only beautifulsoup4 can read (its <title> never
    closes) and that nests a thousand levels was refused, since lxml's converter of beautifulsoup4's
    tree recurses once per level. The levels below the limit are lifted first, as a deep page's are
    on the hot path: every paragraph is kept, and kept apart."""
    page = UNCLOSED_TITLE.format(mark="").replace("<article>", "<article>" + "<div>" * depth)
    page = page.replace("</article>", "</div>" * depth + "</article>")
    article = newsgrab.extract(page, kind="html")
    assert "markup-repaired" in article.warnings
    assert PARAGRAPHS[0] in article.body and PARAGRAPHS[-1] in article.body
    assert PARAGRAPHS[0] + "\n\n" in article.body  # a paragraph of its own, not glued to the next


def test_lifting_a_soup_keeps_the_text_in_order_and_each_tag_its_own_strings() -> None:
    """`<div>A<p>B</p>C</div>` under the lifted level reads A, B, C, with B still in its <p>."""
    from bs4 import BeautifulSoup

    from newsgrab.html.parse import _lift_soup_below

    soup = BeautifulSoup("<section><div>A<p>B<b>b2</b>B3</p>C</div></section>", "html.parser")
    _lift_soup_below(soup, 1)
    section = soup.find("section")
    assert [getattr(node, "name", None) or str(node) for node in section.contents] == ["div", "p", "b", "B3", "C"]
    assert section.find("p").get_text() == "B" and section.find("div").get_text() == "A"
    assert section.get_text() == "ABb2B3C"
