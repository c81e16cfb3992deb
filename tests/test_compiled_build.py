"""The compiled build gives the bytes the source gives.

`pip install .` compiles the extraction stages with mypyc (`setup.py`); every other test runs the
checkout's source. Here the checkout's wheel is built (`bench/compiled.py`: pip, setuptools and
mypy from the package registry, then the C compiler) and every document `bench/snapshot.py`
knows (the samples, and the shared bench pages and text dumps when ../shared is there) is run
through both builds, each in its own process: the two snapshots must be equal. Skipped only where
no C compiler is installed (the build then falls back to pure Python, which the rest of the suite
tests).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.compiled import c_compiler, compiled_modules, wheel_tree
from bench.shared_data import ROOT
from tests.conftest import WHEEL_BUILD_LOG

pytestmark = pytest.mark.skipif(c_compiler() is None, reason="no C compiler: the wheel would be pure Python")

SNAPSHOT = ROOT / "bench" / "snapshot.py"


def _expected_modules() -> set[str]:
    """The modules setup.py hands the compiler, as dotted names."""
    sys.path.insert(0, str(ROOT))
    try:
        import setup  # the checkout's setup.py: its module list, without running setup()
    finally:
        sys.path.remove(str(ROOT))
    return {path.removesuffix(".py").replace("/", ".") for path in setup.compiled_paths()}


@pytest.fixture(scope="module")
def tree(wheel_build_done: None) -> Path:
    """The wheel's unpacked tree: built by the child process conftest.py started at collection, or here."""
    return wheel_tree(ROOT)


def test_the_wheel_holds_every_stage_compiled(tree: Path) -> None:
    expected = _expected_modules()
    assert len(expected) > 50
    assert {"newsgrab.html.blocks", "newsgrab.meta.pagescan", "newsgrab.clean.boilerplate"} <= expected
    assert set(compiled_modules(tree)) >= expected, (
        f"the wheel is not compiled: why the build fell back is in {WHEEL_BUILD_LOG} (a build started by the"
        " suite) or in the output of `.venv/bin/python bench/compiled.py`")
    assert "newsgrab.api" not in compiled_modules(tree)  # the public entry points stay Python
    probe = "import newsgrab; print(newsgrab.compiled())"
    ran = [subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=where,
                          env={"PYTHONPATH": str(where), "PATH": ""}).stdout.strip() for where in (tree, ROOT)]
    assert ran == ["True", "False"]  # the wheel says it is compiled; the checkout's source says it is not


def test_the_compiled_build_gives_the_bytes_of_the_source(tree: Path, tmp_path: Path) -> None:
    source, built = tmp_path / "source.jsonl", tmp_path / "compiled.jsonl"
    subprocess.run([sys.executable, str(SNAPSHOT), "write", str(source)], check=True, capture_output=True)
    subprocess.run([sys.executable, str(SNAPSHOT), "write", str(built), "--package-from", str(tree)],
                   check=True, capture_output=True)
    diff = subprocess.run([sys.executable, str(SNAPSHOT), "diff", str(source), str(built)],
                          capture_output=True, text=True)
    assert diff.returncode == 0, diff.stdout[-3000:]
    assert source.stat().st_size > 0 and source.read_bytes() == built.read_bytes()


def test_a_greek_word_in_capitals_lowercases_as_cpython_does(tree: Path) -> None:
    """mypyc's own str.lower (before Python 3.13) misses the final sigma; setup.py compiles
    lower() as CPython's method, so the compiled language guess reads "ΤΗΣ" as the word "της"."""
    probe = ("from newsgrab.meta import language; import sys; "
             "print(language.__file__.endswith('.py'), language._first_words('ΤΗΣ ΟΔΟΣ ΚΑΙ'))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(tree), "PATH": ""}, cwd=tree).stdout
    assert out.strip() == "False ['της', 'οδος', 'και']"


#: run in the wheel's process: each sample of one kind (argv[2]: html or text) extracted with the
#: cyclic collector held off, then what only the collector could free is counted by type (newsgrab's
#: own objects and lists)
_CYCLE_PROBE = """
import gc, pathlib, sys
import newsgrab
kind = sys.argv[2]
ends = {".html"} if kind == "html" else {".txt", ".md"}
pages = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.suffix in ends)
for page in pages:  # warm: lazy imports and compiled patterns leave their own one-off garbage
    newsgrab.extract(page.read_bytes(), kind=kind)
gc.collect()
gc.disable()
gc.set_debug(gc.DEBUG_SAVEALL)
for page in pages:
    newsgrab.extract(page.read_bytes(), kind=kind)
gc.collect()
print(len(pages), sorted({type(o).__module__ + "." + type(o).__qualname__ for o in gc.garbage
                          if type(o).__module__.startswith("newsgrab")}))
"""


def _left_for_the_collector(tree: Path, kind: str) -> tuple[int, str]:
    """How many samples of `kind` the compiled build extracted, and the newsgrab types only the cyclic
    collector could free after them ('[]' when none)."""
    out = subprocess.run([sys.executable, "-c", _CYCLE_PROBE, str(ROOT / "samples"), kind], capture_output=True,
                         text=True, check=True, env={"PYTHONPATH": str(tree), "PATH": ""}, cwd=tree).stdout
    count, leftover = out.split(" ", 1)
    return int(count), leftover.strip()


def test_the_compiled_html_path_frees_a_page_without_the_cyclic_collector(tree: Path) -> None:
    """Compiled by mypyc, a nested function and its enclosing function's environment hold each
    other: a closure in a stage leaves a cycle per call, which keeps the page's objects alive until
    the collector's next pass (clean/span.py's closing-notice test did, on every page). An HTML
    page's objects are freed by their reference counts alone."""
    count, leftover = _left_for_the_collector(tree, "html")
    assert count >= 10
    assert leftover == "[]"


def test_the_compiled_text_path_frees_a_document_without_the_cyclic_collector(tree: Path) -> None:
    """As for HTML: the text path's per-line syntax reader (text/inline.py) and its headline-by-dateline
    search (text/titletop.py) each kept a closure cycle a call, which held the whole document (its
    blocks, links, media and metadata) for the collector; their helpers are now objects' methods."""
    count, leftover = _left_for_the_collector(tree, "text")
    assert count >= 10
    assert leftover == "[]"
