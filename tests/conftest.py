"""Shared test plumbing: the `--update-golden` flag, paths, the `shared` benchmark fixture, a CLI runner."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bench.shared_data import ROOT as REPO
from bench.shared_data import SHARED

#: the test file that needs the compiled wheel (bench/compiled.py), built meanwhile in a child process
COMPILED_BUILD_TESTS = "test_compiled_build.py"
#: that child process, for the compiled build's tests to wait on
WHEEL_BUILD: pytest.StashKey[subprocess.Popen[bytes]] = pytest.StashKey()
#: its output (pip's, verbose): why a build fell back to pure Python, when the compiled tests fail
WHEEL_BUILD_LOG = REPO / "bench" / "results" / "wheel-build.log"

SAMPLES = REPO / "samples"
GOLDEN = REPO / "tests" / "golden"
FOUNDING_EXAMPLE = SHARED / "seed" / "000_38a26eed6be91493.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/<slug>.json from the current output (review the diff before committing)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The compiled build's tests run last, and their wheel is built meanwhile in a child process.

    The build is a few minutes of one C compiler on one generated file, most of the suite's time on a
    two-core machine when it runs in line; started at collection, it takes the other core while every
    other test runs, and its tests find it built (or wait for it) at the end. Nothing is started when
    those tests are not selected, when the wheel of this source state is already built, or without a
    C compiler (the tests then skip)."""
    compiled = [item for item in items if item.path.name == COMPILED_BUILD_TESTS]
    if not compiled or len(compiled) == len(items):
        return
    items[:] = [item for item in items if item.path.name != COMPILED_BUILD_TESTS] + compiled
    from bench.compiled import built_tree, c_compiler

    if c_compiler() is not None and built_tree(REPO) is None:
        WHEEL_BUILD_LOG.parent.mkdir(parents=True, exist_ok=True)
        with WHEEL_BUILD_LOG.open("wb") as log:  # the child holds its own copy of the descriptor
            config.stash[WHEEL_BUILD] = subprocess.Popen(
                [sys.executable, str(REPO / "bench" / "compiled.py")],
                stdout=log, stderr=subprocess.STDOUT, cwd=REPO, start_new_session=True)


def pytest_unconfigure(config: pytest.Config) -> None:
    """A build still running when the session ends (the run was stopped, or only collected) is
    stopped with it, pip and the C compiler included (the build runs as its own process group);
    its half-made folder is only ever a `.part` one, which the next build replaces."""
    build = config.stash.get(WHEEL_BUILD, None)
    if build is not None and build.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(build.pid, signal.SIGKILL)
        build.wait()


@pytest.fixture(scope="session")
def wheel_build_done(request: pytest.FixtureRequest) -> None:
    """Waits for the wheel build started at collection, if any (its failure shows when the test
    builds the wheel again in line, with the build's own error)."""
    build = request.config.stash.get(WHEEL_BUILD, None)
    if build is not None:
        build.wait()


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def _own_date_search_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test sees newsgrab's own date search: the optional htmldate fallback (installed with the
    bench extra, absent from a plain test install) would make outputs depend on what is installed.
    tests/test_pubdates.py turns it on where it tests it."""
    from newsgrab.meta import htmldate_fallback

    monkeypatch.setattr(htmldate_fallback, "available", lambda: False)


@pytest.fixture
def shared() -> Path:
    """../shared (benchmarks, founding example); tests that need it skip on a checkout without it."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (benchmark data lives beside the checkout)")
    return SHARED


@pytest.fixture
def founding_example(shared: Path) -> Path:
    if not FOUNDING_EXAMPLE.is_file():
        pytest.skip(f"{FOUNDING_EXAMPLE} is absent")
    return FOUNDING_EXAMPLE
