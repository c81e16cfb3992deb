"""Records of WARC and JSON Lines files in the worker pool: each record is an input like a file, with
its own deadline, memory cap and worker, and an error record that names it; the pool reads records
only a bounded number ahead; workers started without fork give the same bytes; the Dask path turns a
batch the cluster lost into records; a JSON Lines output file that cannot be written is exit 4.

Monkeypatched faults reach the workers through fork (the Linux default), as in test_cli_faults.py.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import newsgrab.api
from newsgrab.cli.exitcodes import ExitCode
from newsgrab.cli.runner import Conversion, Limits, Outcome, Task
from newsgrab.records import Record
from tests.cli_kit import IN_PROCESS, NEWSGRAB, STORY, env, records, run
from tests.test_cli_records import PAGES, make_jsonl, make_warc
from tests.test_records import _member, _response

TEXT = ("Content-Type", "text/plain; charset=utf-8")


@pytest.fixture(autouse=True)
def _fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSGRAB_START_METHOD", raising=False)


def _misbehave_on(wanted: Callable[[Record], bool], action: Callable[[], object]) -> Callable[..., Any]:
    """An extract_record that runs `action` first for the records `wanted` picks."""
    real = newsgrab.api.extract_record

    def extract_record(record: Record, **kwargs: Any) -> Any:
        if wanted(record):
            action()
        return real(record, **kwargs)

    return extract_record


#: seconds of the deadline in these tests: far above what one of their small text records takes,
#: even on a loaded machine, and short enough for a test
DEADLINE = "3"
FAULTS = {
    "timeout": (lambda: time.sleep(600), f"converting this input took longer than {DEADLINE} s (--timeout)"),
    "crashed": (lambda: os.kill(os.getpid(), signal.SIGKILL),
                "the worker process converting this input died (killed by signal SIGKILL)"),
    "memory": (lambda: bytearray(2 * 1024**3),
               "ran out of memory converting this input (the limit is 314,572,800 bytes: --max-memory)"),
}


def _text_dump(path: Path, count: int = 8) -> Path:
    """A JSON Lines dump of short text articles (each converts in milliseconds)."""
    lines = [json.dumps({"id": f"s-{n}", "text": STORY.replace("Harbour", f"Harbour {n}"), "batch": n % 2})
             for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("code", list(FAULTS))
def test_a_jsonl_record_that_hangs_eats_memory_or_kills_its_worker_gets_its_own_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: str, jobs: str) -> None:
    dump = _text_dump(tmp_path / "dump.jsonl")
    action, message = FAULTS[code]
    monkeypatch.setattr(newsgrab.api, "extract_record", _misbehave_on(lambda r: r.line == 4, action))
    started = time.monotonic()
    result = run("--timeout", DEADLINE, "--max-memory", "300M", "--jobs", jobs, str(dump))
    assert time.monotonic() - started < 60
    assert result.exit_code == ExitCode.SOME_FAILED
    rows = records(result)
    assert [row.get("error", {}).get("code") for row in rows] == [None] * 3 + [code] + [None] * 4
    assert rows[3] == {"input": {"path": str(dump), "line": 4, "id": "s-3"},
                       "error": {"code": code, "message": message}, "record": {"batch": 1}}
    assert [row["input"]["line"] for row in rows] == list(range(1, 9))
    assert [row["title"] for n, row in enumerate(rows) if n != 3] == [
        f"Harbour {n} Reopens After Storm" for n in range(8) if n != 3]
    assert f"newsgrab: error: {dump} (line 4): {message}" in result.stderr.splitlines()


def test_a_warc_record_past_the_deadline_names_its_offset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"".join(_member(_response(f"https://example.org/{n}", STORY.encode(), [TEXT]))
                              for n in range(6)))
    clean = records(run("-q", str(warc)))
    stuck = clean[2]["input"]
    monkeypatch.setattr(newsgrab.api, "extract_record",
                        _misbehave_on(lambda r: r.offset == stuck["offset"], lambda: time.sleep(600)))
    result = run("--timeout", DEADLINE, "-j", "2", str(warc))
    rows = records(result)
    assert rows[2] == {"input": {"path": str(warc), "offset": stuck["offset"], "id": stuck["id"]},
                       "error": {"code": "timeout", "message": FAULTS["timeout"][1]}}
    assert rows[:2] + rows[3:] == clean[:2] + clean[3:]
    assert f"{warc} (record at byte {stuck['offset']:,}): converting" in result.stderr


def _counting(items: Iterator[Any], taken: list[int]) -> Iterator[Any]:
    for item in items:
        taken[0] += 1
        yield item


@pytest.mark.parametrize(("workers", "limits"), [(1, Limits()), (1, Limits(timeout=30.0)), (2, Limits(timeout=30.0))])
def test_the_pool_reads_only_a_bounded_window_ahead(workers: int, limits: Limits) -> None:
    from newsgrab.cli.pool import WINDOW_PER_WORKER, outcomes

    tasks = (Task("dump.jsonl", record=Record("dump.jsonl", STORY, line=n, id=n)) for n in range(1, 301))
    taken = [0]
    ahead: list[int] = []
    for written, outcome in enumerate(outcomes(_counting(tasks, taken), Conversion(), workers=workers,
                                               limits=limits), start=1):
        assert outcome.text is not None and outcome.where == {"line": written, "id": written}
        ahead.append(taken[0] - written)
    assert len(ahead) == 300
    assert max(ahead) <= WINDOW_PER_WORKER * workers


def test_the_command_streams_records_it_reads_while_it_writes(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A dump of 400 records: at no point has the command read more than a window ahead of what it wrote."""
    from newsgrab.cli import plan, ui
    from newsgrab.cli.pool import WINDOW_PER_WORKER

    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps({"id": n, "text": STORY}) + "\n" for n in range(400)), encoding="utf-8")
    read = [0]
    written = [0]
    gaps: list[int] = []
    real_read, real_advance = plan.read_records, ui.Tracker.advance

    def read_records(*args: Any, **kwargs: Any) -> Iterator[Record]:
        for record in real_read(*args, **kwargs):
            read[0] += 1
            gaps.append(read[0] - written[0])
            yield record

    def advance(self: ui.Tracker, origin: str = "") -> None:
        written[0] += 1
        real_advance(self, origin)

    monkeypatch.setattr(plan, "read_records", read_records)
    monkeypatch.setattr(ui.Tracker, "advance", advance)
    result = run("-q", "-j", "2", str(dump))
    assert result.exit_code == ExitCode.OK and written[0] == read[0] == 400
    assert max(gaps) <= WINDOW_PER_WORKER * 2 + 1


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_workers_started_without_fork_give_the_same_bytes_on_records(tmp_path: Path, method: str) -> None:
    args = [str(make_warc(tmp_path / "crawl.warc.gz")), str(make_jsonl(tmp_path / "dump.jsonl")), str(PAGES[0])]
    serial = subprocess.run([*NEWSGRAB, *IN_PROCESS, *args], capture_output=True, env=env(), timeout=120)
    parallel = subprocess.run([*NEWSGRAB, "--jobs", "2", *args], capture_output=True, timeout=120,
                              env=env(NEWSGRAB_START_METHOD=method))
    assert parallel.returncode == serial.returncode == ExitCode.SOME_FAILED, parallel.stderr
    assert parallel.stdout == serial.stdout and parallel.stderr == serial.stderr
    assert serial.stdout.count(b"\n") == 2 * len(PAGES) + 2


