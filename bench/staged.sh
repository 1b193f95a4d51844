#!/usr/bin/env bash
# Benchmark for the pre-commit budget (README): `cfauthlint scan --staged`
# with 3 staged files in a repository of 50,000 files, next to
# `git diff --cached --name-only` on the same repository. Both are timed as
# whole processes (what a pre-commit hook pays), median and best of RUNS.
# cfauthlint runs three git processes itself: rev-parse --show-toplevel,
# diff --cached --raw (the staged list) and cat-file --batch (the blobs).
#
# Usage: bench/staged.sh [FILES] [RUNS]      (defaults: 50000 20)
set -euo pipefail
files=${1:-50000}
runs=${2:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL="$tmp/gitconfig"
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.com
: > "$GIT_CONFIG_GLOBAL"

(cd "$root" && go build -o "$tmp/cfauthlint" ./cmd/cfauthlint)
repo=$tmp/repo
mkdir -p "$repo"
cd "$repo"
git init -q -b main

echo "generating $files files…" >&2
per_dir=100
for ((d = 0; d * per_dir < files; d++)); do
	mkdir -p "src/pkg$d"
	for ((f = 0; f < per_dir && d * per_dir + f < files; f++)); do
		printf 'package pkg%d\n\n// File %d of the benchmark tree.\nfunc F%d(base string) string {\n\treturn base + "https://api.cloudflare.com/client/v4/zones"\n}\n' "$d" "$f" "$f" > "src/pkg$d/f$f.go"
	done
done
git add -A
git commit -q -m "tree of $files files"

# Three staged changes: two edits and a new file; plus an unstaged edit.
printf '\n// edited\nvar token = os.Getenv("CLOUDFLARE_API_TOKEN")\n' >> src/pkg1/f1.go
printf '\n// edited\nvar base = "https://api.cloudflare.com/client/v4"\n' >> src/pkg7/f3.go
printf 'CLOUDFLARE_ACCOUNT_ID=example\nAPI_BASE=https://api.cloudflare.com/client/v4\n' > deploy.env
git add src/pkg1/f1.go src/pkg7/f3.go deploy.env
printf '\n// unstaged\n' >> src/pkg2/f2.go
[ "$(git diff --cached --name-only | wc -l)" -eq 3 ] || { echo "expected 3 staged files" >&2; exit 1; }

# Runs a command RUNS times (after one warm-up) and prints median and best in ms.
timeit() {
	local label=$1
	shift
	"$@" > /dev/null 2>&1 || true
	local -a ms=()
	for ((i = 0; i < runs; i++)); do
		local t0 t1
		t0=$(date +%s%N)
		"$@" > /dev/null 2>&1 || true
		t1=$(date +%s%N)
		ms+=($(((t1 - t0) / 1000)))
	done
	local sorted
	sorted=$(printf '%s\n' "${ms[@]}" | sort -n)
	local median best
	median=$(echo "$sorted" | sed -n "$(((runs + 1) / 2))p")
	best=$(echo "$sorted" | head -1)
	awk -v l="$label" -v m="$median" -v b="$best" 'BEGIN { printf "%-52s median %6.1f ms   best %6.1f ms\n", l, m / 1000, b / 1000 }'
}

echo "repository: $files files, 3 staged, $(nproc) CPUs, $(git --version)"
timeit "git diff --cached --name-only" git diff --cached --name-only
timeit "cfauthlint scan --staged" "$tmp/cfauthlint" scan --staged
timeit "cfauthlint scan --staged src/pkg1/f1.go deploy.env" "$tmp/cfauthlint" scan --staged src/pkg1/f1.go deploy.env
"$tmp/cfauthlint" scan --staged || true
