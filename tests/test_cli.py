"""The `newsgrab` command as shell users meet it: stdout, stderr and exit code asserted separately.

One input and the basic contract, every output option, rules, `-o DIR`, and bad input answered with one
line and one record. Inputs (directories, globs, stdin, odd files) are in test_cli_inputs.py; worker
processes, limits, faults and real processes in test_cli_faults.py; the shared plumbing in cli_kit.py.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsgrab
from newsgrab.cli import command as cli
from newsgrab.cli.config import parse_size
from newsgrab.cli.exitcodes import ExitCode
from newsgrab.cli.output import leftover_temp_files, plan_names, write_atomic
from newsgrab.cli.streams import STDOUT_TERMINAL, utf8
from newsgrab.serialize import parse_fields
from tests.cli_kit import CROSSPOST, PNG, STORY, USER_LINE, USER_RULES, batch, error_lines, records, run, story
from tests.conftest import SAMPLES

__all__ = ["batch", "story"]  # fixtures, imported for pytest


# --- one input, the basic contract -------------------------------------------------------------


def test_one_file_one_json_line_nothing_on_stderr(story: Path) -> None:
    result = run(str(story))
    assert result.exit_code == ExitCode.OK
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1
    (record,) = records(result)
    assert record["title"] == "Harbour Reopens After Storm"
    assert record["input"]["path"] == str(story)
    assert [r["category"] for r in record["removed"]] == ["separator", "share"]
    assert record == newsgrab.extract_file(story).to_dict()


@pytest.mark.parametrize("explain", [[], ["--explain"]])
def test_stdout_bytes_do_not_depend_on_terminals(story: Path, batch: Path, monkeypatch: pytest.MonkeyPatch,
                                                 explain: list[str]) -> None:
    args = [str(story), str(batch), *explain]
    plain = run(*args)
    real = cli.Streams.capture
    monkeypatch.setattr(cli.Streams, "capture", staticmethod(lambda: dataclasses.replace(
        real(), stdin_isatty=True, stderr_isatty=True, stdout_kind=STDOUT_TERMINAL)))
    on_tty = run(*args)
    assert plain.stdout_bytes == on_tty.stdout_bytes
    assert plain.exit_code == on_tty.exit_code == ExitCode.OK


def test_non_ascii_is_written_as_utf8_not_escaped(tmp_path: Path) -> None:
    path = tmp_path / "ümlaut.txt"
    path.write_text("Café “Zürich” reopens\n\nThe café on the corner reopened its doors on Monday morning.\n",
                    encoding="utf-8")
    result = run(str(path))
    assert "“Zürich”".encode() in result.stdout_bytes
    assert b"\\u" not in result.stdout_bytes


def test_founding_example_through_the_cli(founding_example: Path) -> None:
    result = run(str(founding_example))
    assert result.exit_code == ExitCode.OK
    assert result.stderr == ""
    (record,) = records(result)
    assert record["title"] == ("Video: The Afghan Army and the Taliban Ramp Up the Fight, as Turkey Primes to "
                               "Join in")
    assert record["authors"] == ["South Front"]
    assert record["published"] == "2021-07-11"
    assert record["site_name"] == "Global Research"
    assert record["original_source"]["name"] == "South Front"
    assert record["original_source"]["published"] == "2021-07-09"
    assert len(record["body"].split("\n\n")) == 21
    assert [m["kind"] for m in record["media"]] == ["video"]
    assert ".mp4" not in record["body"]
    assert len(record["removed"]) >= 13


# --- output options ----------------------------------------------------------------------------


def test_pretty_indents_one_object(story: Path) -> None:
    result = run("--pretty", str(story))
    assert result.stdout.startswith('{\n  "schema_version": 1,\n')
    assert json.loads(result.stdout) == newsgrab.extract_file(story).to_dict()


def test_fields_selects_in_the_order_asked(story: Path) -> None:
    result = run("--fields", "title, authors,title", str(story))
    assert result.stdout == '{"title": "Harbour Reopens After Storm", "authors": ["Lena Fischer"]}\n'


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fields", "title,byline"], "unknown field(s) byline"),
        (["--fields", " , "], "no field names given"),
        (["--fields", "title", "--format", "text"], "--fields applies to --format json only"),
        (["--kind", "pdf"], "'pdf' is not one of"),
        (["--keep", "gossip"], "'gossip' is not one of"),
        (["--format", "xml"], "'xml' is not one of"),
        (["--max-bytes", "ten"], "is not a size like"),
        (["--max-bytes", "0"], "must be positive"),
        (["--max-bytes", "9000000000G"], "over the largest size accepted, 1T"),
        (["--max-bytes", "1e400"], "is not a size like"),
        (["--max-bytes", "nan"], "is not a size like"),
        (["--max-memory", "10M"], "too small: the least is 256M"),
        (["--max-memory", "-1"], "the size must not be negative"),
        (["--timeout", "inf"], "is not a number of seconds from 0 up"),
        (["--timeout", "-5"], "is not a number of seconds from 0 up"),
        (["--timeout", "1e9"], "over the longest deadline accepted"),
        (["--jobs", "-1"], "-1 is not in the range"),
        (["--rules", "/no/such/rules.toml"], "does not exist"),
        (["--no-such-option"], "No such option"),
    ],
)
def test_bad_options_are_usage_errors(story: Path, args: list[str], message: str) -> None:
    result = run(*args, str(story))
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert message in result.stderr


def test_format_text_prints_title_and_body(story: Path) -> None:
    result = run("--format", "text", str(story))
    assert result.exit_code == ExitCode.OK
    assert result.stdout == (
        "Harbour Reopens After Storm\n\n"
        "The harbour reopened on Friday after three days of repairs to the outer wall, the port authority said.\n\n"
        "Fishermen said the delay had cost them the best week of the season, and asked for compensation.\n"
    )


def test_format_markdown_keeps_structure_and_separates_articles(tmp_path: Path) -> None:
    sample = SAMPLES / "library-fundraiser.txt"
    result = run("--format", "markdown", str(sample), str(CROSSPOST))
    assert result.stdout.startswith("# Riverside Library Raises $48,000 to Reopen Its Reading Room\n\n")
    assert "\n## Where the money came from\n" in result.stdout
    assert "\n- 312 residents gave less than $50 each\n- two bakeries" in result.stdout
    assert "\n> Support for the library" in result.stdout
    assert "\n---\n\n# Analysis: Drought Pushes" in result.stdout
    assert "{" not in result.stdout.splitlines()[0]


def test_url_resolves_relative_links(story: Path) -> None:
    result = run("--url", "https://coastal.example/2024/05/harbour", str(story))
    assert records(result)[0]["links"] == [{"text": "compensation", "url": "https://coastal.example/news/aid"}]


def test_url_with_several_inputs_is_a_usage_error(batch: Path) -> None:
    result = run("--url", "https://coastal.example/", str(batch))
    assert result.exit_code == ExitCode.USAGE
    assert "--url is the base URL of a single input, but 2 inputs were given" in result.stderr
    assert result.stdout == ""


def test_kind_forces_the_reader(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<p>Officials confirmed on Tuesday that the bridge would reopen to traffic next week.</p>\n",
                    encoding="utf-8")
    assert records(run(str(page)))[0]["input"]["kind"] == "text"
    forced = records(run("--kind", "html", str(page)))[0]
    assert forced["input"]["kind"] == "html"
    assert "<p>" not in forced["body"]
    assert records(run("--kind", "text", str(page)))[0]["input"]["kind"] == "text"


def test_keep_all_turns_removal_off(story: Path) -> None:
    record = records(run("--keep", "all", str(story)))[0]
    assert record["removed"] == []
    assert "Note to readers" in record["body"]


def test_keep_one_category_is_repeatable(story: Path) -> None:
    record = records(run("--keep", "share", "--keep", "separator", str(story)))[0]
    assert record["removed"] == []
    assert "Note to readers" in record["body"]
    only_share = records(run("--keep", "share", str(story)))[0]
    assert [r["category"] for r in only_share["removed"]] == ["separator"]


def test_user_rules_file_removes_more(story: Path, tmp_path: Path) -> None:
    rules = tmp_path / "mine.toml"
    rules.write_text(USER_RULES, encoding="utf-8")
    story.write_text(STORY.replace("*\n", USER_LINE + "\n\n*\n"), encoding="utf-8")
    without = records(run(str(story)))[0]
    assert USER_LINE in without["body"]
    record = records(run("--rules", str(rules), str(story)))[0]
    assert USER_LINE not in record["body"]
    assert {"rule": "related.coastal-tide-tables", "category": "related", "text": USER_LINE} in record["removed"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[rule]\nid = 1", "not valid TOML"),
        (USER_RULES.replace('category = "related"', 'category = "gossip"'), "unknown category 'gossip'"),
        (USER_RULES.replace("'^tide tables", "'(unclosed"), "pattern does not compile"),
        (USER_RULES + USER_RULES, "duplicate rule id"),
    ],
    ids=["toml", "category", "regex", "duplicate"],
)
def test_bad_rules_file_is_a_clear_usage_error(story: Path, tmp_path: Path, content: str, message: str) -> None:
    rules = tmp_path / "bad.toml"
    rules.write_text(content, encoding="utf-8")
    result = run("--rules", str(rules), str(story))
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("newsgrab: error: ") and message in line


def test_list_rules_prints_one_rule_per_line(tmp_path: Path) -> None:
    result = run("--list-rules")
    assert result.exit_code == ExitCode.OK
    assert result.stderr == ""
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(rows) > 10
    assert all(len(row) == 5 for row in rows)
    ids = [row[0] for row in rows]
    assert len(ids) == len(set(ids))
    rules = tmp_path / "mine.toml"
    rules.write_text(USER_RULES, encoding="utf-8")
    with_user = run("--list-rules", "--rules", str(rules))
    assert with_user.stdout.splitlines()[-1].split("\t")[:3] == ["related.coastal-tide-tables", "related", "trailing"]


def test_max_bytes_refuses_big_inputs(story: Path) -> None:
    result = run("--max-bytes", "100", str(story))
    assert result.exit_code == ExitCode.ALL_FAILED
    assert records(result)[0]["error"]["code"] == "too-large"
    assert run("--max-bytes", "1k", str(story)).exit_code == ExitCode.OK


def test_explain_goes_to_stderr_and_leaves_stdout_alone(story: Path) -> None:
    plain = run(str(story))
    explained = run("--explain", str(story))
    assert explained.stdout == plain.stdout
    lines = explained.stderr.splitlines()
    assert lines[0] == f"{story} (text): 2 kept, 2 removed"
    assert any(line.startswith("  DROP p") and "[share] share.note-to-readers" in line for line in lines)
    assert sum(line.startswith("  keep ") for line in lines) == 2


def test_quiet_drops_summary_and_warnings_not_errors(batch: Path, tmp_path: Path) -> None:
    empty_article = tmp_path / "nav.html"
    empty_article.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    loud = run(str(batch), str(empty_article), str(tmp_path / "missing.txt"))
    assert "newsgrab: warning: " in loud.stderr and "no-article" in loud.stderr
    assert "newsgrab: 4 inputs: 3 converted, 1 failed" in loud.stderr
    quiet = run("--quiet", str(batch), str(empty_article), str(tmp_path / "missing.txt"))
    assert quiet.stderr.splitlines() == [f"newsgrab: error: {tmp_path / 'missing.txt'}: no such file or directory"]
    assert quiet.stdout == loud.stdout
    assert quiet.exit_code == loud.exit_code == ExitCode.SOME_FAILED


def test_version_and_help() -> None:
    version = run("--version")
    assert version.exit_code == ExitCode.OK
    assert version.stdout == f"newsgrab {newsgrab.__version__}\n"
    assert run("-V").stdout == version.stdout
    helped = run("--help")
    assert helped.exit_code == ExitCode.OK
    assert "Usage: newsgrab [OPTIONS] [INPUT]..." in helped.stdout
    assert "Examples:" in helped.stdout and "Exit status:" in helped.stdout
    assert run("-h").stdout == helped.stdout



# --- -o DIR ------------------------------------------------------------------------------------


def test_output_dir_writes_one_file_per_input_and_resolves_collisions(batch: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "b.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out" / "deeper"
    result = run("-r", "-o", str(out), str(batch), str(other / "b.txt"))
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b-2.json", "b.json", "c.json"]
    assert json.loads((out / "b-2.json").read_text(encoding="utf-8"))["input"]["path"] == str(other / "b.txt")
    assert list(leftover_temp_files(out)) == []


def test_output_dir_never_overwrites_an_input(tmp_path: Path) -> None:
    named_like_output = tmp_path / "story.json"
    named_like_output.write_text(STORY, encoding="utf-8")
    result = run("-o", str(tmp_path), str(named_like_output))
    assert result.exit_code == ExitCode.OK
    assert named_like_output.read_text(encoding="utf-8") == STORY
    assert json.loads((tmp_path / "story-2.json").read_text(encoding="utf-8"))["title"] == "Harbour Reopens After Storm"


def test_output_dir_with_text_format_and_stdin(tmp_path: Path) -> None:
    result = run("-o", str(tmp_path), "--format", "markdown", "-", input=STORY)
    assert result.exit_code == ExitCode.OK
    assert (tmp_path / "stdin.md").read_text(encoding="utf-8").startswith("# Harbour Reopens After Storm\n")


def test_output_dir_failed_input_gets_a_record_but_no_file(story: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(PNG)
    out = tmp_path / "out"
    result = run("-o", str(out), str(story), str(bad))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert sorted(p.name for p in out.iterdir()) == ["story.json"]
    message = "this is a PNG image, not HTML or text"
    assert records(result) == [{"input": {"path": str(bad)}, "error": {"code": "binary", "message": message}}]


def test_output_dir_that_is_a_file_is_a_usage_error(story: Path) -> None:
    result = run("-o", str(story), str(story))
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""


# --- bad input: one stderr line, one error record, the right exit code, no traceback -------------


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str, str]]:
    """name -> (arguments, error code, message fragment)."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\n   \n")
    (tmp_path / "image.html").write_bytes(PNG)
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b" " * (4 * 1024 * 1024)))
    (tmp_path / "big.html").write_bytes(b"<p>" + b"x" * 5000 + b"</p>")
    (tmp_path / "nothing-here").mkdir()
    (tmp_path / "nothing-here" / "data.csv").write_text("a,b\n", encoding="utf-8")
    return {
        "empty": ([str(tmp_path / "empty.txt")], "empty", "the input is empty"),
        "whitespace": ([str(tmp_path / "blank.txt")], "empty", "only whitespace"),
        "binary": ([str(tmp_path / "image.html")], "binary", "this is a PNG image"),
        "gzip-bomb": (["--max-bytes", "1M", str(tmp_path / "bomb.html.gz")], "too-large", "unpacks to more than"),
        "too-large": (["--max-bytes", "4k", str(tmp_path / "big.html")], "too-large", "over the limit of 4,096"),
        "missing": ([str(tmp_path / "missing.html")], "not-found", "no such file or directory"),
        "empty-dir": ([str(tmp_path / "nothing-here")], "not-found", "no input files in directory"),
        "glob": ([str(tmp_path / "*.htm")], "not-found", "the pattern matched no files"),
    }