def test_fail_fast_stops_inside_a_container(tmp_path: Path) -> None:
    dump = make_jsonl(tmp_path / "dump.jsonl", broken_at=2)
    result = run("--fail-fast", "-j", "2", str(dump))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert [row["input"]["line"] for row in records(result)] == [1, 2, 3]
    assert "3 records: 2 converted, 1 failed, stopped early (--fail-fast)" in result.stderr
    last = make_jsonl(tmp_path / "last.jsonl", broken_at=len(PAGES))
    ended = run("--fail-fast", str(last))
    assert len(records(ended)) == len(PAGES) + 1 and "stopped early" not in ended.stderr


@pytest.mark.parametrize("how", ["name", "flag"])
def test_a_named_pipe_holding_a_dump_is_read_record_by_record(tmp_path: Path, how: str) -> None:
    dump = _text_dump(tmp_path / "dump.jsonl", count=len(PAGES))
    fifo = tmp_path / ("feed.jsonl" if how == "name" else "feed")
    os.mkfifo(fifo)
    # another process writes, as a shell would: a writer in this process would be inherited by the
    # forked workers, and the pipe would never end
    writer = subprocess.Popen(["sh", "-c", 'cat "$0" > "$1"', str(dump), str(fifo)])
    result = run("-q", *(["--records", "jsonl"] if how == "flag" else []), str(fifo))
    assert writer.wait(timeout=30) == 0
    assert result.exit_code == ExitCode.OK
    assert [row["input"]["line"] for row in records(result)] == list(range(1, len(PAGES) + 1))


