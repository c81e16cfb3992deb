"""INPUT arguments as the command meets them: files, directories, -r, globs, stdin, and the odd ones
(undecodable names, link loops, pipes and devices, unreadable directories, inputs with no end)."""

from __future__ import annotations

import gzip
import json
import os
import resource
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from newsgrab.cli.exitcodes import ExitCode
from newsgrab.cli.inputs import Problem, Source, is_input_name, iter_sources
from tests.cli_kit import PNG, STORY, batch, env, error_lines, records, run, story, tty

__all__ = ["batch", "story", "tty"]  # fixtures, imported for pytest


# --- inputs: directories, -r, globs, stdin -----------------------------------------------------


def test_directory_files_sorted_hidden_and_other_suffixes_skipped(batch: Path) -> None:
    result = run(str(batch))
    assert result.exit_code == ExitCode.OK
    assert [r["input"]["path"] for r in records(result)] == [str(batch / "a.md"), str(batch / "b.txt")]
    assert result.stderr == "newsgrab: 2 inputs: 2 converted, 0 failed\n"


def test_recursive_takes_subdirectories(batch: Path) -> None:
    result = run("-r", str(batch))
    assert [Path(r["input"]["path"]).name for r in records(result)] == ["a.md", "b.txt", "c.txt"]


def test_inputs_keep_the_order_given_and_repeats_are_read_once(batch: Path) -> None:
    b, a = batch / "b.txt", batch / "a.md"
    result = run(str(b), str(a), str(b), str(batch))
    assert [r["input"]["path"] for r in records(result)] == [str(b), str(a)]


def test_glob_is_expanded_sorted(batch: Path) -> None:
    result = run(str(batch / "*.txt"), str(batch / "*.md"))
    assert [Path(r["input"]["path"]).name for r in records(result)] == ["b.txt", "a.md"]
    assert result.exit_code == ExitCode.OK


def test_dash_reads_stdin_and_records_dash() -> None:
    result = run("-", input=STORY.encode("utf-8"))
    assert result.exit_code == ExitCode.OK
    (record,) = records(result)
    assert record["input"]["path"] == "-"
    assert record["title"] == "Harbour Reopens After Storm"


def test_no_input_reads_stdin_when_it_is_not_a_terminal() -> None:
    result = run(input=STORY)
    assert result.exit_code == ExitCode.OK
    assert records(result)[0]["input"]["path"] == "-"


def test_no_input_and_a_terminal_is_a_usage_error(tty: None) -> None:
    result = run()
    assert result.exit_code == ExitCode.USAGE
    assert result.stdout == ""
    assert "Usage: newsgrab" in result.stderr
    assert "stdin is a terminal" in result.stderr



def test_encodings_through_the_cli(tmp_path: Path) -> None:
    text = "Grève à Marseille\n\nLes dockers de Marseille ont voté la grève jeudi, a annoncé le syndicat.\n"
    (tmp_path / "utf16.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    paragraphs = "".join(f"<p>{line}</p>" for line in [
        text.splitlines()[2],
        "Le port est resté fermé toute la journée, et une centaine de navires attendaient au large vendredi matin.",
        "La direction du port a proposé une nouvelle réunion lundi, selon un communiqué publié dans la soirée.",
    ])
    html = f"<!DOCTYPE html><html><head><title>Grève</title></head><body><article><h1>Grève</h1>{paragraphs}"
    (tmp_path / "page.html.gz").write_bytes(gzip.compress((html + "</article></body></html>").encode("utf-8")))
    result = run(str(tmp_path))
    assert result.exit_code == ExitCode.OK
    by_name = {Path(r["input"]["path"]).name: r for r in records(result)}
    assert by_name["utf16.txt"]["input"]["encoding"] == "utf-16"
    assert by_name["latin1.txt"]["input"]["encoding"] == "cp1252"
    assert by_name["page.html.gz"]["input"]["kind"] == "html"
    for record in by_name.values():
        assert "Les dockers de Marseille ont voté la grève jeudi" in record["body"]



