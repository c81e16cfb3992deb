"""The compiled build: the extraction stages compiled to C by mypyc in a regular (wheel) build.

pyproject.toml holds the project's metadata; this file only adds the compiled modules. They are
the stages a page goes through (`COMPILED_PACKAGES`, `COMPILED_MODULES`), which spend nearly all
of an extraction's interpreter time; the rest (the command line, the API's error wrapping, the
data model users subclass and pickle, archive readers, the Dask glue) stays Python, where a
compiled class or function would change what a user or a test can do with it (subclass it, patch
it, pickle it through Dask).

Nothing here is required: the build stays pure Python, and newsgrab works the same, when
  - the install is editable (`pip install -e .`, what `dev.py` makes), so an edit takes effect;
  - `NEWSGRAB_PURE=1` is set;
  - mypyc cannot be imported (mypy is missing from the build environment);
  - the C compiler is missing or fails (`OptionalBuildExt`).
Each but the editable install says why on the build's output (pip shows it with `-v`). The
compiled and the pure build give the same bytes on every page (`tests/test_compiled_build.py`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
#: packages whose every module but `__init__` is compiled
COMPILED_PACKAGES = ("clean", "html", "media", "meta", "rules", "text")
#: single modules of the top package the stages call on every page
COMPILED_MODULES = ("sentences.py", "urls.py", "whitespace.py")
#: modules of those packages the compiler is not given (a module generic over str and bytes with
#: `AnyStr` would be one: mypyc does not compile such functions; html/attrcap.py is written twice
#: instead, once per type, to be compiled)
NOT_COMPILED: tuple[str, ...] = ()
#: setup.py commands that build modules (a wheel, an install); the metadata commands do not need them
BUILD_COMMANDS = {"bdist_wheel", "build", "build_ext", "install"}
#: the commands of an editable install
EDITABLE_COMMANDS = {"editable_wheel", "develop"}


def compiled_paths() -> list[str]:
    """The source files to compile, relative to the checkout, in a fixed order."""
    package = ROOT / "newsgrab"
    paths = [
        path
        for name in COMPILED_PACKAGES
        for path in sorted((package / name).glob("*.py"))
        if path.name != "__init__.py" and path.relative_to(package).as_posix() not in NOT_COMPILED
    ]
    paths += [package / name for name in COMPILED_MODULES]
    return [path.relative_to(ROOT).as_posix() for path in paths]


def _say(message: str) -> None:
    print(f"newsgrab build: {message}", file=sys.stderr, flush=True)  # noqa: T201  (a build's own output)


class OptionalBuildExt(build_ext):
    """build_ext that gives up as a whole: when any compiled module fails (no C compiler, a
    compiler error), none is installed and the wheel is pure Python, never half compiled (the
    per-module stubs import one shared library)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # CompileError, a missing compiler, a failed link
            _say(f"compiling failed ({type(exc).__name__}: {exc}); building pure Python instead")
            for ext in self.extensions:
                built = Path(self.get_ext_fullpath(ext.name))
                built.unlink(missing_ok=True)
            self.extensions = []


def _use_cpython_lower() -> None:
    """Compile `str.lower()` as a call of CPython's own method, not mypyc's primitive.

    Before Python 3.13 mypyc lowercases a string one character at a time, without CPython's one
    rule of context: a capital sigma that ends a word becomes "ς", not "σ" ("ΟΔΟΣ" -> "οδος"). A
    Greek word in capitals would then miss its lexicon entry (function words, labels) in the
    compiled build only. Every other str method the stages call agrees with CPython on every
    code point below U+20000 (checked when this was written); `tests/test_compiled_build.py`
    holds the sigma case.
    """
    from mypyc.primitives import registry

    registry.method_call_ops["lower"] = [
        op for op in registry.method_call_ops.get("lower", []) if op.c_function_name != "CPyStr_Lower"
    ]


def extensions() -> list[Any]:
    """mypyc's extension modules, or none when this build is to stay pure Python (see above)."""
    if os.environ.get("NEWSGRAB_PURE"):
        _say("NEWSGRAB_PURE is set: pure Python")
        return []
    commands = set(sys.argv[1:])
    if not commands & BUILD_COMMANDS or commands & EDITABLE_COMMANDS:
        return []  # metadata only (nothing to compile), or an editable install (runs the source as edited)
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc (part of mypy) is not installed: pure Python")
        return []
    try:
        _use_cpython_lower()  # inside: a mypyc whose primitives moved builds pure Python, not a wrong build
        return list(mypycify(compiled_paths(), opt_level="3"))
    except (Exception, SystemExit) as exc:  # mypyc stops the build on a type error with SystemExit
        _say(f"mypyc could not compile the stages ({exc}): pure Python")
        return []


if __name__ == "__main__":  # as setuptools runs it; tests import the module list without building
    setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
