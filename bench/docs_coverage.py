"""Check that moving README text into docs/ lost nothing, and keep a fingerprint of what moved.

README.md once held every measurement the project made; its user's manual now links to docs/*.md,
which holds that text verbatim. This script reads an older README (`git show REV:README.md`), cuts
it into paragraphs (runs of lines between blank lines, whitespace folded, so a rewrapped paragraph
still counts), and looks for each in today's README.md and docs/*.md. It exits 1 when a paragraph
is missing, and lists it.

`--write FILE` saves the SHA-1 of every old paragraph found in docs/ (one a line, sorted), so that
`tests/test_docs.py` can check, without git, that later edits keep that text somewhere in docs/.

    python bench/docs_coverage.py                      # against 60a7efa, the last long README
    python bench/docs_coverage.py --write tests/docs_paragraphs.sha1
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASE = "60a7efa"


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a markdown text with their whitespace folded (a table or a code block's part
    between blank lines is one paragraph too)."""
    out: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            out.append(" ".join(" ".join(current).split()))
            current = []
    if current:
        out.append(" ".join(" ".join(current).split()))
    return out


def fingerprint(paragraph: str) -> str:
    """The SHA-1 of a folded paragraph: the manifest stores this, never the text."""
    return hashlib.sha1(paragraph.encode("utf-8")).hexdigest()


def docs_texts(repo: Path) -> dict[str, str]:
    """README.md and every docs/*.md, by their path relative to the checkout."""
    paths = [repo / "README.md", *sorted((repo / "docs").glob("*.md"))]
    return {str(p.relative_to(repo)): p.read_text(encoding="utf-8") for p in paths}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default=BASE, help="the revision whose README.md must be kept whole")
    parser.add_argument("--write", type=Path, help="write the fingerprints of the paragraphs found in docs/")
    args = parser.parse_args(argv)
    old = subprocess.run(
        ["git", "show", f"{args.base}:README.md"], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout
    texts = docs_texts(REPO)
    found_in: dict[str, set[str]] = {}
    for path, text in texts.items():
        for para in paragraphs(text):
            found_in.setdefault(para, set()).add(path)
    old_paras = paragraphs(old)
    missing = [p for p in old_paras if p not in found_in]
    in_docs = sorted({fingerprint(p) for p in old_paras if any(f.startswith("docs/") for f in found_in.get(p, ()))})
    in_readme = sum(1 for p in old_paras if "README.md" in found_in.get(p, ()))
    print(
        f"{args.base}:README.md: {len(old_paras)} paragraphs; in README.md now {in_readme}, "
        f"in docs/ {len(in_docs)} distinct, missing {len(missing)}"
    )
    for para in missing:
        print(f"missing: {para[:160]}")
    if args.write:
        args.write.write_text("".join(f"{h}\n" for h in in_docs), encoding="utf-8")
        print(f"wrote {len(in_docs)} fingerprints to {args.write}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
