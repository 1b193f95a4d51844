#!/usr/bin/env bash
# Go analysis budget (README, Performance): `cfauthlint scan --go=auto` on a
# Go tree against `--go=off` on the same tree (the yardstick), cold (empty
# result cache) and warm (a repeat run), with peak RSS; and, unless
# GOCOMPARE_SCAN_ONLY is set, `go vet -vettool=cfauthlint` (cold: an empty
# GOCACHE; warm: a repeat) and gosec (if on PATH) on the same packages.
# Each cfauthlint figure is the median of RUNS whole-process runs; vet and
# gosec run once each (minutes on large trees).
#
# Usage: bench/gocompare.sh TREE [PATTERN] [RUNS]   (defaults: ./... 5)
set -euo pipefail
tree=$(cd "$1" && pwd)
pattern=${2:-./...}
runs=${3:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/cfauthlint" ./cmd/cfauthlint)
bin=$tmp/cfauthlint
dir=$tree/${pattern%...}
dir=${dir%/}

# one CMD...: prints "seconds maxrss_kb" of one run.
one() {
	/usr/bin/time -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || true
	tail -n 1 "$tmp/t"
}
# median LABEL CMD...: RUNS runs, prints the median time and the peak RSS.
median() {
	local label=$1
	shift
	local ts=() rss=0
	for ((i = 0; i < runs; i++)); do
		read -r t m < <(one "$@")
		ts+=("$t")
		((m > rss)) && rss=$m
	done
	local med
	med=$(printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
	printf '%-28s %8.2f s  %6d MB  (runs: %s)\n' "$label" "$med" $((rss / 1024)) "${ts[*]}"
	echo "$med" > "$tmp/last"
}

echo "tree: $tree ($pattern), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$dir" >/dev/null 2>&1 || true
find "$dir" -type f -name '*.go' -exec cat {} + >/dev/null # page cache
median "scan --go=off" "$bin" scan --go=off --format json "$dir"
off=$(cat "$tmp/last")
median "scan --go=auto (cold)" env CFAUTHLINT_CACHE="$tmp/cold" sh -c 'rm -rf "$CFAUTHLINT_CACHE"; exec "$0" "$@"' "$bin" scan --go=auto --format json "$dir"
cold=$(cat "$tmp/last")
CFAUTHLINT_CACHE="$tmp/warm" "$bin" scan --go=auto --format json "$dir" >/dev/null 2>&1 || true
median "scan --go=auto (warm)" env CFAUTHLINT_CACHE="$tmp/warm" "$bin" scan --go=auto --format json "$dir"
warm=$(cat "$tmp/last")
awk -v off="$off" -v cold="$cold" -v warm="$warm" 'BEGIN {
	printf "auto/off: cold %.1fx, warm %.1fx; budget 3x off + 5 s = %.2f s: cold %s\n", cold/off, warm/off, 3*off+5, (cold <= 3*off+5 ? "within" : "OVER")
}'
[ -n "${GOCOMPARE_SCAN_ONLY:-}" ] && exit 0

cd "$tree"
read -r t m < <(one env GOCACHE="$tmp/gocache" go vet -vettool="$bin" "$pattern")
printf '%-28s %8.2f s  %6d MB\n' "go vet -vettool (cold)" "$t" $((m / 1024))
vetcold=$t
read -r t m < <(one env GOCACHE="$tmp/gocache" go vet -vettool="$bin" "$pattern")
printf '%-28s %8.2f s  %6d MB\n' "go vet -vettool (warm)" "$t" $((m / 1024))
vetwarm=$t
awk -v c="$cold" -v vc="$vetcold" -v vw="$vetwarm" 'BEGIN { printf "scan cold / go vet: cold %.1f%%, warm %.1f%%\n", 100*c/vc, 100*c/vw }'
if command -v gosec >/dev/null; then
	read -r t m < <(one env GOCACHE="$tmp/gocache2" gosec -quiet -fmt json "$pattern")
	printf '%-28s %8.2f s  %6d MB\n' "gosec (cold build cache)" "$t" $((m / 1024))
	read -r t2 m2 < <(one env GOCACHE="$tmp/gocache2" gosec -quiet -fmt json "$pattern")
	printf '%-28s %8.2f s  %6d MB\n' "gosec (warm)" "$t2" $((m2 / 1024))
	awk -v c="$cold" -v g="$t" -v g2="$t2" 'BEGIN { printf "scan cold / gosec: cold %.1f%%, warm %.1f%% (goal <= 10%%)\n", 100*c/g, 100*c/g2 }'
fi
