#!/usr/bin/env bash
# What a new user does on a fresh machine, as issue 13 did it by hand:
#   1. clone the repository (its committed HEAD) into an empty folder with nothing beside it
#      (no ../shared), so nothing outside the clone can make it pass;
#   2. run the README's Quick start line exactly as the README prints it, in a fresh venv;
#   3. run every command the README documents, with the installed `verify`, from a folder
#      outside the clone (so nothing is imported from the source tree);
#   4. unless --no-tests: run the README's test line exactly as printed (what `.ci/run` runs), with CI=true.
# Exits non-zero at the first step that fails, saying which. Needs git and network access to PyPI.
#
#   bash benchmarks/fresh_install.sh [--no-tests]
set -euo pipefail
source_tree="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
say() { printf '\n== %s\n' "$*"; }

say "clone $source_tree (HEAD) into $work/verify"
git clone -q "$source_tree" "$work/verify"
clone="$work/verify"
cd "$clone"

readme_line() {  # the first line of README.md that starts with the given text, as printed there
    grep -m1 -F -- "$1" README.md || { echo "README.md has no line starting '$1'" >&2; exit 1; }
}
quick_start="$(readme_line 'python3 -m venv .venv && . .venv/bin/activate && pip install . ')"
test_line="$(readme_line "python3 -m venv .venv && . .venv/bin/activate && pip install -q '.[test]'")"

say "README quick start: $quick_start"
started=$(date +%s)
bash -c "$quick_start"
echo "quick start took $(( $(date +%s) - started )) s"

verify="$clone/.venv/bin/verify"
outside="$work/outside"
mkdir -p "$outside"
cd "$outside"
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"  # a fresh user: no store, no cached rates
seeds="$clone/seeds"
files="$clone/tests/evidence_files"

run() {  # run one README command from outside the tree: exit 0 or 1 (findings) only, never a traceback
    local status=0
    "$verify" "$@" >"$work/out" 2>"$work/err" || status=$?
    if [ "$status" -gt 1 ] || grep -q -e Traceback -e 'internal error' "$work/err"; then
        echo "FAILED (exit $status): verify $*" >&2
        cat "$work/err" >&2
        exit 1
    fi
    printf 'ok (exit %s)  verify %s\n' "$status" "$*"
}

say "every README command, installed, from $outside"
run --version
run check --date 2026-04-10 "$seeds/shengshu-world-model.md"
run check "$seeds/harbor-city-budget.txt"
run check --show-claims --date 2026-04-10 "$seeds/shengshu-world-model.md"
run check --quiet "$seeds"
for format in text concise json jsonl sarif github junit markdown html rdjsonl claimreview; do
    run check --format "$format" -o "$outside/report.$format" "$seeds"
done
run check --jobs 2 --format json "$seeds"
run summarize "$outside/report.jsonl"
run check --format jsonl --unordered --jobs 2 "$seeds"
# The quick start installs no extras: the Dask executor says which one it needs, in one line.
status=0
said="$("$verify" check --executor dask "$seeds" 2>&1)" || status=$?
if [[ $status -ne 2 || "$said" != "verify: error: --executor dask needs the dask extra: pip install 'verify[dask]'" ]]; then
    echo "FAILED: verify check --executor dask without the extra does not say which extra it needs" \
         "(exit $status): $said" >&2
    exit 1
fi
echo "ok (exit 2)  verify check --executor dask (no dask extra: one line naming it)"
run check --select VFY5 --ignore arithmetic.change "$seeds/harbor-city-budget.txt"
run check --min-level error --fail-on warning "$seeds"
run check --stdin-filename "$seeds/marathon-results.md" - <"$seeds/marathon-results.md"
run extract --format text "$seeds/nordvik-earnings.html"
run extract "$seeds/marathon-results.md"
run rules
run rules --format json
run explain conversion.rate
run explain VFY101
run explain suppression.unused
run init
run dump-config "$seeds/harbor-city-budget.txt"
run baseline write -o "$outside/baseline.json" "$seeds"
run check --baseline "$outside/baseline.json" "$seeds"
run baseline prune --baseline-file "$outside/baseline.json" "$seeds"
run rates where
run evidence where
run evidence import "$files/facts.csv"
run evidence add "$files/press-release.md" "$files/transcript.md"
run evidence list
run evidence search "Halden Robotics"
run evidence show 1
run check --evidence "$files/draft.md"
run check --evidence --format claimreview --url https://news.example.org/halden "$files/draft.md"
run evidence remove 1

if [ "${1:-}" = "--no-tests" ]; then
    exit 0
fi
say "README test line, CI=true, in the clone (no ../shared beside it): $test_line"
cd "$clone"
rm -rf .venv
started=$(date +%s)
CI=true bash -c "$test_line"
echo "test line took $(( $(date +%s) - started )) s"
