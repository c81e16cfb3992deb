#!/usr/bin/env python3
"""Fit the notice score's weights on the labelled real pages of the tune half; optionally write them.

    .venv/bin/python bench/notice_weights.py            # fit, print the weights and the threshold curve
    .venv/bin/python bench/notice_weights.py --write    # ... and write newsgrab/data/notice_weights.toml

Rows: every block of the tune half's pages (bench/splits.py) in the fit's window, with the cues the
pass computes for it when no rule is loaded (`newsgrab.clean.span.notice_cues` with an empty rule
set and `every_block=True`: the score is the pass's answer to notices no rule was written for, so it
learns from every notice, the ones the rules already know included) and its hand label
(bench/notice_labels.tsv): a notice (1) or article body (0); blocks labelled `other` are left out.
The holdout half is never read here.

The rows are every block up to 240 characters, and up to 900 among the first 4 and last 10 blocks,
plain prose included (`newsgrab.clean.span.FIT_*`), not only the blocks the deployed pass reads: the
pass skips plain prose by a length the weights themselves set (`Weights.plain_prose_min_chars`) and
reads a narrower window, and a fit on those rows alone loses most of its body rows (3,978 rows where
the shipped fit had 7,783) and drifts with each refit.

The model is an L2-regularised logistic regression (Newton's method, numpy) over the cues and the
products of cues listed in `PRODUCTS`, pulled towards `PRIORS` (the shapes that are notices by
design) rather than towards zero. The threshold is the lowest at which the whole pass, rules on as
shipped, keeps `MIN_BODY_KEPT` of the tune half's body blocks (`deployed_threshold`).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_removal import BODY, BODY_TOPICS, NOT_SCORED, documents, fingerprint, load_labels
from bench.splits import TUNE

#: products of two cues the model may weigh (one cue makes another count more: the reader *and* a call)
PRODUCTS = (
    "reader-address*call-to-action", "publisher-voice*call-to-action", "self-reference*call-to-action",
    "after-body*shortness", "after-body*call-to-action", "after-body*notice-topic", "after-body*link-share",
    "after-body*no-sentence", "after-body*self-reference", "after-body*handles-urls", "after-body*heading",
    "before-body*shortness", "before-body*call-to-action", "before-body*notice-topic", "notice-topic*shortness",
    "call-to-action*shortness", "imperative*shortness", "markup*shortness",
    "after-body*self-description", "after-body*link-list", "after-body*names-author",
)
#: cues whose weight may be negative (the evidence of article prose, or a form both kinds share);
#: every other weight is held at zero or above, so each cue only ever speaks for "notice"
SIGNED = frozenset({"reported-speech", "quotation", "before-body", "heading", "list-item", "no-sentence", "headline"})
#: what the fit starts from and is pulled back to (the L2 penalty is on the distance from these):
#: the shapes that are notices by design, whatever the tune half holds few of (a provenance credit,
#: an author bio, the reader or the publisher calling to act, a call opening the block). The data
#: move them; with few examples they stay near these.
PRIORS = {
    "provenance": 5.0, "author-bio": 5.0, "reader-address*call-to-action": 3.0,
    "publisher-voice*call-to-action": 3.0, "self-reference*call-to-action": 3.0, "imperative": 3.0,
    "call-to-action": 2.0, "notice-topic": 1.5, "disclosure": 2.0, "after-body": 3.5, "before-body": 1.5,
    "shortness": 1.5,
    "link-share": 2.0, "handles-urls": 1.5, "self-reference": 1.5, "publisher-voice": 1.0, "reader-address": 0.5,
    "reported-speech": -2.0, "quotation": -2.0, "markup": 1.5, "repeated": 1.0,
    "after-body*call-to-action": 1.5, "after-body*shortness": 1.0, "notice-topic*shortness": 1.5,
    "before-body*call-to-action": 1.0, "before-body*notice-topic": 1.0,
}
#: the pull towards a prior, for the weights that have one (the others are pulled to zero by `--l2`)
PRIOR_L2 = 10.0
#: rounds of fitting: the anchors (and so the position cues) depend on the weights
ROUNDS = 3
#: the weights the first round's anchors are read with: the priors, this bias, this threshold. Not
#: the shipped file: the rounds do not settle (the threshold goes 0.50, 0.51, 0.50...), so starting
#: from the file a refit wrote lands on another point of the cycle, and a refit would not
#: reproduce the file it is run next to
START_BIAS = -6.5
START_THRESHOLD = 0.5
#: probability under which a block anchors the article (see newsgrab/clean/score.py)
ANCHOR_THRESHOLD = 0.2
#: share of the tune half's body blocks the chosen threshold must keep
MIN_BODY_KEPT = 0.995
#: the steps and the ceiling of the whole-pass threshold search (`deployed_threshold`)
THRESHOLD_STEP = 0.03
MAX_THRESHOLD = 0.95
#: L2 penalty on the weights (not on the bias)
L2 = 1.0
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "newsgrab" / "data" / "notice_weights.toml"


def rows(weights: object = None) -> tuple[list[dict[str, float]], list[int]]:
    import newsgrab
    from newsgrab.clean.span import notice_cues
    from newsgrab.model import Metadata
    from newsgrab.options import Options

    labels = load_labels()
    rules = ()
    off = Options(keep=frozenset({"all"}))
    features: list[dict[str, float]] = []
    targets: list[int] = []
    for dataset, doc, half, raw, kwargs in documents():
        if half != TUNE:
            continue
        try:
            article = newsgrab.extract(raw, options=off, **kwargs)
        except newsgrab.NewsgrabError:
            continue
        metadata = Metadata(**{f.name: getattr(article, f.name) for f in fields(Metadata)})
        blocks = [block for block, _ in article.timeline]
        page_labels = labels.get((dataset, doc), {})
        for block, cues in zip(blocks, notice_cues(blocks, rules, metadata, weights, every_block=True), strict=True):  # type: ignore[arg-type]
            if cues is None:
                continue
            category = page_labels.get(fingerprint(block.text), BODY)
            if category == NOT_SCORED:
                continue
            features.append(cues)
            targets.append(0 if category == BODY or category in BODY_TOPICS else 1)
    return features, targets


def corpus_body_lost() -> int:
    """Article sentences of the project's own corpus (tests/boilerplate_corpus: written notices and
    hard negatives, article prose worded like a notice) the pass loses, rules on as shipped and with
    no rule loaded: a threshold that takes those takes prose the real pages hold too few of to show."""
    import newsgrab
    from bench.notice_corpus import _run
    from tests.test_boilerplate_corpus import CASES, _norm, sentences

    lost = 0
    for no_rules in (False, True):
        for case in CASES:
            # (not the tests' `_extract`, which keeps its first answer for each page)
            body = _norm(_run(case, True)[0] if no_rules else newsgrab.extract_file(case.path).body)
            lost += sum(_norm(sentence) not in body for paragraph in case.keep for sentence in sentences(paragraph))
    return lost + samples_body_lost()


def samples_body_lost() -> int:
    """Strings the project's samples must keep (`must_contain` of tests/golden/*.checks.toml: article
    prose chosen as hard cases, such as a closing line that tells the reader to register with their
    utility) that the pass loses: a threshold that takes one fails the golden tests."""
    from tests.test_golden import convert, load_checks, sample_files, slug_of

    lost = 0
    for sample in sample_files():
        wanted = load_checks(slug_of(sample)).get("must_contain", [])
        if wanted:
            body = convert(sample)["body"]
            lost += sum(text not in body for text in wanted)
    return lost


def deployed_threshold(weights: object, start: float, min_body_kept: float) -> float:
    """The lowest threshold, from `start` up in steps of `THRESHOLD_STEP`, at which the whole pass
    (rules on, as shipped) keeps `min_body_kept` of the tune half's body blocks, every article
    sentence of the project's corpus and every string its samples must keep (`corpus_body_lost`):
    the rules and the footer sweep act on what the score removes, so the score alone does not tell."""
    from collections import defaultdict

    import newsgrab.clean.score as score
    from bench.notice_removal import Tally, load_labels, score_html
    from newsgrab.clean.score import Weights

    assert isinstance(weights, Weights)
    labels = load_labels()
    shipped = score.packaged_weights
    threshold = start
    try:
        while threshold < MAX_THRESHOLD:
            candidate = Weights(weights.bias, weights.weights, threshold, min(ANCHOR_THRESHOLD, threshold))
            score.packaged_weights = lambda candidate=candidate: candidate  # type: ignore[misc]
            tally = Tally()
            score_html(labels, tally, None, defaultdict(set), only=TUNE)
            removed, kept = tally.shares(TUNE)
            lost = corpus_body_lost()
            print(f"  whole pass at {threshold:.2f}: tune notices removed {removed:.3f}, body kept {kept:.4f}, "
                  f"corpus sentences lost {lost}")
            if kept >= min_body_kept and not lost:
                break
            threshold = round(threshold + THRESHOLD_STEP, 2)
    finally:
        score.packaged_weights = shipped  # type: ignore[misc]
    return threshold


def matrix(features: list[dict[str, float]], names: list[str]) -> np.ndarray:
    out = np.zeros((len(features), len(names)))
    for r, cues in enumerate(features):
        for c, name in enumerate(names):
            parts = name.split("*")
            out[r, c] = np.prod([cues.get(part, 0.0) for part in parts])
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float, nonnegative: np.ndarray, prior: np.ndarray
        ) -> tuple[float, np.ndarray]:
    """Logistic regression with an L2 pull towards `prior`, the weights marked in `nonnegative` held
    at 0 or above: projected Newton steps on the free weights, backtracking line search. (bias, weights)."""
    xb = np.hstack([np.ones((x.shape[0], 1)), x])
    held = np.concatenate([[False], nonnegative])
    centre = np.concatenate([[0.0], prior])
    beta = centre.copy()
    penalty = np.concatenate([[0.0], np.where(prior != 0.0, PRIOR_L2, l2)])

    def loss(b: np.ndarray) -> float:
        z = xb @ b
        return float(np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(penalty * (b - centre) ** 2))

    for _ in range(200):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ beta, -60, 60)))
        gradient = xb.T @ (p - y) + penalty * (beta - centre)
        free = ~(held & (beta <= 0) & (gradient > 0))
        hessian = (xb[:, free] * (p * (1 - p))[:, None]).T @ xb[:, free] + np.diag(penalty[free] + 1e-6)
        direction = np.linalg.solve(hessian, gradient[free])
        before, step = loss(beta), 1.0
        while True:
            candidate = beta.copy()
            candidate[free] -= step * direction
            candidate[held] = np.maximum(candidate[held], 0.0)
            if loss(candidate) <= before or step < 1e-6:
                break
            step /= 2
        change = float(np.max(np.abs(candidate - beta)))
        beta = candidate
        if change < 1e-7:
            break
    return float(beta[0]), beta[1:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help=f"write {WEIGHTS_FILE.name}")
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--min-body-kept", type=float, default=MIN_BODY_KEPT)
    args = ap.parse_args(argv)
    from newsgrab.clean.cues import TEXT_CUES
    from newsgrab.clean.score import PAGE_CUES, Weights

    names = [*TEXT_CUES, *PAGE_CUES, *PRODUCTS]
    nonnegative = np.array([name not in SIGNED for name in names])
    prior = np.array([PRIORS.get(name, 0.0) for name in names])
    current = Weights(START_BIAS, {name: PRIORS.get(name, 0.0) for name in names}, START_THRESHOLD,
                      ANCHOR_THRESHOLD)
    for round_ in range(ROUNDS):
        features, targets = rows(current)
        x, y = matrix(features, names), np.array(targets, dtype=float)
        bias, weights = fit(x, y, args.l2, nonnegative, prior)
        p = 1.0 / (1.0 + np.exp(-np.clip(bias + x @ weights, -60, 60)))
        body = p[y == 0]
        threshold = next((float(round(t, 2)) for t in np.arange(0.05, 0.96, 0.01)
                          if float((body < t).mean()) >= args.min_body_kept), 0.95)
        current = Weights(bias, dict(zip(names, (float(w) for w in weights), strict=True)), threshold,
                          min(ANCHOR_THRESHOLD, threshold))
        print(f"round {round_ + 1}: threshold {threshold}, tune notices {float((p[y == 1] >= threshold).mean()):.3f}")
    body, notices = p[y == 0], p[y == 1]
    print(f"tune rows: {len(y)} ({int(y.sum())} notices, {int((1 - y).sum())} body)")
    print("threshold  notices removed  body kept   (the score alone, rules off)")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
        kept = float((body < t).mean())
        print(f"{t:9.2f}  {float((notices >= t).mean()):15.3f}  {kept:9.4f}")
    print(f"threshold with the rules off: {threshold}")
    threshold = deployed_threshold(current, threshold, args.min_body_kept)
    current = Weights(current.bias, current.weights, threshold, min(ANCHOR_THRESHOLD, threshold))
    print(f"chosen threshold: {threshold} (tune body kept >= {args.min_body_kept} by the whole pass)")
    for name, weight in sorted(zip(names, weights, strict=True), key=lambda item: -abs(item[1])):
        print(f"  {name:40s} {weight:+.3f}")
    if args.write:
        lines = [
            "# The notice score's weights (newsgrab/clean/score.py): a logistic model over the cues of",
            "# newsgrab/clean/cues.py, a name `a*b` weighing the product of two cues. Written by",
            "# bench/notice_weights.py, fitted on the hand-labelled blocks of the tune half of the real",
            f"# pages ({len(y)} blocks, rules off, {int(y.sum())} of them notices; L2 {args.l2} towards",
            "# the priors of that script). At the threshold the whole pass (rules on) keeps",
            f"# {args.min_body_kept:.1%} of the tune half's body blocks. Refit, never hand-edit.",
            f"bias = {bias:.4f}",
            f"threshold = {threshold}",
            f"anchor_threshold = {min(ANCHOR_THRESHOLD, threshold)}",
            "",
            "[weights]",
        ]
        pairs = zip(names, weights, strict=True)
        lines += [f'"{name}" = {weight:.4f}' for name, weight in pairs if abs(weight) >= 1e-4]
        WEIGHTS_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
