#!/usr/bin/env bash
# Every figure a closing note quotes, for one tree, in one run (about ten minutes on two cores).
#
#   bench/figures.sh OUT [CONV]
#
# Run it from a checkout (or a `git archive` export) with `../shared` beside it and `.venv` set up
# (`python3 dev.py check`, then the peers `pip install trafilatura htmldate`). OUT is a folder for
# the outputs, one file per bench; CONV is the folder `bench/convert_pages.py CONV` wrote (the
# bench/meta and Readability pages through the converters), skipped when missing. Why a script: the
# figures are compared stop to stop, so each must come from the same command every time, and a new
# machine must be able to produce them without anyone remembering the flags.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: bench/figures.sh OUT [CONV]}
CONV=${2:-}
PY=${PYTHON:-.venv/bin/python}
mkdir -p "$OUT"

run() {  # run NAME CMD...: stdout and stderr to OUT/NAME.txt, the exit code noted, never stops the run
    local name=$1; shift
    echo "figures: $name" >&2
    "$@" > "$OUT/$name.txt" 2>&1
    echo "exit $?" >> "$OUT/$name.txt"
}

run scorecard "$PY" ../shared/tools/scorecard.py
run halves_body "$PY" bench/halves.py body
run metabench "$PY" ../shared/tools/metabench.py --peers trafilatura,htmldate --json "$OUT/meta.json"
run halves_meta "$PY" bench/halves.py meta "$OUT/meta.json"
run meta_folds "$PY" bench/meta_folds.py "$OUT/meta.json"
run textbench "$PY" ../shared/tools/textbench.py --converter all
run halves_text "$PY" bench/halves.py text
run text_meta "$PY" bench/text_meta.py
run notice_text "$PY" bench/notice_removal.py --text
run notice_folds "$PY" bench/notice_folds.py
if [ -n "$CONV" ] && [ -d "$CONV" ]; then
    run text_meta_conv "$PY" bench/text_meta.py --converted "$CONV" --folds
    run text_meta_prec "$PY" bench/text_meta.py --converted "$CONV" --precision
    run halves_text_conv "$PY" bench/halves.py text --converted "$CONV" --folds
    run notice_conv "$PY" bench/notice_removal.py --converted "$CONV"
fi
run snapshot "$PY" bench/snapshot.py write "$OUT/snap.jsonl"
echo "figures: done, in $OUT" >&2
