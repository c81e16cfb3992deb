"""What mypyc refuses in the compiled stages, caught in a second instead of by a build of minutes.

`tests/test_compiled_build.py` builds the wheel, but only where a C compiler is installed, and it
runs last; when mypyc refuses the source, `setup.py` builds pure Python and only that test notices
(a surrogate written as a character in a string literal did so: "Surrogate codepoints in string
literals not supported"). The compiled modules' string constants are checked here on every run.
"""

from __future__ import annotations

import ast
import sys

from bench.shared_data import ROOT


def _surrogate_literals(source: str) -> list[int]:
    """The lines of `source` that hold a str constant with a surrogate code point in it."""
    return sorted({node.lineno for node in ast.walk(ast.parse(source))
                   if isinstance(node, ast.Constant) and isinstance(node.value, str)
                   and any("\ud800" <= ch <= "\udfff" for ch in node.value)})


def test_a_surrogate_in_a_string_literal_is_found_and_an_escape_the_regex_reads_is_not() -> None:
    assert _surrogate_literals('PATTERN = "[\\ud800-\\udfff]"\n') == [1]
    assert _surrogate_literals('PATTERN = "[\\\\ud800-\\\\udfff]"\nOTHER = "\\ufffe"\n') == []


def test_no_compiled_module_holds_a_surrogate_in_a_string_literal() -> None:
    sys.path.insert(0, str(ROOT))
    try:
        import setup  # the checkout's setup.py: its module list, without running setup()
    finally:
        sys.path.remove(str(ROOT))
    found = {path: lines for path in setup.compiled_paths()
             if (lines := _surrogate_literals((ROOT / path).read_text(encoding="utf-8")))}
    assert not found, f"mypyc compiles no string literal holding a surrogate (write it as an escape): {found}"
