"""Site profiles: rules proposed from the paragraphs that repeat across a site's pages
(newsgrab/clean/suggest.py and its command, newsgrab/cli/suggest.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsgrab
from newsgrab.clean.suggest import Page, pattern_for, suggest, to_toml
from newsgrab.model import Block
from newsgrab.options import Options
from newsgrab.rules import load_rules, packaged_rules, parse_rules
from tests.conftest import REPO

SITE_PROFILE = REPO / "samples" / "site-profile"


_TOPICS = ("harbour", "school", "council", "ferry", "market", "storm", "bridge", "library", "museum", "park")
_PEOPLE = ("mayor", "teacher", "skipper", "baker", "nurse", "engineer", "farmer", "pilot", "judge", "porter")


def page(site: str, number: int, tail: list[str], head: list[str] | None = None) -> Page:
    """A page whose article paragraphs are its own (no two pages share one) with `head` and `tail` around them."""
    body = [f"The {_PEOPLE[(number + i) % 10]} spoke about the {_TOPICS[(number * 3 + i) % 10]} "
            f"and the {_TOPICS[(number + 2 * i) % 10]} of {site} on day {number}-{i} at length."
            for i in range(6)]
    texts = [*(head or []), *body, *tail]
    return Page(site, f"{site}/{number}.html", [Block(kind="p", text=t) for t in texts])


APPEAL = "Every Harbour Post story is free because members pay for it. Join from {n} pounds a month."
COPYRIGHT = "Harbour Post Ltd {n}. Reproduction only with written permission."


def test_a_paragraph_at_the_end_of_most_pages_becomes_a_trailing_rule() -> None:
    pages = [page("harbour", n, [APPEAL.format(n=n + 2), COPYRIGHT.format(n=2020 + n)]) for n in range(5)]
    found = suggest(pages)
    assert [(s.scope, s.pages, s.site_pages) for s in found] == [("trailing", 5, 5), ("trailing", 5, 5)]
    assert {s.category for s in found} == {"donation", "copyright"}
    assert len({s.id for s in found}) == 2
    rules = parse_rules(to_toml(found, "test pages"), "suggested")
    for rule in rules:
        assert rule.fires(APPEAL.format(n=9)) or rule.fires(COPYRIGHT.format(n=1999))  # digits vary
        assert not rule.fires(rule.hard_negative)


def test_a_paragraph_at_the_start_becomes_a_leading_rule() -> None:
    found = suggest([page("harbour", n, [], head=["Listen to this story: 3 minutes"]) for n in range(4)])
    assert [(s.scope, s.example) for s in found] == [("leading", "Listen to this story: 3 minutes")]


def test_too_few_pages_or_too_small_a_share_proposes_nothing() -> None:
    pages = [page("harbour", n, [APPEAL.format(n=3)] if n < 2 else []) for n in range(4)]
    assert suggest(pages) == []
    pages = [page("harbour", n, [APPEAL.format(n=3)] if n < 3 else []) for n in range(20)]
    assert suggest(pages) == []  # 3 of 20 is under the default share
    assert len(suggest(pages, min_share=0.1)) == 1


def test_sites_are_counted_apart_and_known_notices_are_not_proposed_again() -> None:
    known = "Sign up for our newsletter."  # a packaged rule knows it
    pages = [page("a", n, [APPEAL.format(n=3), known]) for n in range(2)]
    pages += [page("b", n, [APPEAL.format(n=3), known]) for n in range(2)]
    assert suggest(pages, packaged_rules()) == []  # two pages per site: under the minimum
    pages += [page("b", n, [APPEAL.format(n=3), known]) for n in range(2, 4)]
    found = suggest(pages, packaged_rules())
    assert [(s.site, s.pages) for s in found] == [("b", 4)]


@pytest.mark.parametrize(
    ("text", "matches", "misses"),
    [
        ("Got a story? Call 01234 567890.", "got a story? call 9 1.", "Got a story? Call us."),
        ("Price (incl. VAT): $5 [approx.]", "Price (incl. VAT): $12 [approx.]", "Price incl VAT 5"),
    ],
)
def test_patterns_escape_what_the_paragraph_says_and_free_its_digits(text: str, matches: str, misses: str) -> None:
    import re

    pattern = re.compile(pattern_for(text), re.IGNORECASE)
    assert pattern.search(text) and pattern.search(matches) and not pattern.search(misses)


def test_a_long_paragraph_is_matched_by_its_opening() -> None:
    text = "The Harbour Post is owned by its readers. " * 6
    pattern = pattern_for(text.strip())
    assert not pattern.endswith("$") and len(pattern) < 100


def test_command_writes_the_sample_sites_rule_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The README's demonstration stays true: the command, run on samples/site-profile, writes the
    file committed beside the pages; that file loads, and with it the appeal the score leaves goes."""
    from newsgrab.cli.suggest import suggest_command

    monkeypatch.chdir(REPO)
    out = tmp_path / "suggested.toml"
    result = CliRunner().invoke(suggest_command, ["samples/site-profile", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == (SITE_PROFILE / "suggested.rules.toml").read_text(encoding="utf-8")
    rules = load_rules([out])
    assert [r.id for r in rules if r.source == str(out)]
    page_path = SITE_PROFILE / "harbour-wall.html"
    plain = newsgrab.extract_file(page_path)
    profiled = newsgrab.extract_file(page_path, options=Options(extra_rules=(out,)))
    assert "members pay for it" in plain.body and "members pay for it" not in profiled.body
    assert profiled.body.startswith("Engineers inspecting the harbour wall")


def test_command_without_output_prints_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgrab.cli.suggest import suggest_command

    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(suggest_command, ["samples/site-profile", "--min-pages", "5"])
    assert result.exit_code == 0
    assert result.stdout.count("[[rule]]") == 3  # the listening line is on 4 pages of 5


def test_the_console_script_runs_the_subcommand_and_converts_everything_else(tmp_path: Path) -> None:
    """`newsgrab rules suggest` reaches the suggester through the installed entry point, and any
    other first words stay INPUT arguments (a page file whose name is `rules` converts as `./rules`)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = [sys.executable, "-c", "import sys; from newsgrab.cli import main; sys.argv[0] = 'newsgrab'; main()"]
    out = tmp_path / "site.toml"
    done = subprocess.run([*run, "rules", "suggest", "samples/site-profile", "-o", str(out)],
                          capture_output=True, text=True, env=env, check=False, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == (SITE_PROFILE / "suggested.rules.toml").read_text(encoding="utf-8")
    helped = subprocess.run([*run, "rules", "suggest", "--help"], capture_output=True, text=True, env=env, check=False)
    assert helped.stdout.startswith("Usage: newsgrab rules suggest")
    page = tmp_path / "rules"
    page.write_text("Harbour wall repairs begin\n\n" + "Engineers began work on the old harbour wall today. " * 8,
                    encoding="utf-8")
    converted = subprocess.run([*run, "./rules"], capture_output=True, text=True, env=env, check=False,
                               cwd=tmp_path)
    assert converted.returncode == 0, converted.stderr
    assert json.loads(converted.stdout)["body"].startswith("Engineers began work")

