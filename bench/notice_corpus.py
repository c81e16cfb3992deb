"""Totals over the project's own boilerplate corpus (tests/boilerplate_corpus): sentences kept,
notices removed, removed notices per category, and the original sources captured.

    .venv/bin/python bench/notice_corpus.py              # the pass as shipped (rules and score)
    .venv/bin/python bench/notice_corpus.py --no-rules   # the notice score and structure alone
    .venv/bin/python bench/notice_corpus.py --no-rules --shape-only --text --misses
                                  # ... and no word cue either (bench/notice_routes.py), text cases only

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


def _run(case: Case, no_rules: bool, shape_only: bool = False) -> tuple[str, list[tuple[str, str]], dict[str, object]]:
    """(body, [(category, text) removed], original source fields) of one case; `shape_only`: the
    score without the cues that need a word of the lexicon (`bench/notice_routes.py`)."""
    if shape_only:
        import newsgrab.clean.score as score
        from bench.notice_routes import shape_weights

        original, weights = score.packaged_weights, shape_weights()
        score.packaged_weights = lambda: weights  # type: ignore[assignment,return-value]
        try:
            return _run(case, no_rules)
        finally:
            score.packaged_weights = original  # type: ignore[assignment]
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
    ap.add_argument("--shape-only", action="store_true", help="the score without the lexicon's word cues")
    ap.add_argument("--text", action="store_true", help="the text cases only")
    ap.add_argument("--misses", action="store_true", help="list the notices left in the body")
    args = ap.parse_args(argv)
    kept = total_sentences = removed = total_notices = sourced = with_source = 0
    per_category: Counter[str] = Counter()
    cases = [case for case in CASES if case.path.suffix == ".txt" or not args.text]
    for case in cases:
        body_text, removals, source = _run(case, args.no_rules, args.shape_only)
        body = _norm(body_text)
        for paragraph in case.keep:
            for sentence in sentences(paragraph):
                total_sentences += 1
                kept += _norm(sentence) in body
                if _norm(sentence) not in body and args.misses:
                    print(f"LOST {case.slug}: {sentence[:120]}")
        for notice in case.drop:
            total_notices += 1
            if _norm(notice) in body and args.misses:
                print(f"MISS {case.slug}: {notice[:120]}")
            if _norm(notice) not in body:
                removed += 1
                category = next((c for c, text in removals if _norm(notice) in _norm(text)), "pruned")
                per_category[category] += 1
        if case.source.get("name"):
            with_source += 1
            sourced += source.get("name") == case.source["name"]
    print(f"corpus: {len(cases)} cases ({sum(c.hard_negative for c in cases)} hard negatives, "
          f"{sum(c.path.suffix == '.html' for c in cases)} HTML, {sum(c.path.suffix == '.txt' for c in cases)} text)"
          + (", no rules loaded" if args.no_rules else "") + (", no word cue" if args.shape_only else ""))
    print(f"body sentences kept: {kept}/{total_sentences}")
    print(f"notices removed: {removed}/{total_notices} ({100 * removed / max(total_notices, 1):.1f}%)")
    print("removed notices per category: " + ", ".join(f"{k} {v}" for k, v in sorted(per_category.items())))
    print(f"original source name captured: {sourced}/{with_source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