# --- the pure helpers behind the command ---------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "taken"),
    [("a.html", True), ("A.HTM", True), ("story.txt", True), ("notes.md", True), ("page.html.gz", True),
     ("feed.xml", False), ("data.json", False), (".draft.html", False), ("archive.gz", False), ("README", False)],
)
def test_directory_scan_suffixes(name: str, taken: bool) -> None:
    assert is_input_name(name) is taken


def test_iter_sources_keeps_problems_in_place_and_dedupes(batch: Path, tmp_path: Path) -> None:
    items = list(iter_sources([str(batch / "b.txt"), str(tmp_path / "nope"), "-", str(batch), "-"]))
    assert [type(i).__name__ for i in items] == ["Source", "Problem", "Source", "Source"]
    assert isinstance(items[1], Problem) and items[1].error.code == "not-found"
    assert isinstance(items[2], Source) and items[2].is_stdin
    assert items[3] == Source(str(batch / "a.md"), batch / "a.md")


def test_iter_sources_hints_at_recursion(tmp_path: Path) -> None:
    (tmp_path / "2024" / "05").mkdir(parents=True)
    (tmp_path / "2024" / "05" / "story.html").write_text("<p>x</p>", encoding="utf-8")
    (problem,) = iter_sources([str(tmp_path)])
    assert isinstance(problem, Problem)
    assert "its subdirectories have some: add -r" in problem.error.message
    found = [s.path for s in iter_sources([str(tmp_path)], recursive=True) if isinstance(s, Source)]
    assert found == [tmp_path / "2024" / "05" / "story.html"]


def test_glob_matching_directories_scans_them(batch: Path) -> None:
    items = list(iter_sources([str(batch / "nest*")]))
    assert items == [Source(str(batch / "nested" / "c.txt"), batch / "nested" / "c.txt")]



# --- odd names and odd files met while expanding ------------------------------------------------

#: a file name that is not valid UTF-8 (Python keeps the 0xff byte as the surrogate escape U+DCFF)
BAD_NAME = os.fsdecode(b"bad\xffname.html")


def test_an_undecodable_file_name_gets_a_printable_record_and_a_safe_output_name(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / BAD_NAME).write_text(STORY, encoding="utf-8")
    (folder / os.fsdecode(b"img\xfe.html")).write_bytes(PNG)
    (folder / "ok.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out"
    result = run("-o", str(out), str(folder))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert sorted(p.name for p in out.iterdir()) == ["bad_name.json", "ok.json"]
    record = json.loads((out / "bad_name.json").read_text(encoding="utf-8"))
    assert record["input"]["path"] == f"{folder}/bad\\xffname.html"
    assert records(result) == [{"input": {"path": f"{folder}/img\\xfe.html"},
                                "error": {"code": "binary", "message": "this is a PNG image, not HTML or text"}}]
    assert result.stderr_bytes.decode("utf-8").splitlines()[0] == (
        f"newsgrab: error: {folder}/img\\xfe.html: this is a PNG image, not HTML or text")
    # on stdout too, the record is valid UTF-8 and names the file the same way
    plain = run(str(folder))
    assert [r["input"]["path"] for r in records(plain)] == [f"{folder}/bad\\xffname.html",
                                                            f"{folder}/img\\xfe.html", f"{folder}/ok.txt"]


def test_printable_path_keeps_what_it_can() -> None:
    from newsgrab.api import printable_path

    assert printable_path("plain/story.html") == "plain/story.html"
    assert printable_path("caf\udcc3\udca9.html") == "café.html"  # UTF-8 bytes read under an ASCII locale
    assert printable_path(BAD_NAME) == "bad\\xffname.html"
    assert printable_path("lone\ud800.html") == "lone\\ud800.html"
    assert printable_path("Zürich.html") == "Zürich.html"


def test_a_symbolic_link_loop_gets_a_record_and_the_batch_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "self.html").symlink_to("self.html")
    (folder / "gone.html").symlink_to("nowhere.html")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    result = run(str(folder), str(folder / "self.html"))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert [(Path(r["input"]["path"]).name, r.get("error")) for r in records(result)] == [
        ("gone.html", {"code": "not-found", "message": "a broken symbolic link (its target does not exist)"}),
        ("self.html", {"code": "unreadable",
                       "message": "cannot open: a symbolic link loop (too many levels of symbolic links)"}),
        ("story.txt", None),
        ("self.html", {"code": "unreadable",
                       "message": "cannot open: a symbolic link loop (too many levels of symbolic links)"}),
    ]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("output", ["out.jsonl", "out"])
