"""Hostile batch inputs (stop 55, s45-fuzz): what a JSON Lines dump, a web archive or a rule file can
hold that a page cannot, each found by fuzzing and fixed at its source. Invented inputs only.
"""

from __future__ import annotations

import gzip
import io
import json
import time
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from click.testing import CliRunner, Result

import newsgrab
from newsgrab.api import extract_record
from newsgrab.cli.suggest import suggest_command
from newsgrab.records import Record, Tally, read_records
from newsgrab.records.jsonl import parse_line, read_jsonl
from newsgrab.rules import RuleError, parse_rules
from tests.cli_kit import error_lines, run

STORY_HTML = "<article><h1>Ferry resumes</h1><p>The island ferry ran again on Monday after gales.</p></article>"


def _line(**fields: object) -> str:
    return json.dumps({"html": STORY_HTML, **fields})


def test_lone_surrogates_and_nonfinite_numbers_become_writable_json() -> None:
    # JSON's "\ud800" escape decodes to a lone surrogate, and Python's decoder takes NaN and 1e400:
    # no strict JSON writer or reader takes them back
    raw = '{"html": "<p>x</p>", "id": "a\\ud800b", "url": "https://ex.org/\\udfff", ' \
          '"score": NaN, "big": 1e400, "tags": [{"\\ud83d": Infinity}], "ok": "caf\\u00e9 \\ud83d\\ude00"}'
    record = parse_line(raw, 3, "dump.jsonl")
    assert record.error is None
    assert record.id == "a\ufffdb"
    assert record.url == "https://ex.org/\ufffd"
    assert record.carry == {"score": None, "big": None, "tags": [{"\ufffd": None}], "ok": "café 😀"}
    json.dumps(record.carry, allow_nan=False).encode("utf-8")  # strict: raises on NaN, surrogates


def test_nonfinite_id_is_no_id() -> None:
    assert parse_line('{"html": "<p>x</p>", "id": NaN}', 1, "d").id is None
    assert parse_line('{"html": "<p>x</p>", "id": 7}', 1, "d").id == 7


def test_a_deep_carried_field_is_copied_without_recursion() -> None:
    depth = 900  # the decoder's own limit is near 1,000 levels
    record = parse_line('{"html": "<p>x</p>", "deep": ' + "[" * depth + "NaN" + "]" * depth + "}", 1, "d")
    value = record.carry["deep"] if record.carry else None
    for _ in range(depth):
        assert isinstance(value, list) and len(value) == 1
        value = value[0]
    assert value is None


def test_missing_text_field_message_reads_as_english() -> None:
    record = parse_line('{"body": "x"}', 4, "d")
    assert record.error is not None and "has no 'html' or 'text' field" in record.error.message
    named = parse_line('{"body": 5}', 4, "d", field="body")
    assert named.error is not None and "has no 'body' field" in named.error.message


def test_output_dir_takes_a_record_whose_id_held_a_lone_surrogate(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(_line(id=1) + "\n" + '{"html": "<p>Gales again.</p>", "id": "\\ud800", "note": NaN}\n'
                    + _line(id=3) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(dump), "-o", str(out), "-q", "--timeout", "0", "--max-memory", "0")
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in (out / "dump").iterdir())
    assert len(written) == 3
    for path in (out / "dump").iterdir():
        json.loads(path.read_bytes().decode("utf-8"), parse_constant=lambda name: 1 / 0)
    stdout = run(str(dump), "-q", "--timeout", "0", "--max-memory", "0")
    assert stdout.exit_code == 0 and not error_lines(stdout)
    assert "\\ud800" not in stdout.stdout and "NaN" not in stdout.stdout


def test_read_jsonl_keeps_going_past_bad_lines() -> None:
    lines = [_line(id=1), "{", "[1]", '{"html": 5}', "\x00\xff", _line(id=6)]
    data = "\n".join(lines).encode("utf-8", "surrogateescape") + b"\n\xff\xfe{\n"
    got = list(read_jsonl(io.BytesIO(data), "d", max_bytes=1 << 20, tally=Tally()))
    assert [r.line for r in got] == [1, 2, 3, 4, 5, 6, 7]
    assert [r.error is None for r in got] == [True, False, False, False, False, True, False]


