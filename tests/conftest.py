"""Shared test plumbing: the `--update-golden` flag, paths, the `shared` benchmark fixture, a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.shared_data import ROOT as REPO
from bench.shared_data import SHARED

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
