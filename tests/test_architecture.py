"""The layering contracts in pyproject.toml hold, and they are not vacuous: a bad import breaks them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
pytestmark = pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter is not installed")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"],
                          cwd=root, capture_output=True, text=True, env={"PYTHONPATH": str(root), "PATH": ""})


def test_the_package_keeps_every_contract() -> None:
    result = _lint(REPO)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("module", "bad_import", "broken"), [
    ("meta/dates.py", "import newsgrab.cli", "layers"),                  # a stage importing the CLI
    ("__init__.py", "import newsgrab.cli.exitcodes", "never imports the CLI"),  # the root importing it
    ("rules/__init__.py", "import newsgrab.clean.boilerplate", "layers"),  # rules importing a stage
    ("meta/people.py", "import newsgrab.html", "no import cycles"),      # html imports meta already
])
def test_a_bad_import_breaks_a_contract(tmp_path: Path, module: str, bad_import: str, broken: str) -> None:
    shutil.copytree(REPO / "newsgrab", tmp_path / "newsgrab", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "newsgrab" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{bad_import}  # noqa\n", encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert any(broken in line and "BROKEN" in line for line in result.stdout.splitlines()), result.stdout