def test_a_pipe_is_never_looked_into_before_its_turn(tmp_path: Path) -> None:
    """A pipe named on its own is a page unless its name or --records says otherwise: its first bytes
    are not read to guess (they would be lost to the page, and a pipe may never deliver)."""
    page = PAGES[0].read_bytes()
    proc = subprocess.run(["bash", "-c", '"$0" -m newsgrab -q <(cat "$1") "$1"', NEWSGRAB[0], str(PAGES[0])],
                          capture_output=True, timeout=120, env=env())
    assert proc.returncode == ExitCode.OK, proc.stderr
    piped, direct = (json.loads(line) for line in proc.stdout.splitlines())
    assert piped["input"]["bytes"] == direct["input"]["bytes"] == len(page)
    assert piped["body"] == direct["body"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_under_the_jsonl_output_file_is_one_line_and_exit_4(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.symlink_to("/dev/full")
    result = run(str(PAGES[0]), str(PAGES[1]), "-o", str(out))
    assert result.exit_code == ExitCode.OUTPUT_FAILED
    assert result.stderr.splitlines() == [f"newsgrab: error: cannot write to {out}: No space left on device"]


def test_a_batch_the_cluster_lost_gives_a_crashed_record_per_input() -> None:
    from newsgrab.cli.cluster import BATCH_TASKS, in_order

    class Lost:
        def result(self) -> list[Outcome]:
            raise RuntimeError("worker tcp://127.0.0.1:4242 lost")

    class Done:
        def __init__(self, batch: list[Task | Outcome]) -> None:
            self.batch = batch

        def result(self) -> list[Outcome]:
            return [e if isinstance(e, Outcome) else Outcome(e.origin, text="{}\n") for e in self.batch]

    entries: list[Task | Outcome] = [Task("d.jsonl", record=Record("d.jsonl", "x", line=n, carry={"n": n}))
                                     for n in range(1, 10)]
    entries[5] = Outcome("d.jsonl", code="bad-record", message="not JSON", where={"line": 6})
    got = list(in_order(iter(entries), lambda batch: Lost() if batch[0] is entries[BATCH_TASKS] else Done(batch),
                        window=2))
    assert [o.code for o in got] == [None] * BATCH_TASKS + ["crashed", "bad-record", "crashed", "crashed"] + [None]
    assert got[BATCH_TASKS].where == {"line": BATCH_TASKS + 1} and got[BATCH_TASKS].carried == {"n": BATCH_TASKS + 1}
    assert got[BATCH_TASKS].message == ("the Dask worker converting this input failed "
                                        "(RuntimeError: worker tcp://127.0.0.1:4242 lost)")


def test_large_records_wait_in_a_stuck_workers_pipe_without_stopping_the_main_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Records far larger than a pipe's buffer are sent ahead to a busy worker (channel.TaskSender):
    while the worker is stuck on the first, the main process still keeps its deadline, and the
    records that waited in the stuck worker's pipe go to the next worker."""
    padding = " ".join(["The harbour master said the quay would stay shut while divers checked the wall."] * 5000)
    lines = [json.dumps({"id": f"big-{n}", "text": STORY.replace("Harbour", f"Harbour {n}") + "\n\n" + padding})
             for n in range(5)]
    dump = tmp_path / "big.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert min(len(line) for line in lines) > 400_000
    monkeypatch.setattr(newsgrab.api, "extract_record", _misbehave_on(lambda r: r.line == 1, lambda: time.sleep(600)))
    started = time.monotonic()
    result = run("--timeout", DEADLINE, "--jobs", "1", str(dump))
    assert time.monotonic() - started < 60
    rows = records(result)
    assert [row.get("error", {}).get("code") for row in rows] == ["timeout", None, None, None, None]
    assert [row["input"]["id"] for row in rows] == [f"big-{n}" for n in range(5)]


@pytest.mark.parametrize("limits", [[], ["--timeout", "0", "--max-memory", "0"]])
def test_a_json_line_nested_too_deeply_is_a_bad_record_and_the_next_line_goes_on(
        tmp_path: Path, limits: list[str]) -> None:
    """json.loads recurses per level: 200,000 nested arrays raised RecursionError in the worker, and
    again in the main process when it reported the crashed record (a traceback, no summary)."""
    dump = tmp_path / "deep.jsonl"
    dump.write_text("[" * 200_000 + "]" * 200_000 + "\n" + json.dumps({"id": "ok", "text": STORY}) + "\n",
                    encoding="utf-8")
    result = run(*limits, str(dump))
    assert "Traceback" not in result.stderr
    rows = records(result)
    assert rows[0] == {"input": {"path": str(dump), "line": 1},
                       "error": {"code": "bad-record", "message": "line 1 nests JSON too deeply to read"}}
    assert rows[1]["input"]["id"] == "ok" and rows[1]["title"]