BAD_CASES = ["empty", "whitespace", "binary", "gzip-bomb", "too-large", "missing", "empty-dir", "glob"]


@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_input_is_answered_clearly(tmp_path: Path, case: str) -> None:
    args, code, fragment = _bad_inputs(tmp_path)[case]
    out = tmp_path / "out"
    result = run("-o", str(out), *args)
    assert result.exit_code == ExitCode.ALL_FAILED
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"newsgrab: error: {args[-1]}: ") and fragment in line
    (record,) = records(result)
    assert record == {"input": {"path": args[-1]}, "error": {"code": code, "message": record["error"]["message"]}}
    assert fragment in record["error"]["message"]
    assert "Traceback" not in result.stderr
    assert not out.exists() or list(out.iterdir()) == []


def test_one_bad_input_among_good_ones_exits_1_and_the_batch_goes_on(batch: Path, tmp_path: Path) -> None:
    (tmp_path / "image.html").write_bytes(PNG)
    result = run(str(batch / "a.md"), str(tmp_path / "image.html"), str(batch / "b.txt"))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert [("error" in r) for r in records(result)] == [False, True, False]
    assert error_lines(result) == [f"newsgrab: error: {tmp_path / 'image.html'}: this is a PNG image, not HTML or text"]
    assert result.stderr.splitlines()[-1] == "newsgrab: 3 inputs: 2 converted, 1 failed"


