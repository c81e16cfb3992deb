"""Hostile rule files (issue 14, rows 10 and 11): a rule file that is not UTF-8 or not made of
tables is a usage error naming the file; a user's pattern that backtracks catastrophically is
refused at load, and one the load probes miss is matched under a time budget.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgrab
from newsgrab.cli import command as cli
from newsgrab.errors import RuleError
from newsgrab.rules import load_rules, packaged_rules, parse_rules
from newsgrab.rules.user_patterns import slow_probe
from newsgrab.whitespace import fold_space
from tests.test_hostile import PAGE, PARAGRAPHS, TEXT

NEWSGRAB = [sys.executable, "-m", "newsgrab"]


# --- row 11: a rule file that is not UTF-8 ---------------------------------------------------------------------


RULE = """[[rule]]
id = "{id}"
category = "share"
scope = "anywhere"
pattern = '{pattern}'
example = "{example}"
hard_negative = "The council met on Tuesday to discuss the harbour."
"""


def test_row11_rule_file_that_is_not_utf8_is_a_rule_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(RULE.format(id="share.cafe", pattern="café share", example="café share").encode("latin-1"))
    with pytest.raises(RuleError, match=r"latin1\.toml is not UTF-8 text \(byte 0xe9"):
        load_rules([path])


def test_row11_cli_turns_a_non_utf8_rule_file_into_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(RULE.format(id="share.cafe", pattern="café share", example="café share").encode("latin-1"))
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["--rules", str(path), str(page)], catch_exceptions=False)
    assert result.exit_code == 2
    assert "latin1.toml" in result.stderr and "not UTF-8" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rule = [1, 2]\n", "must be a table of keys, not int"),
        (RULE.format(id="share.x", pattern="share this", example="share this") + "max_chars = true\n",
         "max_chars must be a positive integer"),
    ],
)
def test_malformed_rule_entries_are_rule_errors(text: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        parse_rules(text, "mine.toml")


# --- row 10: a catastrophic pattern ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "example"),
    # catastrophic on `regex`, the engine a user's pattern runs on (the probes run there since s45-fuzz;
    # "^(x|x)*y$" and "^(\\d+)*z", catastrophic on `re` only, are accepted: tests/test_hostile_batch.py)
    [("(a+)+$", "aaaa"), ("^(\\w|\\w\\w)+$", "share"), ("^(x|xx)+y$", "xxy"), ("(?:a?){40}a{40}z", "a" * 40 + "z")],
)
def test_row10_catastrophic_user_pattern_is_refused_at_load(pattern: str, example: str) -> None:
    text = RULE.format(id="share.evil", pattern=pattern, example=example)
    start = time.perf_counter()
    with pytest.raises(RuleError, match="backtracks catastrophically"):
        parse_rules(text, "evil.toml")
    assert time.perf_counter() - start < 5


def test_row10_catastrophic_rule_file_ends_the_command_at_once(tmp_path: Path) -> None:
    rules = tmp_path / "evil.toml"
    rules.write_text(RULE.format(id="share.evil", pattern="(a+)+$", example="aaaa"), encoding="utf-8")
    page = tmp_path / "aaa.html"
    page.write_text(f"<html><body><article><p>{'a' * 60}!</p><p>{PARAGRAPHS[0]}</p></article></body></html>",
                    encoding="utf-8")
    done = subprocess.run([*NEWSGRAB, "--rules", str(rules), str(page)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "evil.toml" in done.stderr and "share.evil" in done.stderr and "catastrophically" in done.stderr


def test_row10_a_user_pattern_the_probes_miss_gives_up_under_its_budget() -> None:
    """The run-time guard: a user's rule is matched with a timeout, so even a pattern that passed
    the load checks cannot hang extraction; it does not fire on the block it would hang on."""
    (rule,) = parse_rules(RULE.format(id="share.fine", pattern="^share this", example="share this"), "mine.toml")
    evil = dataclasses.replace(rule, regex="(a+)+$")
    start = time.perf_counter()
    assert evil.fires("a" * 200 + "!") is None
    assert time.perf_counter() - start < 2
    assert evil.fires("aaaa") is not None


def test_row10_user_rules_still_fire_and_capture_under_the_budget(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        RULE.format(id="syndication.mine", pattern=r"^first seen at (?P<name>[\w ]+?)\.?$",
                    example="First seen at Harbour Weekly.").replace('"share"', '"syndication"'),
        encoding="utf-8",
    )
    text = TEXT + "\nFirst seen at Harbour Weekly.\n"
    article = newsgrab.extract(text, options=newsgrab.Options(extra_rules=(path,)))
    assert [r.rule for r in article.removed] == ["syndication.mine"]
    assert article.original_source is not None and article.original_source.name == "Harbour Weekly"


def test_row10_a_packaged_share_bar_rule_no_longer_backtracks() -> None:
    """Found by the load-time probe: `\\s*[,|•·/]?\\s*` inside a `{3,}` repeat let each space go
    to either `\\s*`, so a 160-character run of share-button names that fails at its end took
    about 30 s. (tests/test_rules.py puts every packaged file through the user-file checks.)"""
    (rule,) = [r for r in packaged_rules() if r.id == "share.addtoany-share-bar"]
    text = ("Share to Facebook Twitter " + "Email " * 30)[:150] + " now."
    start = time.process_time()
    assert rule.fires(text) is None
    assert time.process_time() - start < 1
    assert slow_probe(rule.pattern, fold_space(rule.example), rule.max_chars) is None


def test_row10_the_prefilter_never_runs_a_user_pattern_outside_its_budget() -> None:
    """The index compiles pieces of a pattern with `re` to pick the rules worth trying; a user's
    pattern that slipped past the load probes could hang there, so user rules skip the index and
    are always tried through their budgeted search."""
    from newsgrab.rules.matcher import RuleIndex

    (rule,) = parse_rules(RULE.format(id="share.fine", pattern="^share this", example="share this"), "mine.toml")
    evil = dataclasses.replace(rule, regex=r"^(\d+)*x")
    index = RuleIndex((evil,))
    start = time.process_time()
    assert index.first("1" * 40 + "!") is None
    assert time.process_time() - start < 2
    assert index.first("12x") is not None
