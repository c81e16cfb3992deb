"""Build a WARC and a JSON Lines dump from the ScrapingHub pages, as a crawler or a scraper would.

Tests (`tests/test_records_shared.py`) and `bench/records_speed.py` build these in a temporary folder
from `../shared` at run time: no page text is ever copied into the project. The WARC is written with
warcio (the most common WARC writer), so the reader is checked against files another tool made:

- one `warcinfo` record, then for each page a `request` record and its `response`, with the HTTP
  body sent four ways in turn: as is, gzip-encoded, brotli-encoded, and chunked;
- non-article records, each to be skipped: a PNG response, a PDF response, a `metadata` record, a
  `revisit` record, and a redirect (301) whose body is HTML;
- one corrupt record: a copy of a page's response whose gzip member is cut in half, in the middle of
  the file, so a reader must find the next record to go on (`corrupt=False` leaves it out).

The JSON Lines dump holds one `{"id", "url", "html", "crawl"}` object per page and, with `corrupt`,
one broken line in the middle.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.shared_data import SHARED
from newsgrab.read.decode import decode

SCRAPINGHUB = SHARED / "bench" / "scrapinghub"
#: where in the page sequence the corrupt record and the broken JSON line go
CORRUPT_AFTER = 90
#: the HTTP body encodings the pages take in turn
ENCODINGS = ("identity", "gzip", "br", "chunked")


@dataclass(frozen=True, slots=True)
class Page:
    """One ScrapingHub page: its key (the file name's hash), its URL and its raw bytes."""

    key: str
    url: str
    raw: bytes


def scrapinghub_pages(limit: int | None = None) -> list[Page]:
    """The 181 pages in key order (the order of `bench/snapshot.py`)."""
    truth = json.loads((SCRAPINGHUB / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    return [Page(key, truth[key]["url"], gzip.decompress((SCRAPINGHUB / "html" / f"{key}.html.gz").read_bytes()))
            for key in keys]


def _content_type(raw: bytes) -> str:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "text/html"
    return "text/html; charset=utf-8"


def _chunked(body: bytes, size: int = 4096) -> bytes:
    out = io.BytesIO()
    for start in range(0, len(body), size):
        piece = body[start : start + size]
        out.write(b"%x\r\n%s\r\n" % (len(piece), piece))
    out.write(b"0\r\n\r\n")
    return out.getvalue()


def _encoded(raw: bytes, encoding: str) -> tuple[bytes, list[tuple[str, str]]]:
    if encoding == "gzip":
        return gzip.compress(raw, mtime=0), [("Content-Encoding", "gzip")]
    if encoding == "br":
        import brotli  # type: ignore[import-untyped]

        return brotli.compress(raw, quality=5), [("Content-Encoding", "br")]
    if encoding == "chunked":
        return _chunked(raw), [("Transfer-Encoding", "chunked")]
    return raw, [("Content-Length", str(len(raw)))]


def _response(writer: object, url: str, status: str, headers: list[tuple[str, str]], body: bytes) -> object:
    from warcio.statusandheaders import StatusAndHeaders

    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)  # type: ignore[attr-defined]


def _records(writer: object, pages: Sequence[Page], corrupt: bool) -> Iterator[tuple[object, bool]]:
    """(record, cut) in file order; `cut` marks the one whose gzip member is to be truncated."""
    from warcio.statusandheaders import StatusAndHeaders

    create = writer.create_warc_record  # type: ignore[attr-defined]
    yield writer.create_warcinfo_record("scrapinghub.warc.gz", {"software": "bench/archives.py"}), False  # type: ignore[attr-defined]
    for number, page in enumerate(pages):
        host = page.url.split("/")[2] if "//" in page.url else "example.org"
        request = StatusAndHeaders(f"GET /{number} HTTP/1.1", [("Host", host)], is_http_request=True)
        yield create(page.url, "request", http_headers=request), False
        body, headers = _encoded(page.raw, ENCODINGS[number % len(ENCODINGS)])
        yield _response(writer, page.url, "200 OK", [("Content-Type", _content_type(page.raw)), *headers], body), False
        if number == 10:
            png = b"\x89PNG\r\n\x1a\n" + bytes(64)
            yield _response(writer, page.url + "/logo.png", "200 OK", [("Content-Type", "image/png")], png), False
        if number == 40:
            pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
            yield _response(writer, page.url + ".pdf", "200 OK", [("Content-Type", "application/pdf")], pdf), False
        if number == 60:
            yield create(page.url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 120\r\n"),
                         warc_content_type="application/warc-fields"), False
        if number == 70:
            moved = b"<html><body><a href='/elsewhere'>Moved</a></body></html>"
            yield _response(writer, page.url + "?old", "301 Moved Permanently",
                            [("Content-Type", "text/html"), ("Location", page.url)], moved), False
        if number == 80:
            yield create(page.url, "revisit", warc_headers_dict={"WARC-Refers-To-Target-URI": page.url},
                         http_headers=StatusAndHeaders("304 Not Modified", [], protocol="HTTP/1.1")), False
        if corrupt and number == CORRUPT_AFTER:
            broken = pages[0]
            yield _response(writer, broken.url + "?copy", "200 OK", [("Content-Type", "text/html")], broken.raw), True


def write_warc(path: Path, pages: Sequence[Page], *, corrupt: bool = True, compress: bool = True) -> Path:
    """A WARC (gzip per record, as crawlers write them, unless `compress` is off) of `pages`."""
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        for record, cut in _records(WARCWriter(io.BytesIO(), gzip=compress), pages, corrupt):
            buffer = io.BytesIO()
            WARCWriter(buffer, gzip=compress).write_record(record)
            data = buffer.getvalue()
            out.write(data[: len(data) // 2] if cut else data)
    return path


def write_jsonl(path: Path, pages: Sequence[Page], *, corrupt: bool = True, compress: bool = False) -> Path:
    """A JSON Lines dump of `pages` (gzip when `compress`): id, url, html (as text) and a field to carry."""
    lines: list[bytes] = []
    for number, page in enumerate(pages):
        html = decode(page.raw).text  # a scraper stores the page as text, decoded
        lines.append(json.dumps({"id": page.key[:16], "url": page.url, "html": html, "crawl": number},
                                ensure_ascii=False).encode("utf-8") + b"\n")
        if corrupt and number == CORRUPT_AFTER:
            lines.append(b'{"id": "broken", "url": "https://example.org/broken", "html": "<p>cut\n')
    data = b"".join(lines)
    path.write_bytes(gzip.compress(data, mtime=0) if compress else data)
    return path


def gzip_members(data: bytes) -> int:
    """How many gzip members `data` holds (a sanity check for per-record compression)."""
    count, rest = 0, data
    while rest:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflater.decompress(rest)
        count += 1
        rest = inflater.unused_data
    return count
