"""README.md stays true: every CLI option is documented, the exit-code table is the enum, and the
quick start is exactly the two commands CI runs."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from newsgrab.cli.command import main
from newsgrab.cli.exitcodes import ExitCode
from newsgrab.errors import error_codes
from newsgrab.model import REMOVAL_CATEGORIES
from newsgrab.schema import article_fields
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^#+ {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.MULTILINE | re.DOTALL)
    assert match, f"README has no section {title!r}"
    return match.group(1)


def option_names() -> list[str]:
    names: list[str] = []
    for param in main.params:
        if isinstance(param, click.Option):
            names += [*param.opts, *param.secondary_opts]
    return names


@pytest.mark.parametrize("name", option_names())
def test_every_option_is_in_the_readme_options_table(name: str) -> None:
    table = section("Options")
    assert f"`{name}" in table, f"{name} is not documented in README's Options table"


def test_every_option_has_help_text() -> None:
    for param in main.params:
        if isinstance(param, click.Option):
            assert param.help, f"{param.opts} has no help text"


def test_exit_code_table_matches_the_enum() -> None:
    rows = re.findall(r"^\| (\d+) \| `(\w+)` \|", section("Exit codes"), re.MULTILINE)
    assert [(int(code), name) for code, name in rows] == [(c.value, c.name) for c in ExitCode]


def test_case_example_handles_every_exit_code() -> None:
    block = re.search(r"case \$\? in\n(.*?)esac", section("Exit codes"), re.DOTALL)
    assert block, "the Exit codes section has no `case $?` example"
    handled = [int(code) for code in re.findall(r"^\s+(\d+)\)", block.group(1), re.MULTILINE)]
    assert handled == [c.value for c in ExitCode]


def test_quick_start_is_exactly_two_commands_and_ci_runs_the_second() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", section("Quick start"), re.DOTALL)
    assert len(blocks) == 1
    commands = [line for line in blocks[0].splitlines() if line.strip() and not line.startswith("#")]
    assert commands == ["python3 dev.py demo", "python3 dev.py check"]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^exec .*\bpython3 dev\.py check$", ci, re.MULTILINE)


def test_schema_table_lists_every_field() -> None:
    table = section("Output: article schema v1")
    documented = set(re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", table, re.MULTILINE))
    names = {name for pair in documented for name in pair if name}
    assert names == set(article_fields())


def test_removal_categories_are_listed() -> None:
    paragraph = section("Output: article schema v1").split("Removal categories", 1)[1].split("\n\n", 1)[0]
    listed = re.findall(r"`([a-z-]+)`", paragraph.split("):", 1)[1])
    assert tuple(listed) == REMOVAL_CATEGORIES


def test_error_code_table_lists_every_code() -> None:
    table = section("Using the command").split("Error codes", 1)[1].split("### Options", 1)[0]
    rows = re.findall(r"^\| `([a-z-]+)` \| ", table, re.MULTILINE)
    assert tuple(rows) == error_codes()


def test_library_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (code,) = re.findall(r"```python\n(.*?)```", section("Library API"), re.DOTALL)
    (tmp_path / "story.html").write_text(
        "<!DOCTYPE html><html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
        "<p>The bridge reopened to traffic on Monday after eight months of repairs, the city said.</p>"
        "<p>Commuters said the detour had added half an hour to their journeys each way.</p>"
        "<p>Share this article with your friends on Facebook and Twitter.</p></article></body></html>",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Bridge reopens" in out
    assert "The bridge reopened to traffic on Monday" in out


def test_the_measurement_log_moved_to_docs_is_still_there() -> None:
    """README's measurement log moved into docs/ verbatim (bench/docs_coverage.py checked every
    paragraph of README at 60a7efa); tests/docs_paragraphs.sha1 holds the fingerprints of the moved
    paragraphs, so a later edit or move that drops one fails here. Paragraphs are compared with their
    whitespace folded: rewrapping, or moving a paragraph to another docs file, is fine."""
    from bench.docs_coverage import docs_texts, fingerprint, paragraphs

    expected = (REPO / "tests" / "docs_paragraphs.sha1").read_text(encoding="utf-8").split()
    assert len(expected) > 200
    present = {fingerprint(p) for text in docs_texts(REPO).values() for p in paragraphs(text)}
    missing = [h for h in expected if h not in present]
    assert not missing, f"{len(missing)} paragraphs of the measurement log are gone from README.md and docs/"


def test_the_docs_coverage_check_notices_a_lost_paragraph() -> None:
    from bench.docs_coverage import fingerprint, paragraphs

    text = "# Log\n\nFirst   paragraph,\nwrapped.\n\n| a | b |\n|---|---|\n\nLast one."
    assert paragraphs(text) == ["# Log", "First paragraph, wrapped.", "| a | b | |---|---|", "Last one."]
    rewrapped = {fingerprint(p) for p in paragraphs("First paragraph,\n  wrapped.\n")}
    assert fingerprint("First paragraph, wrapped.") in rewrapped
    assert fingerprint("First paragraph, changed.") not in rewrapped


@pytest.mark.parametrize("name", ["history.md", "metadata.md", "text-input.md", "notices.md", "benchmarks.md"])
def test_readme_links_each_docs_file(name: str) -> None:
    assert f"](docs/{name}" in README, f"README does not link docs/{name}"
    assert (REPO / "docs" / name).is_file()
