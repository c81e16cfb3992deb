#!/usr/bin/env python3
"""Coverage-guided fuzzing of `newsgrab.extract` with atheris (libFuzzer for Python).

usage: .venv/bin/python bench/fuzz_extract.py [--seconds N] [--out DIR] [--schema] [--max-len BYTES]

atheris is optional and not a test dependency: `.venv/bin/pip install atheris`. The newsgrab
modules are instrumented, so libFuzzer mutates toward inputs that reach new code; the seeds are the
project's samples plus a few hostile shapes, and a dictionary of HTML tokens helps it build markup.

Each input's first bytes choose how it is given (bytes or text, kind auto/html/text); the rest is
the page. A crash is any exception other than `NewsgrabError` leaving `extract`, an `InternalError`
(extract's safety net caught a bug; it was taken for an ordinary error record before s37), and, with
`--schema`, a record that does not validate against the JSON Schema. Crashes do not stop the
campaign: each distinct one (by exception type and the newsgrab line it came from) is saved to
`--out` with its traceback, and counted. At the end (the `--seconds` budget, Ctrl-C, or a libFuzzer
stop) it prints executions, crashes and the slowest input, which is saved too.

A hang is caught by libFuzzer itself (`-timeout`, default 60 s): it stops the campaign and writes
the input as `timeout-*` in the working directory.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import hashlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402  (optional: installed by hand for a campaign)

with atheris.instrument_imports(include=["newsgrab"]):
    import newsgrab
    from newsgrab.errors import InternalError, NewsgrabError
    from newsgrab.serialize import error_record

KINDS = ("auto", "html", "text")
#: slowest inputs kept for re-timing at the end
SLOWEST_KEPT = 8
#: tokens libFuzzer may splice into inputs (one per line in its dictionary format)
TOKENS = [
    "<html>", "</html>", "<head>", "<body>", "<title>", "</title>", "<article>", "</article>", "<p>", "</p>",
    "<div class=\"content\">", "</div>", "<br>", "<a href=\"/x\">", "</a>", "<img src=\"/i.jpg\">", "<script>",
    "</script>", "<style>", "<!--", "-->", "<![CDATA[", "<?xml version=\"1.0\"?>", "<!DOCTYPE html>",
    "<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-1\">", "<meta property=\"og:title\" content=\"",
    "<script type=\"application/ld+json\">", "{\"@type\": \"NewsArticle\"", " | ", " - ", "&amp;", "&nbsp;",
    "&#8217;", "&#x0;", "\\x1f", "\\xff", "\\xef\\xbb\\xbf", "\\x1f\\x8b\\x08", "Share this", "Originally published",
    "All rights reserved", "By ", "\\x0a\\x0a", "<table>", "<tr>", "<td>", "<ul>", "<li>", "<h1>", "<aside>", "<nav>",
    # stop 54: cards (an <a> holding blocks), picture links beside a name, odd addresses, lower-case joiners
    "<a href=\"/u/1\"><div>", "<a href=\"/u/1\"><img src=\"/a.jpg\" alt=\"\"></a>", "<h3>", "<blockquote>",
    "<figure>", "<picture>", "<?php ?>", "http://[::1", "javascript:", "href=\"#\"", "href=\"\"", " dan ", " a ",
    " | March 4, 2024", "* * *", "(BUTTON)", "[Image]",
    # stop 55: comment headings, ornaments, headline runs, language-gated conjunctions, header date lines
    "12 comments", "Kommentare (3)", "12 thoughts on \u201c", "\u8bc4\u8bba (12)", "Leave a Reply", "Name *",
    "Website [ ]", "March 3, 2024 at 9:12 am", "12. M\u00e4rz 2024 um 14:02", "\u25c6\u25c6\u25c6", "\u2042",
    "\u2500\u2500\u2500\u2500", "\u2605 \u2605 \u2605", "Read also", "<html lang=\"cs\">", "<html lang=\"lv\">",
    " un ", " i ", " y ", " \u0219i ", " och ", "Autorzy: ", "Updated: 12 July 2021",
    "Publi\u00e9 le 05/04/2013 \u00e0 17:08",
    "+++\ntitle = \"x\"\n+++\n",
]
HOSTILE_SEEDS = [
    b"<html><body><article>" + b"<p>x</p>" * 200 + b"</article></body></html>",
    b"<title>a | b | c | d | e | f</title><p>" + b"word " * 60 + b"</p>",
    b"<html><head><title>unclosed<body><p>" + b"text " * 60 + b"</p>",
    b"\xef\xbb\xbf<p>bom</p>" + b"\xff" + "“quoted”".encode(),
    "UTF-16 story\n\nA paragraph of text.\n".encode("utf-16-le"),
    b"Title\n\nBy Jane Doe\nSite, 4 May 2024\n\nBody paragraph one.\n\nShare this article.\n",
    b"<html><body><article><h1>Ferry runs</h1><div><a href=\"/u/7\"><img src=\"/a.jpg\" alt=\"\"></a> "
    b"<a href=\"/u/7\">Ann Lee</a> | March 4, 2024</div>" + b"<p>The ferry runs all winter now.</p>" * 20
    + b"<a href=\"/n/2\"><div><img src=\"/t.jpg\"><h3>Another story</h3></div></a></article></body></html>",
    b"Ferry runs\n\nOleh Siti Rahayu dan Budi Santoso\n\n" + b"The ferry runs all winter now.\n\n" * 10
    + b"Subscribe\n\nShare\n\n* * *\n\nFollow us\n\nA reader's comment.\n",
    # stop 55: a list of headlines amid the story, ornaments, a comment section, a gated conjunction
    ("Ferry runs\n\nAutorzy: Nora Vale i Piet Marrow\n\nUpdated: 12 July 2021\n\n"
     + "The ferry runs all winter now, the council said on Monday.\n\n" * 3
     + "Read also\n\n" + "".join(f"Council votes on the new harbour plan {n}\n\n" for n in range(5))
     + "The ferry runs all winter now, the council said on Monday.\n\n" * 3 + "\u25c6\u25c6\u25c6\n\n"
     + "12 comments\n\nMara Lind\n\nMarch 3, 2024 at 9:12 am\n\nGreat piece.\n\nLeave a Reply\n\nName *\n").encode(),
    ('<html lang="lv"><head><meta name="author" content="Nora Vale un Piet Marrow"></head><body><article>'
     "<h1>Ferry runs</h1><p>The ferry runs all winter now.</p><p>\u2605 \u2605 \u2605</p>"
     "<h3>3 Kommentare</h3><p>12. M\u00e4rz 2024 um 14:02</p><p>Danke.</p></article></body></html>").encode(),
]


def _dict_token(token: str) -> str:
    """A token in libFuzzer's dictionary format: printable ASCII, a quote escaped, any other character as its
    UTF-8 bytes in hex escapes (libFuzzer refuses the file at a raw non-ASCII byte)."""
    return "".join(char if char.isascii() and char.isprintable()
                   else "".join(f"\\x{byte:02x}" for byte in char.encode())
                   for char in token.replace('"', '\\"'))


class Campaign:
    """Counts, distinct crashes and the slowest input of one run."""

    def __init__(self, out: Path, seconds: float, schema: bool) -> None:
        self.out = out
        self.deadline = time.monotonic() + seconds
        self.started = time.monotonic()
        self.executions = 0
        self.crashes = 0
        self.signatures: dict[str, Path] = {}
        #: the slowest inputs seen, as (CPU seconds, input); re-timed at the end, when every lazy
        #: import (beautifulsoup4's repair path, charset detection) has happened
        self.slowest: list[tuple[float, bytes]] = []
        self.validator: Any = None
        if schema:
            import jsonschema

            from newsgrab.schema import load_schema

            self.validator = jsonschema.Draft202012Validator(load_schema())
        self.reported = False

    def one_input(self, data: bytes) -> None:
        if time.monotonic() > self.deadline:
            self.report()
            os._exit(0)  # libFuzzer has no clean stop from inside an input; the report is out
        self.executions += 1
        start = time.process_time()  # CPU time: other processes on the machine do not count
        try:
            record = self._extract(data)
        except Exception as exc:  # the finding: only NewsgrabError may leave extract
            self._crash(data, exc)
            return
        finally:
            took = time.process_time() - start
            if len(self.slowest) < SLOWEST_KEPT or took > self.slowest[0][0]:
                self.slowest = sorted([*self.slowest, (took, data)])[-SLOWEST_KEPT:]
        if self.validator is not None:
            problems = [error.message for error in self.validator.iter_errors(record)]
            if problems:
                self._crash(data, AssertionError(f"record does not validate: {problems[0]}"))

    @staticmethod
    def _extract(data: bytes) -> dict[str, Any]:
        """The record of one fuzz input: its first bytes say how the rest is given to extract."""
        provider = atheris.FuzzedDataProvider(data)
        kind = KINDS[provider.ConsumeIntInRange(0, len(KINDS) - 1)]
        as_text = provider.ConsumeBool()
        page: bytes | str = (provider.ConsumeUnicodeNoSurrogates(len(data)) if as_text
                             else provider.ConsumeBytes(len(data)))
        try:
            return newsgrab.extract(page, kind=kind).to_dict()
        except InternalError:
            raise  # the safety net caught a bug: a finding (its __cause__ is the original)
        except NewsgrabError as exc:
            return error_record("fuzz", exc.code, exc.message)

    def _crash(self, data: bytes, exc: BaseException) -> None:
        self.crashes += 1
        if isinstance(exc, InternalError) and exc.__cause__ is not None:
            exc = exc.__cause__  # where the bug is, not the safety net that caught it
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/newsgrab/" in f.filename]
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        signature = f"{type(exc).__name__} at {where}"
        if signature in self.signatures:
            return
        name = f"crash-{hashlib.sha1(data).hexdigest()[:12]}"
        (self.out / name).write_bytes(data)
        (self.out / f"{name}.txt").write_text(
            signature + "\n\n" + "".join(traceback.format_exception(exc)), encoding="utf-8")
        self.signatures[signature] = self.out / name

    def report(self) -> None:
        if self.reported:
            return
        self.reported = True
        elapsed = time.monotonic() - self.started
        print(f"\nfuzz_extract: {self.executions:,} executions in {elapsed:,.0f} s "
              f"({self.executions / max(elapsed, 1e-9):,.0f}/s)", flush=True)
        print(f"fuzz_extract: crashes: {self.crashes} ({len(self.signatures)} distinct)")
        for signature, path in self.signatures.items():
            print(f"  {signature}: {path}")
        took, data = max((self._retime(data), data) for _, data in self.slowest) if self.slowest else (0.0, b"")
        slow_path = self.out / "slowest-input"
        slow_path.write_bytes(data)
        print(f"fuzz_extract: slowest input: {took:.3f} s of CPU (warm), {len(data):,} bytes: {slow_path}",
              flush=True)

    def _retime(self, data: bytes) -> float:
        start = time.process_time()
        with contextlib.suppress(Exception):  # a crash is counted already
            self._extract(data)
        return time.process_time() - start

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0, help="time budget of the campaign (wall clock)")
    parser.add_argument("--out", type=Path, default=None, help="where crashes and the slowest input go "
                        "(default: a new temporary folder)")
    parser.add_argument("--schema", action="store_true", help="also validate every record (slower)")
    parser.add_argument("--max-len", type=int, default=65536, help="largest input libFuzzer builds, in bytes")
    parser.add_argument("--timeout", type=int, default=60, help="seconds after which libFuzzer calls an input a hang")
    args, libfuzzer_args = parser.parse_known_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="newsgrab-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    corpus = out / "corpus"
    corpus.mkdir(exist_ok=True)
    for sample in sorted((ROOT / "samples").iterdir()):
        if sample.suffix in (".html", ".txt"):
            shutil.copy(sample, corpus / sample.name)
    for number, seed in enumerate(HOSTILE_SEEDS):
        (corpus / f"hostile-{number}").write_bytes(bytes([0, 0]) + seed)
    dictionary = out / "html.dict"
    dictionary.write_text("".join(f'"{_dict_token(token)}"\n' for token in TOKENS), encoding="ascii")
    for kind in KINDS:  # lazy imports and models load here, not in the first input's time
        newsgrab.extract((ROOT / "samples" / "crosspost-world-affairs.txt").read_bytes(), kind=kind)
    campaign = Campaign(out, args.seconds, args.schema)
    atexit.register(campaign.report)
    print(f"fuzz_extract: {args.seconds:g} s, output in {out}", flush=True)
    atheris.Setup([sys.argv[0], f"-max_len={args.max_len}", f"-timeout={args.timeout}", f"-dict={dictionary}",
                   "-rss_limit_mb=4096", *libfuzzer_args, str(corpus)], campaign.one_input)
    try:
        atheris.Fuzz()
    except KeyboardInterrupt:
        campaign.report()


if __name__ == "__main__":
    main()
