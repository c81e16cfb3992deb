"""read/decode.py: bytes in, text and the encoding used out, or a typed error saying why not."""

from __future__ import annotations

import codecs
import gzip

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgrab.errors import BinaryInput, EmptyInput, NewsgrabError, TooLarge
from newsgrab.read.decode import decode, unpack_gzip

#: a paragraph with the characters that go wrong first: curly quotes, a dash, accents, the euro sign
PARAGRAPH = "“Ça coûte 4 €,” dit Hélène – l’éditrice de la Gazette, née à Zürich."
PAGE = (
    "<!DOCTYPE html><html><head>{meta}<title>Marché</title></head>"
    f"<body><article><p>{PARAGRAPH}</p></article></body></html>"
)


def page(meta: str = "") -> str:
    return PAGE.format(meta=meta)


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    ],
)
def test_bom_decides(bom: bytes, codec: str, expected: str) -> None:
    decoded = decode(bom + page().encode(codec))
    assert decoded.encoding == expected
    assert PARAGRAPH in decoded.text
    assert not decoded.text.startswith("\ufeff")


def test_utf16_bom_wins_over_a_declaration() -> None:
    data = codecs.BOM_UTF16_LE + page('<meta charset="iso-8859-1">').encode("utf-16-le")
    assert PARAGRAPH in decode(data).text


def test_latin1_without_declaration() -> None:
    text = "Hélène Müller, née à Zürich, a payé 12 francs pour le café.\n\nLe marché était fermé."
    decoded = decode(text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"


def test_cp1252_without_declaration_keeps_curly_quotes_and_euro() -> None:
    decoded = decode(page().encode("cp1252"))
    assert PARAGRAPH in decoded.text
    assert decoded.encoding == "cp1252"


def test_wrong_declaration_utf8_bytes_declared_latin1() -> None:
    """The common scraped-page failure: a stale meta charset over UTF-8 bytes. Valid UTF-8 wins."""
    decoded = decode(page('<meta charset="iso-8859-1">').encode("utf-8"))
    assert PARAGRAPH in decoded.text
    assert decoded.encoding == "utf-8"


def test_wrong_declaration_cp1252_bytes_declared_utf8() -> None:
    decoded = decode(page('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">').encode("cp1252"))
    assert PARAGRAPH in decoded.text
    assert "\ufffd" not in decoded.text


def test_declared_charset_is_used_when_bytes_are_not_utf8() -> None:
    text = page('<meta charset="koi8-r">').replace(PARAGRAPH, "Москва приняла решение о бюджете на следующий год.")
    text = text.replace("Marché", "Бюджет")
    decoded = decode(text.encode("koi8-r"))
    assert "Москва приняла решение" in decoded.text
    assert decoded.encoding == "koi8-r"


def test_gzip_html_is_unpacked_and_flagged() -> None:
    decoded = decode(gzip.compress(page().encode("utf-8")))
    assert decoded.was_gzip
    assert PARAGRAPH in decoded.text


def test_gzip_of_cp1252_is_unpacked_then_detected() -> None:
    decoded = decode(gzip.compress(page().encode("cp1252")))
    assert PARAGRAPH in decoded.text


def test_multi_member_gzip_reads_every_member() -> None:
    data = gzip.compress(b"<html><body><p>first half ") + gzip.compress(b"second half</p></body></html>")
    assert "first half second half" in decode(data).text


def test_gzip_bomb_stops_at_the_cap() -> None:
    bomb = gzip.compress(b" " * (8 * 1024 * 1024))  # 8 MiB of spaces packs to about 8 KiB
    assert len(bomb) < 64 * 1024
    with pytest.raises(TooLarge, match="unpacks to more than"):
        decode(bomb, max_bytes=1024 * 1024)
    with pytest.raises(TooLarge):
        unpack_gzip(bomb, 1024 * 1024)


@pytest.mark.parametrize(
    ("data", "error", "code"),
    [
        (b"", EmptyInput, "empty"),
        (b" \n\t\r\n  ", EmptyInput, "empty"),
        (codecs.BOM_UTF8 + b"  \n", EmptyInput, "empty"),
        (b"\xa0\r\n\xa0", EmptyInput, "empty"),  # no-break spaces in cp1252 (found by hypothesis)
        ("\u3000\u2003\n".encode(), EmptyInput, "empty"),
        (gzip.compress(b"   "), EmptyInput, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", BinaryInput, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInput, "binary"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", BinaryInput, "binary"),
        (b"PK\x03\x04\x14\x00\x06\x00", BinaryInput, "binary"),
        (b"some text\x00\x00\x00with NULs", BinaryInput, "binary"),
        (b"\x1f\x8b\x08\x00garbage-not-deflate", BinaryInput, "binary"),
    ],
    ids=["empty", "whitespace", "bom-whitespace", "nbsp-cp1252", "unicode-spaces", "gzip-whitespace", "png", "pdf",
         "jpeg", "zip", "nul", "bad-gzip"],
)
def test_unreadable_input_has_a_typed_error(data: bytes, error: type[NewsgrabError], code: str) -> None:
    with pytest.raises(error) as info:
        decode(data)
    assert info.value.code == code
    assert info.value.message


def test_size_limit() -> None:
    with pytest.raises(TooLarge, match="over the limit of 10"):
        decode(b"<p>eleven b</p>", max_bytes=10)
    assert decode(b"<p>ok</p>", max_bytes=10).text == "<p>ok</p>"


RUSSIAN = "Москва приняла решение о бюджете на следующий год. Депутаты обсуждали его три недели."
GREEK = "Η κυβέρνηση ανακοίνωσε σήμερα τον προϋπολογισμό για το επόμενο έτος, μετά από συζητήσεις."


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [(RUSSIAN, "koi8-r", {"koi8-r"}), (RUSSIAN, "cp1251", {"cp1251"}),
     (GREEK, "iso-8859-7", {"iso8859-7", "cp1253"})],  # the two Greek code pages agree on these letters
)
def test_undeclared_non_western_pages_are_detected(text: str, codec: str, expected: set[str]) -> None:
    decoded = decode(f"<html><body><p>{text}</p></body></html>".encode(codec))
    assert text in decoded.text
    assert decoded.encoding in expected


@pytest.mark.parametrize(
    "text",
    [
        "Hélène Müller, née à Zürich, a payé 12 francs pour le café. Le marché était fermé.",
        "Die Straßenbahn fährt über die Brücke nach Süden, während die Bürger gemütlich frühstücken.",
        "Ação coordenada: os órgãos públicos não chegaram a acordo sobre a privatização da água.",
    ],
    ids=["french", "german", "portuguese"],
)
def test_dense_western_text_stays_cp1252(text: str) -> None:
    decoded = decode(text.encode("cp1252"))
    assert decoded.text == text
    assert decoded.encoding == "cp1252"



@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048) | st.text(max_size=512).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_decode_or_raise_a_typed_error(data: bytes) -> None:
    try:
        decoded = decode(data)
    except NewsgrabError as exc:
        assert exc.code in {"empty", "binary", "too-large", "undecodable"}
    else:
        assert decoded.text.strip()
        assert decoded.encoding
