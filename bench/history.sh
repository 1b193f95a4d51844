#!/usr/bin/env bash
# Benchmark for `cfauthlint scan --history` (README): a synthetic repository
# of COMMITS commits (bench/genhistory: FILES Go source files, EDITS edited
# files per commit, a fake cfk_ key planted and deleted every 500 commits)
# is scanned three ways, each timed as a whole process, median of RUNS:
#   - git alone reading every blob once: `git cat-file --batch-all-objects --batch` (the floor);
#   - cfauthlint scan --history (git log --raw + cat-file --batch + scanning);
#   - cfauthlint scan of a checkout of HEAD (the file walker).
# MB/s is the blob bytes scanned (cfauthlint's own summary) over wall time.
#
# Usage: bench/history.sh [COMMITS] [FILES] [EDITS] [RUNS]   (defaults: 5000 2000 3 5)
set -euo pipefail
commits=${1:-5000}
files=${2:-2000}
edits=${3:-3}
runs=${4:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$tmp/gitconfig"
: > "$GIT_CONFIG_GLOBAL"

(cd "$root" && go build -o "$tmp/cfauthlint" ./cmd/cfauthlint && go -C bench build -o "$tmp/genhistory" ./genhistory)
repo=$tmp/repo
git init -q -b main "$repo"
cd "$repo"
"$tmp/genhistory" "$commits" "$files" "$edits" | git fast-import --quiet
git checkout -q main
git gc -q --aggressive 2>/dev/null || git gc -q
blobs=$(git cat-file --batch-all-objects --batch-check='%(objecttype)' | grep -c '^blob$')
echo "repository: $(git rev-list --all --count) commits, $blobs blobs, $(du -sh .git | cut -f1) packed; $(nproc) CPUs, $(git --version)"

# median_ms CMD...: runs CMD RUNS times after a warm-up, prints the median wall time in ms.
median_ms() {
	"$@" > /dev/null 2>&1 || true
	local -a ms=()
	for ((i = 0; i < runs; i++)); do
		local t0 t1
		t0=$(date +%s%N)
		"$@" > /dev/null 2>&1 || true
		t1=$(date +%s%N)
		ms+=($(((t1 - t0) / 1000000)))
	done
	printf '%s\n' "${ms[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

# scanned_bytes ARGS...: the bytes cfauthlint reports having scanned.
scanned_bytes() {
	"$tmp/cfauthlint" scan --format json --exit-zero "$@" 2> /dev/null | sed -n 's/.*"bytes": \([0-9]*\).*/\1/p' | head -1
}

report() { # label bytes ms
	awk -v l="$1" -v b="$2" -v m="$3" 'BEGIN { printf "%-44s %8.1f MB in %7.0f ms = %7.1f MB/s\n", l, b / 1e6, m, b / 1e6 / (m / 1000) }'
}

all_bytes=$(git cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' | awk '$1 == "blob" { s += $2 } END { print s }')
report "git cat-file --batch-all-objects --unordered --batch" "$all_bytes" "$(median_ms sh -c 'git cat-file --batch-all-objects --unordered --batch > /dev/null')"
hist_bytes=$(scanned_bytes --history .)
report "cfauthlint scan --history" "$hist_bytes" "$(median_ms "$tmp/cfauthlint" scan --history .)"
report "cfauthlint scan --history -j 1" "$hist_bytes" "$(median_ms "$tmp/cfauthlint" scan --history -j 1 .)"
tree_bytes=$(scanned_bytes .)
report "cfauthlint scan (checkout of HEAD)" "$tree_bytes" "$(median_ms "$tmp/cfauthlint" scan .)"
echo "findings in history (planted keys are CF102):"
"$tmp/cfauthlint" scan --history --quiet . | awk '{ print $2 }' | sort | uniq -c