def test_a_link_loop_among_the_inputs_and_at_an_output_name_fails_that_input_alone(tmp_path: Path,
                                                                                   output: str) -> None:
    # `-o DIR` already holding a looping link where the good page's file goes (a crashed run's
    # leftover, a prank): cli/output.resolved reads the loop as a name (Python 3.11 raises RuntimeError)
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "self.html").symlink_to("self.html")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    target = tmp_path / output
    if output == "out":
        target.mkdir()
        (target / "story.json").symlink_to("story.json")
    result = run(str(folder), "-o", str(target))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert error_lines(result) == [f"newsgrab: error: {folder / 'self.html'}: cannot open: a symbolic link loop"
                                   " (too many levels of symbolic links)"]
    if output == "out":
        converted = [json.loads((target / "story.json").read_text(encoding="utf-8"))]
        assert not (target / "story.json").is_symlink()  # the link replaced by the file, never followed
    else:
        converted = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    by_name = {Path(r["input"]["path"]).name: r for r in converted}
    assert by_name["story.txt"].get("error") is None and by_name["story.txt"]["title"]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", ["loop.jsonl", "loop/out.jsonl"])
def test_an_output_file_at_or_under_a_link_loop_is_a_usage_error(tmp_path: Path, story: Path, name: str) -> None:
    (tmp_path / "loop.jsonl").symlink_to("loop.jsonl")
    (tmp_path / "loop").symlink_to("loop")
    result = run(str(story), "-o", str(tmp_path / name))
    assert result.exit_code == ExitCode.USAGE
    assert f"cannot write {tmp_path / name}" in result.stderr and "Traceback" not in result.stderr


def test_an_input_turned_into_a_link_loop_after_it_was_listed_fails_alone(tmp_path: Path, story: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # the check that `-o FILE.jsonl` is no input resolves every input again: one that became a loop
    # since it was listed (another process's doing) is told apart by its name, then fails when opened
    import newsgrab.cli.batch as batch_module

    other = tmp_path / "other.txt"
    other.write_text(STORY, encoding="utf-8")
    prepare = batch_module.prepare_output

    def swap_then_prepare(*args: Any) -> Any:
        other.unlink()
        other.symlink_to("other.txt")
        return prepare(*args)

    monkeypatch.setattr(batch_module, "prepare_output", swap_then_prepare)
    out = tmp_path / "out.jsonl"
    result = run(str(story), str(other), "-o", str(out))
    assert result.exit_code == ExitCode.SOME_FAILED
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(Path(r["input"]["path"]).name, "error" in r) for r in rows] == [("story.txt", False),
                                                                              ("other.txt", True)]
    assert len(error_lines(result)) == 1 and "Traceback" not in result.stderr


def test_resolved_reads_a_link_loop_as_the_name_given(tmp_path: Path) -> None:
    from newsgrab.cli.output import resolved

    (tmp_path / "loop").symlink_to("loop")
    (tmp_path / "real.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("real.txt")
    assert resolved(tmp_path / "loop" / "x.json") == tmp_path / "loop" / "x.json"
    assert resolved(tmp_path / "link.txt") == (tmp_path / "real.txt").resolve()


def test_a_linked_directory_loop_is_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a" / "back").symlink_to(tmp_path / "a")
    result = run("-r", str(tmp_path))
    assert [r["input"]["path"] for r in records(result)] == [str(tmp_path / "a" / "story.txt")]


def test_pipes_and_sockets_in_a_directory_are_skipped_with_a_record(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    os.mkfifo(folder / "pipe.html")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "sock.html"))
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    try:
        for args in ([str(folder)], [str(folder / "*.html"), str(folder / "story.txt")]):
            result = run(*args)
            assert result.exit_code == ExitCode.SOME_FAILED
            assert [(Path(r["input"]["path"]).name, r.get("error", {}).get("code")) for r in records(result)] == [
                ("pipe.html", "special-file"), ("sock.html", "special-file"), ("story.txt", None)]
            assert records(result)[0]["error"]["message"] == (
                "a named pipe (FIFO), skipped while expanding a directory or glob (name it on its own to read it)")
    finally:
        listener.close()


