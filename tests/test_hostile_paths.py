"""Hostile paths around the CLI (stop 56, s46-fuzz): what a rule file or an output name can be that a
page cannot, each found by the campaign and fixed at its source. Invented files only, in tmp_path.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsgrab.cli.output import resolved, write_atomic
from newsgrab.cli.suggest import suggest_command
from newsgrab.rules import MAX_RULE_FILE_BYTES, RuleError, load_rules
from tests.cli_kit import run

STORY = "<article><h1>Ferry resumes</h1><p>The island ferry ran again on Monday after gales.</p></article>"


def _suggest(*args: str) -> Result:
    return CliRunner().invoke(suggest_command, list(args))


def _capped_memory() -> None:
    """A child's address space capped at 2 GB: a read without a bound fails fast instead of filling the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_rule_file_that_never_ends_is_refused(tmp_path: Path) -> None:
    # a link to /dev/zero as --rules: read whole, it filled 23 GB until the kernel killed the process
    link = tmp_path / "rules.toml"
    link.symlink_to("/dev/zero")
    page = tmp_path / "story.html"
    page.write_text(STORY, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "newsgrab", "--rules", str(link), str(page)], capture_output=True,
                          text=True, timeout=120, preexec_fn=_capped_memory)
    assert done.returncode == 2, done.stderr
    assert f"holds more than {MAX_RULE_FILE_BYTES:,} bytes" in done.stderr and "Traceback" not in done.stderr


def test_a_rule_file_just_over_the_bound_is_refused_and_crlf_still_reads(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (MAX_RULE_FILE_BYTES + 1))
    with pytest.raises(RuleError, match="holds more than"):
        load_rules((big,))
    crlf = tmp_path / "crlf.toml"  # the bounded read keeps a text-mode read's newlines
    crlf.write_bytes(b'[[rule]]\r\nid = "user.ferry-share"\r\ncategory = "share"\r\nscope = "anywhere"\r\n'
                     b"pattern = '^Share this ferry story$'\r\nexample = \"Share this ferry story\"\r\n"
                     b'hard_negative = "The council met on Tuesday to discuss the harbour."\r\n')
    assert any(rule.id == "user.ferry-share" for rule in load_rules((crlf,)))


def test_an_output_name_that_loops_is_no_traceback(tmp_path: Path) -> None:
    # Path.resolve raises RuntimeError, not OSError, on a link loop before Python 3.13
    loop = tmp_path / "rules.toml"
    loop.symlink_to(loop.name)
    assert resolved(loop) == loop.absolute()
    page = tmp_path / "story.html"
    page.write_text(STORY, encoding="utf-8")
    result = _suggest(str(page), "-o", str(loop))
    assert "Traceback" not in result.output and not isinstance(result.exception, RuntimeError)


def test_an_output_link_keeps_its_link_and_a_pipe_is_written_not_replaced(tmp_path: Path) -> None:
    kept = tmp_path / "kept.toml"
    kept.write_text("# old\n", encoding="utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(kept.name)
    write_atomic(link, "# new\n")
    assert link.is_symlink() and kept.read_text(encoding="utf-8") == "# new\n"
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen([sys.executable, "-c", f"import sys; sys.stdout.write(open({str(fifo)!r}).read())"],
                              stdout=subprocess.PIPE, text=True)
    write_atomic(fifo, "# through the pipe\n")  # was renamed over: the reader waited for good
    out, _ = reader.communicate(timeout=60)
    assert out == "# through the pipe\n"
    assert fifo.is_fifo() and not list(tmp_path.glob(".newsgrab-*"))


def test_output_dir_holding_a_looping_link_where_a_record_goes(tmp_path: Path) -> None:
    # plan_names asks resolved() of every name it plans: a looping link there ended the batch in a traceback
    page = tmp_path / "story.html"
    page.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "story.json").symlink_to("story.json")
    result = run(str(page), "-o", str(out), "-q", "--timeout", "0", "--max-memory", "0")
    assert result.exit_code == 0, result.stderr
    assert (out / "story.json").is_file() and not (out / "story.json").is_symlink()
