#!/bin/sh
# bench/run.sh [RUNS] — cfauthlint's performance, measured side by side with
# the plain-read floor and ripgrep (when installed), on generated corpora and
# on $(go env GOROOT)/src. Prints a Markdown table and the issue-5 targets.
#
#   BENCH_DIR=dir  keep binaries and corpora (≈1.7 GB) in dir and reuse them;
#                  without it they go to a temporary directory removed at exit.
#   BENCH_ONLY="goroot mixed"  measure only these corpora.
#   BENCH_BASELINE=bin  also measure this cfauthlint binary (a build before a
#                  change) in the same rounds, as cfauthlint-baseline.
set -eu
cd "$(dirname "$0")/.."
runs=${1:-7}
if [ -n "${BENCH_DIR:-}" ]; then
	dir=$BENCH_DIR
	mkdir -p "$dir"
else
	dir=$(mktemp -d "${TMPDIR:-/tmp}/cfauthlint-bench.XXXXXX")
	trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir/bin" "$dir/corpus"
# bench/ is a module of its own (bench/go.mod), so that installing the
# main module (pre-commit's `go install ./...`) does not install its tools.
for cmd in cfauthlint:.:./cmd/cfauthlint readfloor:bench:./readfloor measure:bench:./measure gencorpus:bench:./gencorpus; do
	name=${cmd%%:*} rest=${cmd#*:}
	# Static, as a release build would be: cfauthlint needs no cgo, and the
	# dynamic loader was 0.7 ms of each run.
	CGO_ENABLED=0 go -C "${rest%%:*}" build -o "$dir/bin/$name" "${rest#*:}"
done
only=${BENCH_ONLY:-goroot mixed big minified small}
args=""
for c in $only; do
	if [ "$c" = goroot ]; then
		args="$args goroot=$(go env GOROOT)/src"
		continue
	fi
	if [ ! -e "$dir/corpus/$c.done" ]; then
		echo "generating corpus $c in $dir/corpus ..." >&2
		rm -rf "${dir:?}/corpus/$c"
		"$dir/bin/gencorpus" -out "$dir/corpus" -only "$c"
		touch "$dir/corpus/$c.done"
	fi
	args="$args $c=$dir/corpus/$c"
done
echo "## cfauthlint performance ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "$(go version); cfauthlint $(git describe --always --dirty 2>/dev/null || echo '?'); $(rg --version 2>/dev/null | head -1 || echo 'ripgrep not installed')."
echo
# shellcheck disable=SC2086
"$dir/bin/measure" -cfauthlint "$dir/bin/cfauthlint" -readfloor "$dir/bin/readfloor" ${BENCH_BASELINE:+-baseline "$BENCH_BASELINE"} -runs "$runs" $args
