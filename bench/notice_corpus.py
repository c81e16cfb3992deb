"""Totals over the project's own boilerplate corpus (tests/boilerplate_corpus): sentences kept,
notices removed, and removed notices per category.

    .venv/bin/python bench/notice_corpus.py

These are pages the project wrote, so the figures describe the rules, not the product: accuracy
claims rest on real pages (`bench/halves.py`, and the labelled real notices where present). The
per-case test (tests/test_boilerplate_corpus.py) already requires every case to be right.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.test_boilerplate_corpus import CASES, _extract, _norm, sentences


def main() -> int:
    kept = total_sentences = removed = total_notices = 0
    per_category: Counter[str] = Counter()
    for case in CASES:
        article = _extract(case.path)
        body = _norm(article.body)
        for paragraph in case.keep:
            for sentence in sentences(paragraph):
                total_sentences += 1
                kept += _norm(sentence) in body
        for notice in case.drop:
            total_notices += 1
            if _norm(notice) not in body:
                removed += 1
                category = next((r.category for r in article.removed if _norm(notice) in _norm(r.text)), "pruned")
                per_category[category] += 1
    print(f"corpus: {len(CASES)} cases ({sum(c.hard_negative for c in CASES)} hard negatives, "
          f"{sum(c.path.suffix == '.html' for c in CASES)} HTML, {sum(c.path.suffix == '.txt' for c in CASES)} text)")
    print(f"body sentences kept: {kept}/{total_sentences}")
    print(f"notices removed: {removed}/{total_notices} ({100 * removed / max(total_notices, 1):.1f}%)")
    print("removed notices per category: " + ", ".join(f"{k} {v}" for k, v in sorted(per_category.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