def test_every_input_failing_exits_3(tmp_path: Path) -> None:
    result = run(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.exit_code == ExitCode.ALL_FAILED
    assert len(error_lines(result)) == 2



# --- the pure helpers behind the command ---------------------------------------------------------

def test_plan_names(tmp_path: Path) -> None:
    out = tmp_path / "out"
    inputs: list[Path | None] = [tmp_path / "a" / "story.html", tmp_path / "b" / "story.txt", None,
                                 tmp_path / "page.html.gz", tmp_path / "we ird:name?.html", None]
    assert [p.name for p in plan_names(inputs, out, ".json")] == [
        "story.json", "story-2.json", "stdin.json", "page.json", "we_ird_name.json", "stdin-2.json"]
    # an input inside the output directory with the target's name is skipped over
    own = out / "story.json"
    assert [p.name for p in plan_names([own], out, ".json")] == ["story-2.json"]


def test_write_atomic_leaves_nothing_behind_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.json"

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("newsgrab.cli.output.os.replace", disk_full)
    with pytest.raises(OSError):
        write_atomic(target, "half written")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    write_atomic(target, "name \udcff\n")  # a surrogate escape: written as stdout writes it (streams.utf8)
    assert target.read_bytes() == utf8("name \udcff\n")
    write_atomic(target, "{}\n")
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert list(leftover_temp_files(tmp_path)) == []


def test_parse_fields() -> None:
    assert parse_fields("title, url ,title", ["url", "title"]) == ("title", "url")
    with pytest.raises(ValueError, match="unknown field"):
        parse_fields("headline", ["title"])


@pytest.mark.parametrize(("text", "size"), [("4096", 4096), ("500k", 512_000), ("10M", 10 * 1024**2),
                                            ("1.5g", int(1.5 * 1024**3)), ("2KB", 2048)])
def test_max_bytes_units(tmp_path: Path, text: str, size: int) -> None:
    assert parse_size(text) == size


def test_unwritable_output_file_is_a_failed_input(story: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "story.json").mkdir()  # os.replace cannot put a file over a directory
    result = run("-o", str(out), str(story))
    assert result.exit_code == ExitCode.ALL_FAILED
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"newsgrab: error: {story}: cannot write {out / 'story.json'}: ")
    assert records(result)[0]["error"]["code"] == "unwritable"
    assert list(leftover_temp_files(out)) == []