def test_a_named_pipe_named_on_its_own_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write(STORY)

    writer = threading.Thread(target=write)
    writer.start()
    result = run(str(fifo))
    writer.join(timeout=30)
    assert result.exit_code == ExitCode.OK
    assert records(result)[0]["title"] == "Harbour Reopens After Storm"


def test_a_named_pipe_that_never_delivers_meets_the_deadline(tmp_path: Path, story: Path) -> None:
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)
    holder = os.open(fifo, os.O_RDWR)  # a writer that never writes
    try:
        started = time.monotonic()
        result = run("--timeout", "1", str(fifo), str(story))
        assert time.monotonic() - started < 30
    finally:
        os.close(holder)
    assert [r.get("error", {}).get("code") for r in records(result)] == ["timeout", None]
    assert result.exit_code == ExitCode.SOME_FAILED


def test_an_unreadable_subdirectory_gets_a_record(batch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = batch / "nested"
    real = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path) == locked:  # as chmod 000 does for anyone but root
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("-r", str(batch))
    assert result.exit_code == ExitCode.SOME_FAILED
    assert [r["input"]["path"] for r in records(result)] == [str(batch / "a.md"), str(batch / "b.txt"), str(locked)]
    assert records(result)[2]["error"] == {"code": "unreadable",
                                           "message": "cannot list directory: Permission denied"}
    unreadable_top = run(str(locked))
    assert records(unreadable_top)[0]["error"]["code"] == "unreadable"


# --- inputs with no end: the size bound holds whatever stat says ---------------------------------


def _limited(megabytes: int) -> Any:
    """preexec_fn: cap the child's address space, so reading without a bound would fail fast."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (megabytes * 1024**2, resource.RLIM_INFINITY))

    return limit


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("command", [
    '"$0" -m newsgrab /dev/zero',
    '"$0" -m newsgrab <(yes)',
    'yes | "$0" -m newsgrab -',
    '"$0" -m newsgrab --max-bytes 1k <(yes)',
])
def test_endless_inputs_stop_at_the_size_limit(command: str) -> None:
    proc = subprocess.run(["bash", "-c", command, sys.executable], capture_output=True, timeout=120, env=env(),
                          preexec_fn=_limited(1024))
    assert proc.returncode == ExitCode.ALL_FAILED, proc.stderr
    (line,) = proc.stdout.splitlines()
    assert json.loads(line)["error"]["code"] == "too-large"
    assert b"Traceback" not in proc.stderr


def test_read_bounded_never_asks_for_more_than_the_limit() -> None:
    from newsgrab.api import READ_CHUNK_BYTES, read_bounded
    from newsgrab.errors import TooLarge

    asked: list[int] = []

    def endless(size: int) -> bytes:
        asked.append(size)
        return b"x" * size

    with pytest.raises(TooLarge):
        read_bounded(endless, 5 * READ_CHUNK_BYTES)
    assert sum(asked) == 5 * READ_CHUNK_BYTES + 1 and max(asked) == READ_CHUNK_BYTES
    chunks = iter([b"ab", b"cd", b""])
    assert read_bounded(lambda size: next(chunks), 4) == b"abcd"


def test_the_largest_max_bytes_reads_stdin(story: Path) -> None:
    result = run("--max-bytes", "1T", "-", input=STORY)
    assert result.exit_code == ExitCode.OK
    assert records(result)[0]["title"] == "Harbour Reopens After Storm"