def test_a_rule_file_nested_too_deeply_is_a_rule_error_not_a_traceback(tmp_path: Path) -> None:
    rules = tmp_path / "deep.toml"
    rules.write_text("x = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    result = run("--rules", str(rules), "-", input="Ferry resumes\n\nThe island ferry ran again on Monday.\n")
    assert result.exit_code == 2
    assert "nested too deeply" in result.stderr and "Traceback" not in result.stderr


def test_toml_front_matter_nested_too_deeply_is_no_front_matter() -> None:
    body = "The island ferry ran again on Monday after gales kept it in port for a week, the operator said."
    dump = "+++\ntitle = \"Ferry\"\ntags = " + "[" * 3000 + "]" * 3000 + "\n+++\n\n# Ferry resumes\n\n" + body + "\n"
    article = newsgrab.extract(dump, kind="text")  # was an InternalError (RecursionError in tomllib)
    assert body in article.body


def _suggest(*args: str) -> Result:
    return CliRunner().invoke(suggest_command, list(args))


def test_rules_suggest_never_overwrites_a_page_or_rule_file_it_reads(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(3):
        (pages / f"p{n}.html").write_text(f"<article><h1>Story {n}</h1><p>{n} ferries ran.</p></article>",
                                          encoding="utf-8")
    before = (pages / "p1.html").read_bytes()
    refused = _suggest(str(pages), "-o", str(pages / "p1.html"))
    assert refused.exit_code == 2 and "never overwritten" in refused.output
    assert (pages / "p1.html").read_bytes() == before
    rules = tmp_path / "site.toml"
    rules.write_text("", encoding="utf-8")
    assert _suggest(str(pages), "--rules", str(rules), "-o", str(tmp_path / "." / "site.toml")).exit_code == 2
    unwritable = _suggest(str(pages), "-o", str(tmp_path / "missing" / "site.toml"))
    assert unwritable.exit_code == 1 and "cannot write" in unwritable.output
    written = _suggest(str(pages), "-o", str(tmp_path / "new.toml"))
    assert written.exit_code == 0 and (tmp_path / "new.toml").read_text(encoding="utf-8").startswith("# Rules")


_PAYLOAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>The ferry ran again.</p>"


def _warc_response(content_type: bytes, payload: bytes = _PAYLOAD) -> bytes:
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://ex.org/a\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            b"Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n" % (content_type, len(payload), payload))


def _records(data: bytes, fmt: str = "warc") -> list[Record]:
    return list(read_records("crawl", fmt, stream=io.BytesIO(data), max_bytes=1 << 20, tally=Tally()))


def test_a_response_whose_http_message_fastwarc_does_not_read_is_an_error_record() -> None:
    # FastWARC parses only "application/http" as written; an attribute error ended the file
    got = _records(_warc_response(b"Application/HTTP; msgtype=response")
                   + _warc_response(b"application/http; msgtype=response"))
    assert [r.error.message if r.error else r.data for r in got] == [
        "its HTTP message could not be read", b"<p>The ferry ran again.</p>"]


def test_an_http_charset_holding_a_nul_is_no_charset() -> None:
    payload = b'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset="cp\x001252"\r\n\r\n<p>The caf\xe9 ferry ran.</p>'
    (record,) = _records(_warc_response(b"application/http; msgtype=response", payload))
    article = extract_record(record)  # codecs.lookup raised ValueError: embedded null character
    assert "ferry ran" in article.body


def test_a_broken_arc_record_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>The ferry ran again.</p>"
    head = b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    data = (b"filedesc://t.arc 0.0.0.0 20200101000000 text/plain %d\n" % len(head) + head + b"\n"
            + b"http://ex.org/a b 192.0.2.1 20200101000000 text/html %d\n" % (len(page) - 9) + page + b"\n"
            + b"http://ex.org/c 192.0.2.1 20200101000000 text/html %d\n" % len(page) + page + b"\n")
    _records(data, "arc")
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")


def test_a_dump_of_many_heading_sections_crosses_walls_a_bounded_number_of_times(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # each section's heading is a wall the article run crossed, and each crossing read the text
    # again: 8,000 sections took 34 s of CPU (n²), now 0.3 s
    from newsgrab.text import span

    calls = 0
    real = span._run_from

    def counted(values: list[float], start: int) -> tuple[float, int, int] | None:
        nonlocal calls
        calls += 1
        return real(values, start)

    monkeypatch.setattr(span, "_run_from", counted)
    sections = "\n\n".join(f"# Pier {i}\n\nThe ferry council said on day {i} that repairs to the harbour wall "
                           "would take several weeks more." for i in range(400))
    newsgrab.extract(sections, kind="text")
    # two loops read runs, each at most MAX_WALL_CROSSINGS rounds of two reads: the walls and the
    # headline gaps (s45-tspan)
    assert 0 < calls <= 4 * span.MAX_WALL_CROSSINGS


class _Pipe(io.RawIOBase):
    """Bytes as a pipe gives them: readable, not seekable, and `tell()` raises "Illegal seek"."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(min(len(buffer), 7))  # short reads, as a pipe gives
        buffer[: len(chunk)] = chunk
        return len(chunk)

    def tell(self) -> int:
        raise OSError(29, "Illegal seek")


@pytest.mark.parametrize("compress", [False, True])
def test_a_warc_read_from_a_pipe_gives_its_records(compress: bool) -> None:
    # FastWARC asked the pipe's tell() and panicked in Rust (a BaseException) on every WARC on stdin
    member = _warc_response(b"application/http; msgtype=response")
    data = gzip.compress(member) * 2 if compress else member * 2
    stream = io.BufferedReader(_Pipe(data))
    got = list(read_records("-", "warc", stream=stream, max_bytes=1 << 20, tally=Tally()))
    assert [(r.error, r.data) for r in got] == [(None, b"<p>The ferry ran again.</p>")] * 2
    assert got[0].offset == 0 and got[1].offset == len(data) // 2
    cut = list(read_records("-", "warc", stream=io.BufferedReader(_Pipe(b"WARC/1.0\r\n\x00\xff" * 40)),
                            max_bytes=1 << 20, tally=Tally()))
    assert len(cut) == 1 and cut[0].error is not None


_RULE = """
[[rule]]
id = "share.mine"
category = "share"
scope = "trailing"
pattern = '{pattern}'
example = "{example}"
hard_negative = "The harbour master said nothing about it."
"""


def test_a_pattern_re_never_finishes_on_is_refused_at_load_in_well_under_a_second() -> None:
    # `re` took no time on "Tide t" and 27 a's and never finished on 28: the load hung for good
    start = time.perf_counter()
    with pytest.raises(RuleError, match="backtracks catastrophically"):
        parse_rules(_RULE.format(pattern="^share the tide tables|(?:a?){40}a{40}z",
                                 example="Share the tide tables"), "mine.toml")
    assert time.perf_counter() - start < 3


@pytest.mark.parametrize(("pattern", "example"), [("^(x|x)*y$", "xxy"), ("^(\\d+)*z", "12z"),
                                                  ("^share: (\\w+\\s?)+$", "share: this page now")])
def test_a_pattern_catastrophic_on_re_only_is_taken_and_runs_fast(pattern: str, example: str) -> None:
    (rule,) = parse_rules(_RULE.format(pattern=pattern, example=example), "mine.toml")
    start = time.perf_counter()
    assert rule.fires(example) is not None
    assert rule.fires(example[:-1] * 40 + "!") is None
    assert time.perf_counter() - start < 1


def test_a_headline_among_many_siblings_is_read_in_linear_time() -> None:
    # meta/namedate asked lxml for each header part's index among its siblings (a scan each): 100,000
    # unclosed <p> after the headline took over 60 s (bench/fuzz_mutate.py html_misc), n²
    page = ("<html><body><article><h1>Ferry resumes</h1>" + "<p>" * 20_000
            + "<p>The island ferry ran again on Monday after gales kept it in port.</p></article></body></html>")
    start = time.process_time()
    newsgrab.extract(page, kind="html")
    assert time.process_time() - start < 1.5  # 0.3 s; n² took 2.8 s here


def test_later_siblings_answers_as_the_sibling_index_did() -> None:
    from newsgrab.meta.namedate import _follows, _later_siblings

    root = lxml.html.fromstring("<div><header><p>kicker</p><h1>Title</h1><p>By Mia</p></header>"
                                "<p>Lead</p><!-- c --><section><p>deep</p></section></div>")
    headline = root.find(".//h1")
    later = _later_siblings(headline)
    kicker, by = headline.getprevious(), headline.getnext()
    lead, section = root.findall("p")[0], root.find("section")
    assert [_follows(x, later) for x in (kicker, headline, by, lead, section, section[0], root)] == [
        False, False, True, True, True, False, False]