def test_max_bytes_rejects_infinity(story: Path) -> None:
    result = run("--max-bytes", "inf", str(story))
    assert result.exit_code == ExitCode.USAGE
    assert "is not a size like" in result.stderr


_LINES = st.sampled_from([
    "<p>", "</p>", "<div class='share'>", "</div>", "<html><body>", "*", "", "By Jane Roe", "Region: [Asia](#)",
    "Note to readers: please share.", "https://example.org/video.mp4", "Copyright © Example, 2024",
    "The council met on Tuesday and agreed the budget after a long debate.", "<script>var a = 1;</script>",
    "# Heading", "- item", "> quoted", "\u00a0", "\ufeff", "<meta charset='koi8-r'>", "Fête à Zürich",
])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, max_size=30).map("\n".join) | st.binary(max_size=512))
def test_any_stdin_gives_one_record_and_no_traceback(data: str | bytes) -> None:
    result = run("-", input=data)
    assert result.exit_code in (ExitCode.OK, ExitCode.ALL_FAILED)
    (record,) = records(result)
    assert ("error" in record) == (result.exit_code == ExitCode.ALL_FAILED)
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr


COUNCIL_PAGE = """<!DOCTYPE html><html><head>{base}<title>Council approves budget</title></head><body><article>
<h1>Council approves budget</h1>
<p>The council approved the budget on Tuesday after a long debate that ran late into the evening, members said.</p>
<p>The full <a href="/docs/budget-2024.pdf">budget document</a> is online, along with the minutes of the meeting.</p>
<p>Opposition members said they would keep pressing for changes to transport spending before the vote in May.</p>
<figure><img src="img/chart.png" alt="Budget chart"></figure></article></body></html>"""


