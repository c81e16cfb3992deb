"""Worker processes, limits and faults: --jobs, deadlines, memory caps, workers that die, Ctrl-C,
closed and full output streams, the progress bar, and what only a real process shows."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsgrab.api
from newsgrab.cli.exitcodes import ExitCode
from tests.cli_kit import CROSSPOST, NEWSGRAB, PNG, batch, env, many, records, run, story, tty
from tests.conftest import REPO, SAMPLES

__all__ = ["batch", "many", "story", "tty"]  # fixtures, imported for pytest


def test_progress_bar_on_a_terminal_never_touches_stdout(batch: Path, tty: None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgrab.cli import ui

    bars: list[bool] = []
    real = ui.tracking

    def spy(total: int, *, show_bar: bool, write_line: Any) -> Any:
        bars.append(show_bar)
        return real(total, show_bar=show_bar, write_line=write_line)

    monkeypatch.setattr(ui, "tracking", spy)
    result = run("-r", str(batch))
    assert bars == [True]
    assert result.exit_code == ExitCode.OK
    assert len(records(result)) == 3
    assert result.stdout == run("-r", "-q", str(batch)).stdout
    assert "newsgrab: 3 inputs: 3 converted, 0 failed" in result.stderr
    run("-q", "-r", str(batch))
    run(str(batch / "a.md"))
    assert bars == [True, False, False, False]  # --quiet, and a single input: no bar


def test_jobs_keep_output_order_and_bytes(batch: Path, tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(PNG)
    args = ["-r", str(batch), str(tmp_path / "bad.txt"), str(CROSSPOST)]
    serial = run(*args)
    parallel = run("--jobs", "2", *args)
    assert parallel.stdout == serial.stdout
    assert parallel.exit_code == serial.exit_code == ExitCode.SOME_FAILED
    assert run("-j", "0", *args).stdout == serial.stdout


def test_single_input_never_starts_a_pool(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    def refuse(*_: Any, **__: Any) -> None:
        raise AssertionError("a pool was started for one input")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    assert run("--jobs", "4", str(story)).exit_code == ExitCode.OK


def test_fail_fast_stops_at_the_first_failure(batch: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run("--fail-fast", str(batch / "a.md"), str(missing), str(batch / "b.txt"))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert [r["input"]["path"] for r in records(result)] == [str(batch / "a.md"), str(missing)]
    assert "stopped early (--fail-fast) with 1 not done" in result.stderr
    only_failures = run("--fail-fast", str(missing), str(batch / "b.txt"))
    assert only_failures.exit_code == ExitCode.ALL_FAILED
    assert len(records(only_failures)) == 1


def _boom(*_: Any, **__: Any) -> Any:
    raise RuntimeError("the parser fell over")


def test_internal_error_is_one_line_without_traceback(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsgrab.api, "extract_file", _boom)
    result = run(str(story))
    assert result.exit_code == ExitCode.ALL_FAILED
    assert result.stderr.splitlines() == [
        f"newsgrab: error: {story}: internal error: RuntimeError: the parser fell over "
        "(rerun with --traceback for details)"
    ]
    assert records(result)[0]["error"]["code"] == "internal"


def test_traceback_shows_the_python_traceback(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsgrab.api, "extract_file", _boom)
    result = run("--traceback", str(story))
    assert result.exit_code == ExitCode.ALL_FAILED
    assert "Traceback (most recent call last)" in result.stderr
    assert "RuntimeError: the parser fell over" in result.stderr
    assert records(result)[0]["error"]["code"] == "internal"
    typed = run("--traceback", str(story.parent / "missing.txt"))
    assert "Traceback (most recent call last)" not in typed.stderr  # nothing raised: the path matched nothing



# --- Ctrl-C ------------------------------------------------------------------------------------


def test_ctrl_c_mid_batch_exits_130_and_leaves_no_partial_file(batch: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    real = newsgrab.api.extract_file
    calls: list[Path] = []

    def interrupt_second(path: Path, **kwargs: Any) -> Any:
        calls.append(path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(path, **kwargs)

    monkeypatch.setattr(newsgrab.api, "extract_file", interrupt_second)
    out = tmp_path / "out"
    result = run("-r", "-o", str(out), str(batch))
    assert result.exit_code == ExitCode.INTERRUPTED
    assert result.stderr == "newsgrab: interrupted\n"
    assert sorted(p.name for p in out.iterdir()) == ["a.json"]
    assert json.loads((out / "a.json").read_text(encoding="utf-8"))["title"] == "Harbour Reopens After Storm"



# --- real processes ----------------------------------------------------------------------------


def test_real_pipe_to_head_ends_quietly(many: Path) -> None:
    for target in (SAMPLES, many):
        proc = subprocess.run(["bash", "-c", f'"$0" -m newsgrab "{target}" | head -n1; exit "${{PIPESTATUS[0]}}"',
                               sys.executable], capture_output=True, cwd=REPO, timeout=60, env=env())
        assert proc.returncode == ExitCode.OK, proc.stderr
        # a sample may carry a warning (no-article...) written before the pipe closed; nothing else
        stray = [line for line in proc.stderr.decode().splitlines() if not line.startswith("newsgrab: warning: ")]
        assert stray == []
        assert len(proc.stdout.splitlines()) == 1
        assert json.loads(proc.stdout)["schema_version"] == 1


def test_closed_stdout_mid_batch_no_traceback(many: Path) -> None:
    proc = subprocess.Popen([*NEWSGRAB, str(many)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env())
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == ExitCode.OK
    assert json.loads(first)["title"] == "Harbour Reopens After Storm"
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr
    assert b"newsgrab: error" not in stderr


def test_utf8_output_whatever_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "café.txt"
    path.write_text("Café “Zürich” reopens\n\nThe café on the corner reopened its doors on Monday morning.\n",
                    encoding="utf-8")
    proc = subprocess.run([*NEWSGRAB, "--explain", str(path), str(tmp_path / "naïve-missing.txt")],
                          capture_output=True, env=env(LC_ALL="C", LANG="C", PYTHONUTF8="0",
                                                        PYTHONCOERCECLOCALE="0"), timeout=60)
    assert proc.returncode == ExitCode.SOME_FAILED, proc.stderr
    assert "“Zürich”" in proc.stdout.decode("utf-8")
    assert b"Traceback" not in proc.stderr
    assert "naïve-missing.txt: no such file or directory" in proc.stderr.decode("utf-8")


def _wait_until_reading_stdin(pid: int, timeout: float = 20.0) -> None:
    """Until the process sleeps in a pipe read (Linux /proc), so SIGINT meets Python's handler."""
    wchan = Path(f"/proc/{pid}/wchan")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not wchan.exists():
            time.sleep(2.0)  # no /proc: give the interpreter time to start
            return
        if "pipe" in wchan.read_text(encoding="utf-8", errors="replace"):
            time.sleep(0.1)
            return
        time.sleep(0.02)


