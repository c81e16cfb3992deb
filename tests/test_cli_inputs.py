"""INPUT arguments as the command meets them: files, directories, -r, globs, stdin, and the odd ones
(undecodable names, link loops, pipes and devices, unreadable directories, inputs with no end)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsgrab.cli.exitcodes import ExitCode
from newsgrab.cli.inputs import Problem, Source, is_input_name, iter_sources
from tests.cli_kit import STORY, batch, records, run, tty

__all__ = ["batch", "tty"]  # fixtures, imported for pytest


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

