"""Container files to records: WARC/ARC web archives and JSON Lines dumps, read record by record.

The WARCs here are written with warcio from our own samples (a different library from the reader),
then damaged on purpose: a gzip member cut in half, a file cut short, a body that claims gzip and
is not. Every bad record must be one error record at its offset or line, and the others go on.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from pathlib import Path
from typing import Any

import brotli  # type: ignore[import-untyped]
import jsonschema
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgrab.api import extract, extract_record
from newsgrab.errors import BadRecord
from newsgrab.records import Record, Tally, by_content, by_name, container_format, read_records, sniff_path
from newsgrab.records.http import dechunk, decode_body, undo_content_encoding
from newsgrab.records.warc import kind_of
from newsgrab.schema import load_schema
from tests.conftest import SAMPLES

VALIDATOR = jsonschema.Draft202012Validator(load_schema())
PAGE_A = (SAMPLES / "html-ghost-post.html").read_bytes()
PAGE_B = (SAMPLES / "html-drupal-node.html").read_bytes()
TEXT = (SAMPLES / "crosspost-world-affairs.txt").read_bytes()
LIMIT = 10 * 1024 * 1024


def _member(record: Any, compress: bool = True) -> bytes:
    buffer = io.BytesIO()
    WARCWriter(buffer, gzip=compress).write_record(record)
    return buffer.getvalue()


def _response(url: str, body: bytes, headers: list[tuple[str, str]], status: str = "200 OK") -> Any:
    writer = WARCWriter(io.BytesIO(), gzip=False)
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)


def _request(url: str) -> Any:
    writer = WARCWriter(io.BytesIO(), gzip=False)
    http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
    return writer.create_warc_record(url, "request", http_headers=http)


def _resource(url: str, body: bytes, content_type: str) -> Any:
    writer = WARCWriter(io.BytesIO(), gzip=False)
    return writer.create_warc_record(url, "resource", payload=io.BytesIO(body), warc_content_type=content_type)


def _chunked(body: bytes, size: int = 1000) -> bytes:
    pieces = [b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)]
    return b"".join(pieces) + b"0\r\n\r\n"


def _read(data: bytes, fmt: str = "warc", **kwargs: Any) -> tuple[list[Record], Tally]:
    tally = Tally()
    records = list(read_records("crawl", fmt, stream=io.BytesIO(data), max_bytes=kwargs.pop("max_bytes", LIMIT),
                                tally=tally, **kwargs))
    return records, tally


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


HTML = [("Content-Type", "text/html; charset=utf-8")]


def test_warc_takes_html_and_text_responses_and_skips_the_rest() -> None:
    members = [
        _member(_request("https://example.org/a")),
        _member(_response("https://example.org/a", PAGE_A, HTML)),
        _member(_response("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", [("Content-Type", "image/png")])),
        _member(_response("https://example.org/old", b"<p>moved</p>", HTML, status="301 Moved Permanently")),
        _member(_resource("https://example.org/notes.txt", TEXT, "text/plain")),
        _member(_response("https://example.org/b", gzip.compress(PAGE_B), [*HTML, ("Content-Encoding", "gzip")])),
    ]
    records, tally = _read(b"".join(members))
    assert [(r.url, r.kind, r.error) for r in records] == [
        ("https://example.org/a", "html", None), ("https://example.org/notes.txt", "text", None),
        ("https://example.org/b", "html", None)]
    assert records[0].data == PAGE_A and records[2].data == PAGE_B and records[1].data == TEXT
    offsets = [0]
    for member in members[:-1]:
        offsets.append(offsets[-1] + len(member))
    assert [r.offset for r in records] == [offsets[1], offsets[4], offsets[5]]
    assert all(str(r.id).startswith("<urn:uuid:") for r in records)
    assert dict(tally) == {"request": 1, "not-html": 1, "status": 1}


@pytest.mark.parametrize("encoding", ["chunked", "gzip", "br", "deflate", "chunked+gzip"])
def test_warc_bodies_are_decoded(encoding: str) -> None:
    body, headers = PAGE_A, list(HTML)
    if "gzip" in encoding:
        body = gzip.compress(body)
        headers.append(("Content-Encoding", "gzip"))
    if encoding == "br":
        body = brotli.compress(body)
        headers.append(("Content-Encoding", "br"))
    if encoding == "deflate":
        body = zlib.compress(body)
        headers.append(("Content-Encoding", "deflate"))
    if "chunked" in encoding:
        body = _chunked(body)
        headers.append(("Transfer-Encoding", "chunked"))
    (record,), _ = _read(_member(_response("https://example.org/a", body, headers)))
    assert record.error is None and record.data == PAGE_A


def test_a_cut_gzip_member_is_one_error_record_and_the_file_goes_on() -> None:
    good = [_member(_response(f"https://example.org/{n}", PAGE_A, HTML)) for n in range(3)]
    broken = _member(_response("https://example.org/broken", PAGE_B, HTML))
    data = good[0] + broken[: len(broken) // 2] + good[1] + good[2]
    records, _ = _read(data)
    assert [(r.url, r.error is None) for r in records] == [
        ("https://example.org/0", True), (None, False),
        ("https://example.org/1", True), ("https://example.org/2", True)]
    assert records[1].offset == len(good[0]) and records[1].error is not None
    assert records[1].error.code == "bad-record"
    assert records[2].offset == len(good[0]) + len(broken) // 2


def test_a_file_cut_short_ends_with_one_error_record() -> None:
    members = [_member(_response(f"https://example.org/{n}", PAGE_A, HTML)) for n in range(2)]
    compressed = b"".join(members)
    records, _ = _read(compressed[:-100])
    assert [r.error is None for r in records] == [True, False]
    plain = b"".join(_member(_response(f"https://example.org/{n}", PAGE_A, HTML), compress=False) for n in range(2))
    records, _ = _read(plain[:-100])
    assert [r.error is None for r in records] == [True, False]
    assert records[1].error is not None and "truncated" in records[1].error.message


@pytest.mark.parametrize("compress", [True, False])
@pytest.mark.parametrize("cut", [2, 20, 40, 120, 300])
def test_a_file_cut_inside_its_last_record_s_header_ends_with_its_error_record(compress: bool, cut: int) -> None:
    # found by the s37 fuzz campaign: a gzip member cut before its header inflates whole gave no record
    # at all, a header cut before its Content-Length a record skipped as "not-http" or "unknown"
    members = [_member(_response(f"https://example.org/{n}", PAGE_A, HTML), compress=compress) for n in range(2)]
    records, tally = _read(members[0] + members[1][:cut])
    assert [(r.offset, r.error is None) for r in records] == [(0, True), (len(members[0]), False)]
    assert records[1].error is not None and records[1].error.code == "bad-record"
    assert not tally


def test_a_record_whose_content_length_is_broken_is_an_error_record_and_the_next_record_is_read() -> None:
    members = [_member(_response(f"https://example.org/{n}", PAGE_A, HTML), compress=False) for n in range(3)]
    broken = members[1].replace(b"Content-Length: ", b"Content-Length: -", 1)
    records, tally = _read(members[0] + broken + members[2])
    assert [(r.url, r.error is None) for r in records] == [
        ("https://example.org/0", True), ("https://example.org/1", False), ("https://example.org/2", True)]
    assert not tally  # not skipped as a response with a bad status, as it was


@pytest.mark.parametrize(("compress", "tail"), [(False, b"\r\n\r\n"), (True, gzip.compress(b"")), (True, b""),
                                              (False, b"")])
def test_a_file_that_ends_with_blank_lines_or_an_empty_gzip_member_has_no_error(compress: bool, tail: bytes) -> None:
    members = [_member(_response(f"https://example.org/{n}", PAGE_A, HTML), compress=compress) for n in range(2)]
    records, _ = _read(b"".join(members) + tail)
    assert [r.error is None for r in records] == [True, True]


def test_a_body_that_does_not_decode_is_an_error_record_and_the_next_record_is_read() -> None:
    members = [
        _member(_response("https://example.org/bad", b"\x00\x01garbage" * 50, [*HTML, ("Content-Encoding", "gzip")])),
        _member(_response("https://example.org/ok", PAGE_A, HTML)),
    ]
    records, _ = _read(b"".join(members))
    assert records[0].error is not None and records[0].error.code == "bad-record"
    assert records[0].url == "https://example.org/bad" and records[0].offset == 0
    assert records[1].error is None and records[1].offset == len(members[0])


def test_a_compressed_body_stops_at_the_size_limit() -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 5_000_000)
    (record,), _ = _read(_member(_response("https://example.org/bomb", bomb, [*HTML, ("Content-Encoding", "gzip")])),
                         max_bytes=1_000_000)
    assert record.error is not None and record.error.code == "too-large"


def test_a_stored_body_is_taken_up_to_the_size_limit_and_not_one_byte_more() -> None:
    # the reader asks FastWARC for no more than the record holds: the limit must still cut at the byte
    for compress in (True, False):
        data = b"".join(_member(_response(f"https://example.org/{n}", PAGE_A, HTML), compress=compress)
                        for n in range(2))
        for limit, code in ((len(PAGE_A), None), (len(PAGE_A) - 1, "too-large")):
            records, _ = _read(data, max_bytes=limit)
            assert [r.error.code if r.error else None for r in records] == [code] * 2
            if code is None:
                assert {bytes(r.data) for r in records} == {PAGE_A}


def test_a_body_stored_decoded_under_its_encoding_headers_is_taken_as_it_is() -> None:
    assert undo_content_encoding(PAGE_A, "gzip", LIMIT) == PAGE_A
    assert dechunk(PAGE_A, LIMIT) == PAGE_A
    assert decode_body(_chunked(gzip.compress(PAGE_A)), transfer_encoding="chunked", content_encoding="gzip",
                       limit=LIMIT) == PAGE_A
    with pytest.raises(BadRecord):
        undo_content_encoding(b"\x00\x01\x02 not gzip", "gzip", LIMIT)
    with pytest.raises(BadRecord):
        undo_content_encoding(b"data", "compress", LIMIT)


def test_content_types() -> None:
    assert kind_of("text/html; charset=utf-8") == "html"
    assert kind_of("application/xhtml+xml") == "html"
    assert kind_of("TEXT/PLAIN") == "text"
    assert kind_of(None) == "auto"
    assert kind_of("image/png") is None and kind_of("text/css") is None and kind_of("application/pdf") is None


def _arc(records: list[tuple[bytes, bytes, bytes]]) -> list[bytes]:
    head = b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    parts = [b"filedesc://test.arc 0.0.0.0 20200101000000 text/plain %d\n" % len(head) + head + b"\n"]
    for url, content_type, payload in records:
        parts.append(b"%s 192.0.2.1 20200101000000 %s %d\n" % (url, content_type, len(payload)) + payload + b"\n")
    return parts


@pytest.mark.parametrize("compress", [False, True])
def test_arc_files(compress: bool) -> None:
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + PAGE_A
    image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n"
    parts = _arc([(b"http://example.org/a", b"text/html", page), (b"http://example.org/b.png", b"image/png", image),
                  (b"http://example.org/c", b"text/html", page)])
    data = b"".join(gzip.compress(part) for part in parts) if compress else b"".join(parts)
    assert by_content(data) == "arc"
    records, tally = _read(data, "arc")
    assert [(r.url, r.data == PAGE_A, r.charset) for r in records] == [
        ("http://example.org/a", True, "utf-8"), ("http://example.org/c", True, "utf-8")]
    assert tally["not-html"] == 1


def _jsonl(*objects: Any) -> bytes:
    return b"".join((o if isinstance(o, bytes) else json.dumps(o).encode()) + b"\n" for o in objects)


def test_jsonl_records_lines_ids_and_carried_fields() -> None:
    data = _jsonl({"id": "a1", "url": "https://example.org/a", "html": "<p>A</p>", "crawl": 7, "lang": "en"},
                  b"", {"id": 2, "text": "Plain text", "url": None},
                  b'{"id": "broken", "html": "<p>cut',
                  [1, 2], {"id": "nohtml", "url": "https://example.org/n", "body": "x"})
    records, tally = _read(data, "jsonl")
    assert [(r.line, r.id, r.kind, r.error.code if r.error else None) for r in records] == [
        (1, "a1", "html", None), (3, 2, "text", None), (4, None, "auto", "bad-record"),
        (5, None, "auto", "bad-record"), (6, "nohtml", "auto", "bad-record")]
    assert records[0].carry == {"crawl": 7, "lang": "en"} and records[0].url == "https://example.org/a"
    assert records[1].carry is None and records[1].url is None
    assert records[4].carry == {"body": "x"} and records[4].url == "https://example.org/n"
    assert tally["blank"] == 1


def test_jsonl_field_and_carry() -> None:
    data = _jsonl({"id": "a", "url": "https://example.org/a", "content": "<p>A</p>", "html": "<p>B</p>", "k": 1})
    (record,), _ = _read(data, "jsonl", field="content", carry=("k", "missing"))
    assert record.data == "<p>A</p>" and record.kind == "auto" and record.carry == {"k": 1}
    (record,), _ = _read(data, "jsonl", carry=())
    assert record.data == "<p>B</p>" and record.carry is None
    (record,), _ = _read(data, "jsonl", field="content")
    assert record.carry == {"html": "<p>B</p>", "k": 1}


def test_an_overlong_line_is_an_error_record_and_the_next_line_is_read() -> None:
    data = _jsonl({"html": "<p>" + "x" * 5000 + "</p>"}, {"html": "<p>short</p>"})
    records, _ = _read(data, "jsonl", max_bytes=1000)
    assert [(r.line, r.error.code if r.error else None) for r in records] == [(1, "too-large"), (2, None)]


def test_gzip_jsonl_cut_short_keeps_what_it_holds(tmp_path: Path) -> None:
    lines = _jsonl(*({"id": n, "html": f"<p>page {n} " + "words " * 2000 + "</p>"} for n in range(40)))
    packed = gzip.compress(lines)
    path = _write(tmp_path, "dump.jsonl.gz", packed[: len(packed) * 2 // 3])
    records = list(read_records("dump.jsonl.gz", "jsonl", path=path, max_bytes=LIMIT))
    assert records[-1].error is not None and records[-1].error.code == "bad-record"
    assert all(r.error is None for r in records[:-1]) and len(records) > 10
    assert [r.line for r in records] == list(range(1, len(records) + 1))


def test_detection_by_name_and_content(tmp_path: Path) -> None:
    assert by_name("crawl.warc.gz") == "warc" and by_name("CRAWL.WARC") == "warc"
    assert by_name("old.arc.gz") == "arc" and by_name("dump.ndjson") == "jsonl" and by_name("d.jsonl.gz") == "jsonl"
    assert by_name("page.html") is None and by_name("warc.html") is None
    warc = _member(_response("https://example.org/a", PAGE_A, HTML))
    assert container_format("download.bin", warc) == "warc"
    assert by_content(_jsonl({"url": "u", "html": "<p>x</p>"})) == "jsonl"
    assert by_content(_jsonl({"url": "u", "body": "<p>x</p>"})) is None
    assert by_content(_jsonl({"url": "u", "body": "<p>x</p>"}), field="body") == "jsonl"
    assert by_content(PAGE_A) is None and by_content(TEXT) is None
    assert sniff_path(_write(tmp_path, "noname", gzip.compress(_jsonl({"html": "<p>x</p>"})))) == "jsonl"
    assert sniff_path(_write(tmp_path, "page.html", PAGE_A)) is None


def test_a_missing_file_is_one_error_record(tmp_path: Path) -> None:
    (record,) = read_records("gone.warc", "warc", path=tmp_path / "gone.warc", max_bytes=LIMIT)
    assert record.error is not None and record.error.code == "not-found"


def test_extract_record_says_where_the_record_came_from() -> None:
    data = _jsonl({"id": "a1", "url": "https://example.org/news/a", "html": PAGE_A.decode(), "crawl": 7})
    (record,), _ = _read(data, "jsonl")
    article = extract_record(record)
    plain = extract(PAGE_A, url="https://example.org/news/a")
    assert article.body == plain.body and article.title == plain.title
    out = article.to_dict()
    assert out["input"] == {"path": "crawl", "kind": "html", "encoding": None, "bytes": len(PAGE_A.decode().encode()),
                            "line": 1, "id": "a1"}
    assert out["record"] == {"crawl": 7}
    assert list(out)[-1] == "record" and VALIDATOR.is_valid(out)
    assert "record" not in plain.to_dict() and set(plain.to_dict()["input"]) == {"path", "kind", "encoding", "bytes"}


def test_extract_record_raises_the_records_error() -> None:
    with pytest.raises(BadRecord):
        extract_record(Record("crawl", b"", line=3, error=BadRecord("line 3 is not valid JSON")))


def test_the_http_charset_decides_for_bytes_that_are_not_utf8() -> None:
    html = ("<html><body><article><h1>Новости</h1><p>Городской совет утвердил новый бюджет на следующий год "
            "после долгих споров.</p></article></body></html>")
    raw = html.encode("cp1251")
    article = extract_record(Record("crawl", raw, url="https://example.org/a", kind="html", charset="windows-1251"))
    assert "Городской совет" in article.body and article.input.encoding == "cp1251"
    # valid UTF-8 wins over a header that says otherwise, as in newsgrab's own decoding
    utf8 = html.encode("utf-8")
    article = extract_record(Record("crawl", utf8, url="https://example.org/a", kind="html", charset="iso-8859-1"))
    assert "Городской совет" in article.body and article.input.encoding != "cp1252"


def _deferred_equals_eager(data: bytes, fmt: str, **kwargs: Any) -> list[Record]:
    """Records read with `defer=True`, once ready, are the records read eagerly; returned unready."""
    def view(record: Record) -> tuple[Any, ...]:  # an exception equals only itself: compare its code and words
        error = (record.error.code, record.error.message) if record.error else None
        return (*(getattr(record, name) for name in record.__dataclass_fields__ if name != "error"), error)

    eager, eager_tally = _read(data, fmt, **kwargs)
    deferred, deferred_tally = _read(data, fmt, defer=True, **kwargs)
    assert [view(r.ready()) for r in deferred] == [view(r) for r in eager]
    assert deferred_tally == eager_tally
    return deferred


def test_deferred_jsonl_lines_are_parsed_where_they_are_made_ready() -> None:
    """A batch's reading process leaves each line's JSON to the worker that converts it; the record
    it hands on holds the line's bytes and its line number, and a failure reported before the
    worker parsed it (`located`) still names its id and carried fields."""
    data = _jsonl({"id": "a1", "url": "https://example.org/a", "html": "<p>A</p>", "crawl": 7},
                  b"", b'{"id": "broken", "html": "<p>cut', {"id": "nohtml", "body": "x"})
    deferred = _deferred_equals_eager(data, "jsonl", field=None, carry=None)
    assert [(r.line, r.id, r.error) for r in deferred] == [(1, None, None), (3, None, None), (4, None, None)]
    assert deferred[0].data[:11] == b'{"id": "a1"'
    assert deferred[0].located().where() == {"line": 1, "id": "a1"}
    assert deferred[0].located().carry == {"crawl": 7}
    assert _deferred_equals_eager(data, "jsonl", field="body", carry=())[2].ready().data == "x"


@pytest.mark.parametrize("encoding", ["chunked+gzip", "br", "bomb", "garbage"])
def test_deferred_warc_bodies_are_decoded_where_they_are_made_ready(encoding: str) -> None:
    """The reading process hands on the body as the archive stores it; the worker undoes its codings,
    with the same size limit and the same error records. Its id and URL are known before."""
    raw = {"chunked+gzip": _chunked(gzip.compress(PAGE_A)), "br": brotli.compress(PAGE_A),
           "bomb": gzip.compress(b"<p>" + b"a" * 2_000_000), "garbage": b"\x00\x01garbage" * 50}[encoding]
    headers = [*HTML, ("Content-Encoding", "br" if encoding == "br" else "gzip")]
    if encoding == "chunked+gzip":
        headers.append(("Transfer-Encoding", "chunked"))
    members = _member(_response("https://example.org/a", raw, headers)) + _member(_response(
        "https://example.org/plain", PAGE_B, HTML))
    deferred = _deferred_equals_eager(members, "warc", max_bytes=1_000_000)
    assert deferred[0].data == raw and deferred[0].later is not None and deferred[0].url == "https://example.org/a"
    assert deferred[0].located() is deferred[0]  # a failure report never runs a decompressor in the reader
    assert deferred[1].later is None and deferred[1].data == PAGE_B
    assert (deferred[0].ready().error is None) == (encoding in ("chunked+gzip", "br"))
