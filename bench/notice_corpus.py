"""Totals over the project's own boilerplate corpus (tests/boilerplate_corpus): sentences kept,
notices removed, removed notices per category, and the original sources captured.

    .venv/bin/python bench/notice_corpus.py              # the pass as shipped (rules and score)
    .venv/bin/python bench/notice_corpus.py --no-rules   # the notice score and structure alone

These are pages the project wrote, so the figures describe the rules, not the product: accuracy
claims rest on real pages (`bench/halves.py`, and bench/notice_removal.py on the labelled real
notices). The per-case test (tests/test_boilerplate_corpus.py) already requires every case to be
right with the rules. `--no-rules` shows what the pass does for a publisher no rule was written for:
every case's notices then go (or stay) by the notice score and the structure sweeps.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.test_boilerplate_corpus import CASES, Case, _extract, _norm, sentences


def _run(case: Case, no_rules: bool) -> tuple[str, list[tuple[str, str]], dict[str, object]]:
    """(body, [(category, text) removed], original source fields) of one case."""
    if not no_rules:
        article = _extract(case.path)
        source = article.original_source.to_dict() if article.original_source else {}
        return article.body, [(r.category, r.text) for r in article.removed], source
    import newsgrab
    from newsgrab.clean.boilerplate import remove_boilerplate
    from newsgrab.options import Options
    from newsgrab.render import render_text

    article = newsgrab.extract_file(case.path, options=Options(keep=frozenset({"all"})))
    result = remove_boilerplate([block for block, _ in article.timeline], (), frozenset(), article)
    source = result.original_source.to_dict() if result.original_source else {}
    return render_text(result.kept), [(r.category, r.text) for r in result.removed], source


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-rules", action="store_true", help="run the pass with no rule loaded")
    args = ap.parse_args(argv)
    kept = total_sentences = removed = total_notices = sourced = with_source = 0
    per_category: Counter[str] = Counter()
    for case in CASES:
        body_text, removals, source = _run(case, args.no_rules)
        body = _norm(body_text)
        for paragraph in case.keep:
            for sentence in sentences(paragraph):
                total_sentences += 1
                kept += _norm(sentence) in body
        for notice in case.drop:
            total_notices += 1
            if _norm(notice) not in body:
                removed += 1
                category = next((c for c, text in removals if _norm(notice) in _norm(text)), "pruned")
                per_category[category] += 1
        if case.source.get("name"):
            with_source += 1
            sourced += source.get("name") == case.source["name"]
    print(f"corpus: {len(CASES)} cases ({sum(c.hard_negative for c in CASES)} hard negatives, "
          f"{sum(c.path.suffix == '.html' for c in CASES)} HTML, {sum(c.path.suffix == '.txt' for c in CASES)} text)"
          + (", no rules loaded" if args.no_rules else ""))
    print(f"body sentences kept: {kept}/{total_sentences}")
    print(f"notices removed: {removed}/{total_notices} ({100 * removed / max(total_notices, 1):.1f}%)")
    print("removed notices per category: " + ", ".join(f"{k} {v}" for k, v in sorted(per_category.items())))
    print(f"original source name captured: {sourced}/{with_source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
