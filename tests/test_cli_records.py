"""The command on WARC and JSON Lines inputs: records out in order, every core, resumable after `kill -9`, Dask.

Archives are made here from our samples (warcio writes the WARCs). Real processes are used where
only a real process shows the behaviour: a run killed with SIGKILL at some moment, then resumed,
must give the bytes of one clean run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner, Result

from newsgrab.cli import command as cli
from newsgrab.cli.output import TEMP_PREFIX
from newsgrab.schema import load_schema
from tests.conftest import SAMPLES
from tests.test_records import HTML, _member, _response

NEWSGRAB = [sys.executable, "-m", "newsgrab"]
VALIDATOR = jsonschema.Draft202012Validator(load_schema())
PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix == ".html")


def invoke(args: list[str], stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli.main, args, input=stdin)


def records_of(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def make_jsonl(path: Path, copies: int = 1, broken_at: int | None = 2) -> Path:
    lines: list[str] = []
    for copy in range(copies):
        for n, page in enumerate(PAGES):
            lines.append(json.dumps({"id": f"{copy}-{n}", "url": f"https://example.org/{copy}/{page.stem}",
                                     "html": page.read_bytes().decode("utf-8", "replace"), "batch": copy},
                                    ensure_ascii=False))
    if broken_at is not None:
        lines.insert(broken_at, '{"id": "cut", "html": "<p>no end')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def make_warc(path: Path) -> Path:
    members = [_member(_response(f"https://example.org/{page.stem}", page.read_bytes(), HTML)) for page in PAGES]
    broken = members[1][: len(members[1]) // 2]
    path.write_bytes(members[0] + broken + b"".join(members[2:]))
    return path


def test_warc_and_jsonl_give_one_record_each_with_where_it_came_from(tmp_path: Path) -> None:
    warc, dump = make_warc(tmp_path / "crawl.warc.gz"), make_jsonl(tmp_path / "dump.jsonl")
    result = invoke([str(warc), str(dump), str(PAGES[0])])
    assert result.exit_code == 1, result.stderr
    records = records_of(result.stdout)
    n = len(PAGES)
    assert len(records) == n + (n + 1) + 1
    assert all(VALIDATOR.is_valid(r) for r in records)
    from_warc, from_dump, page = records[:n], records[n : 2 * n + 1], records[-1]
    assert [r["input"]["path"] for r in from_warc] == [str(warc)] * n
    assert "error" in from_warc[1] and from_warc[1]["error"]["code"] == "bad-record"
    assert all(isinstance(r["input"]["offset"], int) for r in from_warc)
    assert all(r["input"]["id"].startswith("<urn:uuid:") for r in from_warc if "error" not in r)
    assert [r["input"]["line"] for r in from_dump] == list(range(1, n + 2))
    assert from_dump[2]["error"]["code"] == "bad-record" and from_dump[2]["input"] == {"path": str(dump), "line": 3}
    assert from_dump[0]["record"] == {"batch": 0} and from_dump[0]["input"]["id"] == "0-0"
    assert "record" not in page and "line" not in page["input"]
    assert f"{2 * n + 2:,} records: {2 * n:,} converted, 2 failed" in result.stderr
    assert f"{warc} (record at byte" in result.stderr and f"{dump} (line 3)" in result.stderr


def test_jsonl_on_stdin_field_and_carry(tmp_path: Path) -> None:
    dump = make_jsonl(tmp_path / "dump.jsonl", broken_at=None).read_bytes()
    auto = invoke(["-q"], stdin=dump)
    forced = invoke(["--records", "jsonl", "-q", "-"], stdin=dump)
    assert auto.exit_code == forced.exit_code == 0 and auto.stdout == forced.stdout
    assert [r["input"]["path"] for r in records_of(auto.stdout)] == ["-"] * len(PAGES)
    none = records_of(invoke(["--carry", "none", "-q"], stdin=dump).stdout)
    assert all("record" not in r for r in none)
    picked = records_of(invoke(["--carry", "batch,absent", "-q"], stdin=dump).stdout)
    assert all(r["record"] == {"batch": 0} for r in picked)
    renamed = dump.replace(b'"html":', b'"content":')
    assert invoke(["--records", "jsonl", "-q"], stdin=renamed).exit_code == 3
    out = invoke(["--records", "jsonl", "--field", "content", "-q"], stdin=renamed)
    assert out.exit_code == 0 and [r["body"] for r in records_of(out.stdout)] == [r["body"] for r in none]
    assert invoke(["--records", "page", "-q"], stdin=dump).stdout.count("\n") == 1


def test_jobs_2_gives_the_bytes_of_jobs_1(tmp_path: Path) -> None:
    args = [str(make_warc(tmp_path / "crawl.warc.gz")), str(make_jsonl(tmp_path / "dump.jsonl", copies=2)),
            *map(str, PAGES), str(tmp_path / "missing.html")]
    one = subprocess.run([*NEWSGRAB, "-q", *args], capture_output=True, check=False)
    two = subprocess.run([*NEWSGRAB, "-q", "-j", "2", *args], capture_output=True, check=False)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and one.stdout.count(b"\n") == 4 * len(PAGES) + 2


def test_output_dir_holds_a_file_per_record_and_resume_skips_them(tmp_path: Path) -> None:
    dump, out = make_jsonl(tmp_path / "dump.jsonl"), tmp_path / "out"
    first = invoke([str(dump), str(PAGES[0]), "-o", str(out), "-q"])
    assert first.exit_code == 1
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert files == sorted([*(f"dump/{n}.json" for n in range(1, len(PAGES) + 2) if n != 3), f"{PAGES[0].stem}.json"])
    assert json.loads((out / "dump" / "1.json").read_text("utf-8"))["input"]["line"] == 1
    (out / "dump" / "4.json").unlink()
    (out / "dump" / f"{TEMP_PREFIX}left.tmp").write_text("half")
    again = invoke([str(dump), str(PAGES[0]), "-o", str(out), "--resume"])
    assert again.exit_code == 1  # the broken line is tried again, and fails again
    assert (out / "dump" / "4.json").is_file() and not list(out.rglob(f"{TEMP_PREFIX}*"))
    assert f"{len(PAGES)} already done (--resume)" in again.stderr
    assert len(records_of(again.stdout)) == 1  # only the error record


def test_output_jsonl_file_and_resume_after_a_torn_line(tmp_path: Path) -> None:
    dump, out = make_jsonl(tmp_path / "dump.jsonl"), tmp_path / "out.jsonl"
    clean = invoke([str(dump), "-o", str(out), "-q"])
    assert clean.exit_code == 1 and clean.stdout == ""
    whole = out.read_bytes()
    lines = whole.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:4]) + lines[4][:50])  # a crash in the middle of line 5
    resumed = invoke([str(dump), "-o", str(out), "--resume"])
    assert resumed.exit_code == 1 and out.read_bytes() == whole
    assert "4 already done (--resume)" in resumed.stderr
    assert invoke([str(dump), "-o", str(out), "--resume", "-q"]).exit_code == 1  # nothing left: the clean exit code
    assert out.read_bytes() == whole
    assert invoke([str(PAGES[1]), "-o", str(out), "--resume"]).exit_code == 2  # other inputs: refused
    assert invoke([str(dump), "-o", str(dump)]).exit_code == 2  # an input is never overwritten
    assert invoke([str(dump), "--resume"]).exit_code == 2  # stdout is not a file appended to


def test_resume_of_stdout_appended_to_a_file(tmp_path: Path) -> None:
    dump, out = make_jsonl(tmp_path / "dump.jsonl"), tmp_path / "out.jsonl"
    with out.open("wb") as handle:
        subprocess.run([*NEWSGRAB, "-q", str(dump)], stdout=handle, check=False)
    whole = out.read_bytes()
    out.write_bytes(whole[: len(whole) // 2])
    with out.open("ab") as handle:
        subprocess.run([*NEWSGRAB, "-q", "--resume", str(dump)], stdout=handle, check=False)
    assert out.read_bytes() == whole


def _kill_when(process: subprocess.Popen[bytes], ready: Any, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not ready() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kill_9_mid_run_then_resume_gives_the_clean_run(tmp_path: Path, jobs: str) -> None:
    dump = make_jsonl(tmp_path / "dump.jsonl", copies=12)  # 12 x the HTML samples, and one broken line
    args = [*NEWSGRAB, "-q", "-j", jobs, str(dump)]
    clean_file, out_file, clean_dir, out_dir = (tmp_path / n for n in ("clean.jsonl", "out.jsonl", "clean", "out"))
    subprocess.run([*args, "-o", str(clean_file)], check=False)
    subprocess.run([*args, "-o", str(clean_dir)], check=False, capture_output=True)
    total = clean_file.read_bytes().count(b"\n")
    assert total == 12 * len(PAGES) + 1

    killed = subprocess.Popen([*args, "-o", str(out_file)], start_new_session=True)
    _kill_when(killed, lambda: out_file.exists() and out_file.stat().st_size > 200_000)
    assert out_file.read_bytes().count(b"\n") < total  # it died mid-run
    subprocess.run([*args, "-o", str(out_file), "--resume"], check=False)
    assert out_file.read_bytes() == clean_file.read_bytes()

    killed = subprocess.Popen([*args, "-o", str(out_dir)], start_new_session=True, stdout=subprocess.DEVNULL)
    _kill_when(killed, lambda: len(list(out_dir.glob("dump/*.json"))) >= 20)
    assert len(list(out_dir.glob("dump/*.json"))) < total - 1
    subprocess.run([*args, "-o", str(out_dir), "--resume"], check=False, capture_output=True)
    written = {p.name: p.read_bytes() for p in out_dir.glob("dump/*")}
    assert written == {p.name: p.read_bytes() for p in clean_dir.glob("dump/*")}


def test_dask_local_cluster_gives_the_bytes_of_the_local_run(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    args = [str(make_warc(tmp_path / "crawl.warc.gz")), str(make_jsonl(tmp_path / "dump.jsonl")),
            *map(str, PAGES[:3])]
    local = subprocess.run([*NEWSGRAB, "-q", *args], capture_output=True, check=False)
    started = time.monotonic()
    remote = subprocess.run([*NEWSGRAB, "-q", "--dask", "local", "-j", "2", *args], capture_output=True,
                            check=False, timeout=120)
    assert remote.returncode == local.returncode == 1, remote.stderr.decode()
    assert remote.stdout == local.stdout and local.stdout.count(b"\n") == 2 * len(PAGES) + 4
    assert time.monotonic() - started < 60
