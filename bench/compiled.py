"""The build a user installs, made from a checkout for the benches and the equivalence test.

`pip install .` builds a wheel whose extraction stages are compiled by mypyc (`setup.py`); the
checkout itself runs them as Python. The benches time what a user gets: `wheel_tree(checkout)`
builds the checkout's wheel once per source state (pip, in its isolated build environment, from
the package registry: setuptools and mypy) and unpacks it under `bench/results/wheels/<key>/`, a
folder to put first on `sys.path`. `key` is a digest of every file the build reads, so an edit
makes a new build and an unchanged checkout reuses the last one (a build takes a few minutes on
one core: the C compiler runs on one generated file).

    .venv/bin/python bench/compiled.py            # build (or find) this checkout's wheel, say where
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from pathlib import Path

#: the checkout this file belongs to
ROOT = Path(__file__).resolve().parents[1]
#: the files outside the package that the build reads
BUILD_FILES = ("setup.py", "pyproject.toml", "MANIFEST.in", "buildsupport/backend.py")


def source_key(checkout: Path) -> str:
    """A digest of every file a build of `checkout` reads: the package's files and the build's own."""
    digest = hashlib.sha256()
    files = sorted(p for p in (checkout / "newsgrab").rglob("*") if p.is_file() and "__pycache__" not in p.parts
                   and p.suffix not in (".so", ".pyd", ".pyc"))
    files += [checkout / name for name in BUILD_FILES if (checkout / name).exists()]
    for path in files:
        digest.update(path.relative_to(checkout).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def c_compiler() -> str | None:
    """The C compiler Python's build tools would call, when it is installed."""
    command = (sysconfig.get_config_var("CC") or "cc").split()
    return shutil.which(command[0]) if command else None


def built_tree(checkout: Path = ROOT) -> Path | None:
    """The folder of `checkout`'s unpacked wheel when this source state has been built, else None."""
    dest = checkout / "bench" / "results" / "wheels" / source_key(checkout)
    return dest if (dest / "newsgrab" / "__init__.py").exists() else None


def wheel_tree(checkout: Path = ROOT, *, quiet: bool = True) -> Path:
    """The folder holding `checkout`'s wheel unpacked (a `newsgrab/` package with its compiled
    modules beside their sources), built when this source state has no build yet."""
    built = built_tree(checkout)
    if built is not None:
        return built
    dest = checkout / "bench" / "results" / "wheels" / source_key(checkout)
    print(f"bench: building newsgrab's wheel from {checkout} (a few minutes, once per source state)",
          file=sys.stderr, flush=True)
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAB_PURE"}
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check",
                   "--wheel-dir", tmp, str(checkout)]
        # -v when not quiet: pip shows the build's own output only so, and with it why a build fell
        # back to pure Python ("mypyc could not compile the stages ...")
        subprocess.run([*command, *(["--quiet"] if quiet else ["-v"])], check=True, env=env,
                       stdout=subprocess.DEVNULL if quiet else None)
        wheel = next(Path(tmp).glob("newsgrab-*.whl"))
        staging = dest.with_name(dest.name + ".part")
        shutil.rmtree(staging, ignore_errors=True)
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(staging)
        staging.rename(dest)  # whole or not at all: a build stopped half way leaves only `.part`
    return dest


def compiled_modules(tree: Path) -> list[str]:
    """The dotted names of the compiled modules in an unpacked wheel (none in a pure-Python build)."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    names = []
    for path in sorted((tree / "newsgrab").rglob("*")):
        if path.name.endswith(suffix):
            names.append(".".join(path.relative_to(tree).with_name(path.name.split(".")[0]).parts))
    return names


def main() -> None:
    tree = wheel_tree(quiet=False)
    print(f"{tree}: {len(compiled_modules(tree))} compiled modules")


if __name__ == "__main__":
    main()
