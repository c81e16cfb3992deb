"""Worker processes, limits and faults: --jobs, deadlines, memory caps, workers that die, Ctrl-C,
closed and full output streams, the progress bar, and what only a real process shows."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

import newsgrab.api
from newsgrab.cli.exitcodes import ExitCode
from tests.cli_kit import (
    CROSSPOST,
    IN_PROCESS,
    NEWSGRAB,
    PNG,
    STORY,
    USER_LINE,
    USER_RULES,
    batch,
    env,
    many,
    records,
    run,
    story,
    tty,
)
from tests.conftest import REPO, SAMPLES

__all__ = ["batch", "many", "story", "tty"]  # fixtures, imported for pytest


def test_progress_bar_on_a_terminal_never_touches_stdout(batch: Path, tty: None,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgrab.cli import ui

    bars: list[bool] = []
    real = ui.tracking

    def spy(total: int, *, show_bar: bool, **kwargs: Any) -> Any:
        bars.append(show_bar)
        return real(total, show_bar=show_bar, **kwargs)

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


def test_workers_start_only_when_needed(story: Path, batch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgrab.cli import pool

    started: list[int] = []
    real = pool.WorkerPool._start_worker

    def count(self: pool.WorkerPool) -> Any:
        started.append(1)
        return real(self)

    monkeypatch.setattr(pool.WorkerPool, "_start_worker", count)
    assert run("--jobs", "4", str(story)).exit_code == ExitCode.OK
    assert len(started) == 1  # one input: one worker, whatever --jobs says
    assert run(*IN_PROCESS, "-r", str(batch)).exit_code == ExitCode.OK
    assert len(started) == 1  # no deadline, no memory cap, one job: converted in this process


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


def test_a_bug_the_library_wraps_reads_as_before(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`extract` gives a stage's bug as InternalError caused by it; the command reports the cause as it
    did when the bug came through bare (one line, the hint), and under a memory cap a MemoryError
    inside a stage is still a `memory` record that names the cap."""
    monkeypatch.setattr(newsgrab.api, "remove_boilerplate", _boom)
    result = run("-", input=story.read_text(encoding="utf-8"))
    assert result.stderr.splitlines() == [
        "newsgrab: error: -: internal error: RuntimeError: the parser fell over "
        "(rerun with --traceback for details)"
    ]
    assert records(result)[0]["error"]["code"] == "internal"

    def exhausted(*_: Any, **__: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr(newsgrab.api, "remove_boilerplate", exhausted)
    capped = run("--max-memory", "300M", str(story))
    assert records(capped)[0]["error"] == {
        "code": "memory",
        "message": "ran out of memory converting this input (the limit is 314,572,800 bytes: --max-memory)"}


def test_traceback_shows_the_python_traceback(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsgrab.api, "extract_file", _boom)
    result = run("--traceback", str(story))
    assert result.exit_code == ExitCode.ALL_FAILED
    assert "Traceback (most recent call last)" in result.stderr
    assert "RuntimeError: the parser fell over" in result.stderr
    assert records(result)[0]["error"]["code"] == "internal"
    typed = run("--traceback", str(story.parent / "missing.txt"))
    assert "Traceback (most recent call last)" not in typed.stderr  # nothing raised: the path matched nothing



# --- limits, and workers that die ------------------------------------------------------------


def _misbehave_on(name: str, action: Callable[[], object]) -> Callable[..., Any]:
    """An extract_file that runs `action` first for the input called `name`. Worker processes are
    forked from the test process, so they inherit it."""
    real = newsgrab.api.extract_file

    def extract_file(path: Path, **kwargs: Any) -> Any:
        if Path(path).name == name:
            action()
        return real(path, **kwargs)

    return extract_file


def _codes(result: Result) -> list[str | None]:
    return [row.get("error", {}).get("code") for row in records(result)]


@pytest.fixture(autouse=True)
def _fork(monkeypatch: pytest.MonkeyPatch) -> None:
    """The monkeypatched tests below reach the workers through fork (the Linux default)."""
    monkeypatch.delenv("NEWSGRAB_START_METHOD", raising=False)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_worker_that_dies_fails_its_input_and_the_batch_goes_on(many: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  jobs: str) -> None:
    monkeypatch.setattr(newsgrab.api, "extract_file",
                        _misbehave_on("story-07.txt", lambda: os.kill(os.getpid(), signal.SIGKILL)))
    result = run("--jobs", jobs, str(many))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert _codes(result) == [None] * 7 + ["crashed"] + [None] * 32
    assert records(result)[7]["error"]["message"] == (
        "the worker process converting this input died (killed by signal SIGKILL)")
    assert result.stderr.splitlines() == [
        f"newsgrab: error: {many / 'story-07.txt'}: the worker process converting this input died "
        "(killed by signal SIGKILL)",
        "newsgrab: 40 inputs: 39 converted, 1 failed",
    ]


def test_the_portable_wait_gives_the_same_records(many: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no selector takes the workers' pipes (Windows), multiprocessing's wait() does the job."""
    from newsgrab.cli import pool

    serial = run(*IN_PROCESS, str(many), str(CROSSPOST))
    monkeypatch.setattr(pool, "PIPES_SELECTABLE", False)
    monkeypatch.setattr(newsgrab.api, "extract_file",
                        _misbehave_on("story-03.txt", lambda: os.kill(os.getpid(), signal.SIGKILL)))
    parallel = run("--jobs", "2", str(many), str(CROSSPOST))
    assert _codes(parallel) == [None] * 3 + ["crashed"] + [None] * 37
    kept = [line for n, line in enumerate(parallel.stdout.splitlines()) if n != 3]
    assert kept == [line for n, line in enumerate(serial.stdout.splitlines()) if n != 3]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_input_past_the_deadline_gets_a_timeout_record(batch: Path, monkeypatch: pytest.MonkeyPatch,
                                                          jobs: str) -> None:
    monkeypatch.setattr(newsgrab.api, "extract_file", _misbehave_on("b.txt", lambda: time.sleep(600)))
    started = time.monotonic()
    result = run("--timeout", "1", "--jobs", jobs, "-r", str(batch))
    assert time.monotonic() - started < 30
    assert result.exit_code == ExitCode.SOME_FAILED
    assert _codes(result) == [None, "timeout", None]
    assert records(result)[1]["error"]["message"] == "converting this input took longer than 1 s (--timeout)"


def test_an_input_past_the_memory_cap_gets_a_memory_record(batch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsgrab.api, "extract_file", _misbehave_on("b.txt", lambda: bytearray(2 * 1024**3)))
    result = run("--max-memory", "300M", "-r", str(batch))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert _codes(result) == [None, "memory", None]
    assert records(result)[1]["error"]["message"] == (
        "ran out of memory converting this input (the limit is 314,572,800 bytes: --max-memory)")


def test_lxml_out_of_memory_under_the_cap_is_a_memory_record(tmp_path: Path) -> None:
    """lxml reports a failed allocation as its own error (not MemoryError); under a cap it is `memory`."""
    rows = "".join(f'<div class="c{n % 50}"><p>Paragraph {n} of a page far too long to parse.</p></div>'
                   for n in range(300_000))
    page = tmp_path / "huge.html"
    page.write_text(f"<html><head><title>Huge</title></head><body><article>{rows}</article></body></html>",
                    encoding="utf-8")
    proc = subprocess.run([*NEWSGRAB, "--max-memory", "256M", "--timeout", "120", str(page), str(CROSSPOST)],
                          capture_output=True, env=env(), timeout=180)
    lines = proc.stdout.decode().splitlines()
    assert [json.loads(line).get("error", {}).get("code") for line in lines] == ["memory", None]
    assert proc.returncode == ExitCode.SOME_FAILED
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize(("failure", "reason"), [
    ("raise", "RuntimeError: no rules today"),
    ("hang", "a worker was not ready after 1 s"),
])
def test_workers_that_cannot_start_fail_every_input_once(batch: Path, monkeypatch: pytest.MonkeyPatch,
                                                         failure: str, reason: str) -> None:
    from newsgrab.cli import worker

    parent = os.getpid()

    def broken_in_workers(conversion: Any) -> None:
        if os.getpid() != parent:
            if failure == "hang":
                time.sleep(600)
            raise RuntimeError("no rules today")

    monkeypatch.setattr(worker, "warm_up", broken_in_workers)
    result = run("--jobs", "2", "--timeout", "1", "-r", str(batch))
    assert result.exit_code == ExitCode.ALL_FAILED
    assert _codes(result) == ["crashed"] * 3
    assert records(result)[0]["error"]["message"] == f"no worker process could start ({reason})"


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
    result = run(*IN_PROCESS, "-r", "-o", str(out), str(batch))
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


def _as_foreground_job() -> None:
    """Run in the child before exec: Ctrl-C back at its default, as a shell starts a foreground job.
    A test run started in the background of a script without job control (`pytest ... &`) inherits
    SIGINT ignored, and Python then leaves it ignored: the newsgrab under test would never see the
    Ctrl-C these tests send, as a backgrounded newsgrab rightly does not."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_on_a_real_process_exits_130() -> None:
    proc = subprocess.Popen([*NEWSGRAB, "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env(), preexec_fn=_as_foreground_job)
    _wait_until_reading_stdin(proc.pid)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == ExitCode.INTERRUPTED
    assert stderr == b"newsgrab: interrupted\n"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_ctrl_c_while_a_worker_converts_exits_130_and_leaves_no_worker(tmp_path: Path, story: Path) -> None:
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    holder = os.open(fifo, os.O_RDWR)  # a writer that never writes: the worker waits on it
    try:
        proc = subprocess.Popen([*NEWSGRAB, str(story), str(fifo), str(story.parent)], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env(), start_new_session=True,
                                preexec_fn=_as_foreground_job)
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()  # the first input is done: the worker now waits on the pipe
        workers = _children(proc.pid)
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C does: the whole process group
        rest = proc.stdout.read()
        stderr = proc.stderr.read()
        assert proc.wait(timeout=30) == ExitCode.INTERRUPTED
    finally:
        os.close(holder)
    assert json.loads(first)["title"] == "Harbour Reopens After Storm" and rest == b""
    assert stderr == b"newsgrab: interrupted\n"
    assert workers and not any(_alive(pid) for pid in workers)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize(("sent", "code", "said"), [
    (signal.SIGTERM, ExitCode.TERMINATED, b"newsgrab: terminated\n"),
    (signal.SIGKILL, -signal.SIGKILL, b""),  # nothing can be said, but no worker is left behind either
])
def test_a_stopped_batch_leaves_no_worker(tmp_path: Path, story: Path, sent: int, code: int, said: bytes) -> None:
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    holder = os.open(fifo, os.O_RDWR)
    try:
        proc = subprocess.Popen([*NEWSGRAB, str(story), str(fifo)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env())
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        workers = _children(proc.pid)
        proc.send_signal(sent)  # the main process only, as `kill` and `timeout` do
        stderr = proc.stderr.read()
        assert proc.wait(timeout=30) == code
    finally:
        os.close(holder)
    assert stderr == said
    if sent == signal.SIGTERM:
        assert code == ExitCode.TERMINATED == 128 + signal.SIGTERM
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers and not any(_alive(pid) for pid in workers)


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


# --- real processes: workers -----------------------------------------------------------------


def _alive(pid: int) -> bool:
    """The process runs (a zombie waiting for its parent to reap it does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text(encoding="utf-8").rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_kill_9_of_a_worker_mid_batch_loses_at_most_its_input(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    page = (SAMPLES / "html-wordpress-share-bar.html").read_bytes()
    for number in range(300):
        (folder / f"page-{number:03}.html").write_bytes(page)
    proc = subprocess.Popen([*NEWSGRAB, "--jobs", "2", str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env())
    assert proc.stdout is not None
    first = proc.stdout.readline()
    workers = _children(proc.pid)
    assert workers, "no worker process found"
    os.kill(workers[0], signal.SIGKILL)
    assert proc.stderr is not None
    rest = proc.stdout.read()  # not communicate(): it would skip what readline() buffered
    stderr = proc.stderr.read()
    proc.wait(timeout=120)
    lines = [first, *rest.splitlines()]
    assert len(lines) == 300
    codes = [json.loads(line).get("error", {}).get("code") for line in lines]
    assert set(codes) <= {None, "crashed"} and codes.count("crashed") <= 1
    assert proc.returncode == (ExitCode.SOME_FAILED if "crashed" in codes else ExitCode.OK)
    assert stderr.decode().splitlines()[-1].startswith("newsgrab: 300 inputs: ")
    assert b"Traceback" not in stderr


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_workers_started_without_fork_give_the_same_bytes(tmp_path: Path, method: str) -> None:
    """Workers get the run's settings when they start and load the rules (a --rules file too) once."""
    rules = tmp_path / "mine.toml"
    rules.write_text(USER_RULES, encoding="utf-8")
    tide = tmp_path / "tide.txt"
    tide.write_text(STORY.replace("*\n", USER_LINE + "\n\n*\n"), encoding="utf-8")
    args = ["--rules", str(rules), str(SAMPLES), str(tide)]
    serial = subprocess.run([*NEWSGRAB, *IN_PROCESS, *args], capture_output=True, env=env(), timeout=120)
    parallel = subprocess.run([*NEWSGRAB, "--jobs", "2", *args], capture_output=True, timeout=120,
                              env=env(NEWSGRAB_START_METHOD=method))
    assert parallel.returncode == serial.returncode == ExitCode.OK, parallel.stderr
    assert parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr
    assert "related.coastal-tide-tables" in parallel.stdout.decode().splitlines()[-1]


def test_a_named_pipe_reaches_a_spawned_worker(story: Path) -> None:
    """`<(cmd)` is /dev/fd/N of the main process: a spawned worker gets the open descriptor itself."""
    script = '"$0" -m newsgrab --jobs 2 <(cat "$1") "$1" <(cat "$1")'
    proc = subprocess.run(["bash", "-c", script, sys.executable, str(story)], capture_output=True, timeout=120,
                          env=env(NEWSGRAB_START_METHOD="spawn"))
    assert proc.returncode == ExitCode.OK, proc.stderr
    titles = [json.loads(line)["title"] for line in proc.stdout.splitlines()]
    assert titles == ["Harbour Reopens After Storm"] * 3


# --- real processes: output faults -------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_one_line_and_exit_4(story: Path) -> None:
    proc = subprocess.run(["bash", "-c", '"$0" -m newsgrab "$1" "$1" > /dev/full', sys.executable, str(story)],
                          capture_output=True, timeout=60, env=env())
    assert proc.returncode == ExitCode.OUTPUT_FAILED
    assert proc.stderr == b"newsgrab: error: cannot write to stdout: No space left on device\n"


def test_a_closed_stdout_is_one_line_and_exit_4(story: Path, tmp_path: Path) -> None:
    proc = subprocess.run(["bash", "-c", '"$0" -m newsgrab "$1" >&-', sys.executable, str(story)],
                          capture_output=True, timeout=60, env=env())
    assert proc.returncode == ExitCode.OUTPUT_FAILED
    assert proc.stderr == b"newsgrab: error: cannot write to stdout: it was closed when newsgrab started\n"
    # with -o DIR the data goes to files: a closed stdout is no obstacle
    out = tmp_path / "out"
    proc = subprocess.run(["bash", "-c", '"$0" -m newsgrab -o "$2" "$1" >&-', sys.executable, str(story), str(out)],
                          capture_output=True, timeout=60, env=env())
    assert proc.returncode == ExitCode.OK, proc.stderr
    assert json.loads((out / "story.json").read_text(encoding="utf-8"))["title"] == "Harbour Reopens After Storm"


def test_a_closed_stderr_does_not_stop_the_batch(story: Path, tmp_path: Path) -> None:
    proc = subprocess.run(["bash", "-c", '"$0" -m newsgrab "$1" "$2" 2>&-', sys.executable, str(tmp_path / "no.txt"),
                           str(story)], capture_output=True, timeout=60, env=env())
    assert proc.returncode == ExitCode.SOME_FAILED
    assert [json.loads(line).get("error", {}).get("code") for line in proc.stdout.splitlines()] == ["not-found", None]


# --- real processes: the progress bar on a terminal ----------------------------------------------

#: the character rich draws the progress bar with
BAR = "━"


def _on_a_terminal(command: str, *args: str) -> str:
    """Run `bash -c command` with its stdin, stdout and stderr on a pseudo-terminal; what the terminal got."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: exec at once, nothing else
        os.execve("/bin/bash", ["bash", "-c", command, sys.executable, *args], env(TERM="xterm", COLUMNS="100"))
    received = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the terminal closed
            break
        if not chunk:
            break
        received += chunk
    os.waitpid(pid, 0)
    os.close(fd)
    return received.decode("utf-8", errors="replace")


def _screen(transcript: str) -> list[str]:
    """The lines a terminal shows at the end: replays text, \\r, \\n, erase-line and cursor-up."""
    import re

    lines, row, col = [""], 0, 0
    for token in re.findall(r"\x1b\[[0-9;?]*[A-Za-z]|\r|\n|[^\x1b\r\n]+", transcript):
        if token == "\r":
            col = 0
        elif token == "\n":
            row += 1
            lines += [""] * (row + 1 - len(lines))
        elif token.endswith("K") and token.startswith("\x1b["):
            lines[row] = ""
        elif token.endswith("A") and token.startswith("\x1b["):
            row = max(0, row - int(token[2:-1] or 1))
        elif not token.startswith("\x1b["):
            line = lines[row].ljust(col)
            lines[row] = line[:col] + token + line[col + len(token):]
            col += len(token)
    return [line for line in lines if line]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_leaves_a_clean_terminal(many: Path, tmp_path: Path) -> None:
    (many / "image.html").write_bytes(PNG)
    # stdout to a file: the bar is drawn, then erased; the summary is all that stays
    shown = _on_a_terminal('"$0" -m newsgrab "$1" > "$2"', str(many), str(tmp_path / "out.jsonl"))
    assert BAR in shown
    assert _screen(shown) == [f"newsgrab: error: {many / 'image.html'}: this is a PNG image, not HTML or text",
                              "newsgrab: 41 inputs: 40 converted, 1 failed"]
    # stdout to the same terminal (-o DIR: only error records): the bar makes way for each record
    shown = _on_a_terminal('"$0" -m newsgrab -o "$2" "$1"', str(many), str(tmp_path / "out"))
    assert BAR in shown
    screen = _screen(shown)
    assert BAR not in "".join(screen)
    assert screen[-1] == "newsgrab: 41 inputs: 40 converted, 1 failed"
    assert any(line.startswith('{"input": {"path": ') for line in screen)
    # stdout to a pipe whose reader writes to the terminal (`| head -1`): no bar at all
    shown = _on_a_terminal('"$0" -m newsgrab "$1" | head -n1', str(many))
    assert BAR not in shown
    (record,) = [line for line in _screen(shown) if line.startswith("{")]
    assert json.loads(record)["error"]["code"] == "binary"


# --- a hostile batch, end to end ---------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero and named pipes")
def test_a_hostile_batch_gives_one_record_per_input_and_ends(tmp_path: Path) -> None:
    """Every input ends, with exactly one record of valid JSON, no traceback, and exit code 1."""
    import gzip

    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / os.fsdecode(b"bad\xffname.html")).write_text(STORY, encoding="utf-8")
    (folder / "loop.html").symlink_to("loop.html")
    (folder / "dangling.html").symlink_to("nowhere.html")
    os.mkfifo(folder / "fifo.html")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.html").write_bytes(PNG)
    (folder / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b" " * (80 * 1024 * 1024)))
    (folder / "half.html.gz").write_bytes(gzip.compress(STORY.encode() * 50)[:400])
    (folder / "controls.html").write_bytes(b"<html><body><article><p>\x1f\x0b\x08\x01\x1b</p><nav>x</nav></article>")
    (folder / "deep.html").write_text("<div>" * 20_000 + "deep" + "</div>" * 20_000, encoding="utf-8")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    stuck = tmp_path / "stuck.html"
    os.mkfifo(stuck)
    holder = os.open(stuck, os.O_RDWR)  # a writer that never writes
    try:
        started = time.monotonic()
        proc = subprocess.run(["bash", "-c", '"$0" -m newsgrab --timeout 5 "$1" "$2" /dev/zero <(yes)',
                               sys.executable, str(folder), str(stuck)], capture_output=True, timeout=300, env=env())
        elapsed = time.monotonic() - started
    finally:
        os.close(holder)
    lines = proc.stdout.decode("utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 11 + 3  # the folder's entries, then the three named inputs
    names = [row["input"]["path"].rsplit("/", 1)[-1] for row in rows]
    assert names[-4:-1] == ["story.txt", "stuck.html", "zero"]
    assert [row["error"]["code"] for row in rows[-3:]] == ["timeout", "too-large", "too-large"]
    assert proc.returncode == ExitCode.SOME_FAILED
    assert b"Traceback" not in proc.stderr
    assert elapsed < 35 * len(rows)
