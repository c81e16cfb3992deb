#!/usr/bin/env python3
"""Developer entry point, standard library only, so a fresh clone needs nothing but python3.

    python3 dev.py demo    # set up .venv, install newsgrab, convert a sample and print its JSON
    python3 dev.py check   # set up .venv with the test extra, then ruff, mypy --strict, lint-imports, pytest

Both create `.venv` beside this file when it is missing and (re)install the package when
pyproject.toml changed since the last install, so a second run starts at once. `check` runs every
step even after a failure (one run shows every problem) and exits non-zero if any step failed;
`.ci/run` relies on that.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
#: the sample `demo` converts: a cross-post in the founding example's style
DEMO_SAMPLE = ROOT / "samples" / "crosspost-world-affairs.txt"
#: records what was installed, so an unchanged checkout skips pip (seconds instead of a minute)
STAMP = VENV / ".newsgrab-install-stamp"
MIN_PYTHON = (3, 11)


def _say(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr, flush=True)


def _run(args: list[str], *, check: bool = True) -> int:
    _say("$ " + " ".join(str(a) for a in args))
    code = subprocess.call(args, cwd=ROOT)
    if check and code != 0:
        _say(f"failed with exit code {code}: {' '.join(args)}")
        sys.exit(code)
    return code


def _stamp_for(extra: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{extra} {digest}"


def ensure_env(extra: str = "") -> None:
    """Create .venv if missing and install the package (editable, with `extra`) when needed."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"dev.py: newsgrab needs Python {'.'.join(map(str, MIN_PYTHON))}+, this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        _say(f"creating {VENV.relative_to(ROOT)}")
        try:
            venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
        except (OSError, subprocess.CalledProcessError) as exc:
            sys.exit(f"dev.py: cannot create {VENV} ({exc}); on Debian/Ubuntu install the python3-venv package")
    wanted = _stamp_for(extra)
    installed = STAMP.read_text(encoding="utf-8").splitlines() if STAMP.exists() else []
    # a stamp for the test extra also covers a plain install; the reverse is not true
    if not (wanted in installed or (not extra and any(line.endswith(wanted.split()[-1]) for line in installed))):
        target = f".[{extra}]" if extra else "."
        _run([str(PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target])
        STAMP.write_text("\n".join([*installed, wanted]) + "\n", encoding="utf-8")
    byte_compile()


def byte_compile() -> None:
    """Byte-compile the package, as pip does for a regular install but not for an editable one.

    Where PYTHONDONTWRITEBYTECODE is set, every newsgrab process would otherwise compile its
    modules from source again at each start-up. Up-to-date files are skipped, and
    Python checks each cached file against its source, so an edit never runs stale code.
    """
    subprocess.call([str(PYTHON), "-m", "compileall", "-q", "newsgrab"], cwd=ROOT)


def demo() -> int:
    ensure_env()
    return _run([str(BIN / "newsgrab"), "--pretty", str(DEMO_SAMPLE.relative_to(ROOT))], check=False)


def check() -> int:
    ensure_env("test")
    steps = [
        ("ruff", [str(BIN / "ruff"), "check", "newsgrab", "tests", "bench", "dev.py", "setup.py", "buildsupport"]),
        ("mypy", [str(BIN / "mypy")]),
        ("lint-imports", [str(BIN / "lint-imports")]),
        ("pytest", [str(BIN / "pytest")]),
    ]
    failed: list[str] = []
    for name, args in steps:
        started = time.monotonic()
        code = _run(args, check=False)
        _say(f"{name}: {'ok' if code == 0 else f'FAILED (exit {code})'} in {time.monotonic() - started:.1f}s")
        if code != 0:
            failed.append(name)
    _say("all checks passed" if not failed else f"failed: {', '.join(failed)}")
    return 1 if failed else 0


COMMANDS = {"demo": demo, "check": check}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in COMMANDS:
        _say(f"usage: python3 dev.py {{{'|'.join(COMMANDS)}}}")
        return 2
    return COMMANDS[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