def test_ctrl_c_on_a_real_process_exits_130() -> None:
    proc = subprocess.Popen([*NEWSGRAB, "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env())
    _wait_until_reading_stdin(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == ExitCode.INTERRUPTED
    assert stderr == b"newsgrab: interrupted\n"


def test_closed_stdin_and_no_input_is_a_usage_error_not_a_crash(story: Path) -> None:
    proc = subprocess.run(["bash", "-c", '"$0" -m newsgrab <&-; echo "rc=$?"; "$0" -m newsgrab "$1" <&- | wc -l',
                           sys.executable, str(story)], capture_output=True, timeout=60, env=env())
    assert proc.stdout.decode().split() == ["rc=2", "1"]
    assert b"stdin is a terminal (or closed)" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_a_text_run_imports_neither_rich_nor_lxml(story: Path) -> None:
    code = (
        "import sys\nfrom newsgrab.cli import main\n"
        "try:\n    main([sys.argv[1]])\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
        "heavy = sorted(m for m in ('rich', 'lxml', 'bs4') if m in sys.modules)\n"
        "sys.stderr.write(','.join(heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(story)], capture_output=True, timeout=60, env=env())
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""



def _iter_exit_codes() -> Iterator[ExitCode]:
    yield from ExitCode


def test_every_exit_code_has_a_test() -> None:
    """Each ExitCode value is asserted by name in the CLI tests (a new code needs its test)."""
    source = "".join(path.read_text(encoding="utf-8") for path in sorted(Path(__file__).parent.glob("test_cli*.py")))
    for code in _iter_exit_codes():
        assert source.count(f"ExitCode.{code.name}") >= 2, code