def test_url_resolves_relative_links_and_media_of_html(tmp_path: Path) -> None:
    page = tmp_path / "council.html"
    page.write_text(COUNCIL_PAGE.format(base=""), encoding="utf-8")
    record = records(run("--url", "https://news.example/2024/05/council", str(page)))[0]
    assert record["links"] == [{"text": "budget document", "url": "https://news.example/docs/budget-2024.pdf"}]
    assert [m["url"] for m in record["media"]] == ["https://news.example/2024/05/img/chart.png"]


def test_base_element_wins_over_url_option(tmp_path: Path) -> None:
    page = tmp_path / "council.html"
    page.write_text(COUNCIL_PAGE.format(base='<base href="https://cdn.example/site/">'), encoding="utf-8")
    record = records(run("--url", "https://news.example/2024/05/council", str(page)))[0]
    assert [m["url"] for m in record["media"]] == ["https://cdn.example/site/img/chart.png"]
    assert record["links"][0]["url"] == "https://cdn.example/docs/budget-2024.pdf"


def test_unicode_line_separators_never_split_a_record(tmp_path: Path) -> None:
    """Text folds U+2028 to a space, but a file name keeps it, and input.path carries the name."""
    path = tmp_path / "odd\u2028name\u0085.txt"
    path.write_text(STORY, encoding="utf-8")
    result = run(str(path), str(tmp_path / "missing\u2029.txt"))
    lines = result.stdout.splitlines()  # str.splitlines breaks at U+2028, U+2029 and U+0085
    assert len(lines) == 2
    assert json.loads(lines[0])["input"]["path"] == str(path)
    assert json.loads(lines[1])["input"]["path"] == str(tmp_path / "missing\u2029.txt")
