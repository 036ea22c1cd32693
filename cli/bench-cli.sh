#!/bin/sh
# Start-up benchmark of the CLI (issue 5): the median wall time of N cold `casecheck check` runs on one dossier,
# next to the median of `java -version` (the JVM floor) measured in the same session, and their ratio.
# Target on the 2-core machine: median <= 1.5 s and <= 45 x the java -version floor. Not a test: it prints figures.
#
# Usage:  ./mvnw -B -o -pl cli -am package -DskipTests     (builds cli/target/casecheck with its CDS archive)
#         sh cli/bench-cli.sh [DOSSIER] [RUNS]              (RUNS defaults to 11)
# Environment: CASECHECK_CDS=off measures without the class-data-sharing archive, for comparison;
#              CASECHECK_BIN=batch/target/casecheck/bin/casecheck measures the README build's full distribution;
#              EXPORT=samples/export checks with --export (the case's table rows too).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${CASECHECK_BIN:-$here/target/casecheck/bin/casecheck}
runs=${2:-11}
if [ $# -ge 1 ] && [ -n "$1" ]; then
  dossier=$1
else
  # A typical sample dossier (10 documents: 6 DOCX, 3 PDF, 1 TXT), else the CDS fallback training dossier.
  dossier=$here/../samples/export/卷宗/A3399215300002026000003
  [ -d "$dossier" ] || dossier=$here/src/cds/training-dossier/A3201052026110001
fi
[ -x "$bin" ] || { echo "missing $bin: build first (see the header of this script)" >&2; exit 2; }

now_ns() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ms() { awk -v ns="$1" 'BEGIN { printf "%.0f", ns / 1000000 }'; }

documents=$(find "$dossier" -type f 2>/dev/null | wc -l | tr -d ' ')
echo "dossier:  $dossier ($documents files)"
if [ -n "${EXPORT:-}" ]; then
  [ -d "$EXPORT" ] || [ -f "$EXPORT" ] || { echo "missing export $EXPORT" >&2; exit 2; }
  set -- --export "$EXPORT"
else
  set --
fi
echo "command:  $bin check $* --as-of 2026-11-22 -- <dossier> > /dev/null"
echo "runs:     $runs cold runs each (one discarded warm-up run first: file cache)"
echo "machine:  $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"

java -version > /dev/null 2>&1
"$bin" check "$@" --as-of 2026-11-22 -- "$dossier" > /dev/null 2>&1 || true
# Whether the class-data-sharing archive was really used (the JVM ignores a stale one without a word): the warm-up run
# above has made one if the installation had none that matched; this run counts where its classes came from.
log=$(mktemp)
JAVA_OPTS="${JAVA_OPTS:-} -Xlog:class+load=info" "$bin" check "$@" --as-of 2026-11-22 -- "$dossier" > "$log" 2>/dev/null || true
loaded=$(grep -c ' source: ' "$log" || true)
shared=$(grep -c ' source: shared objects file' "$log" || true)
rm -f "$log"
echo "archive:  $shared of $loaded classes from class-data-sharing archives (JDK's and lib/casecheck.jsa)"

floor=""
cli=""
cpu=""
cpu_file=$(mktemp)
trap 'rm -f "$cpu_file"' EXIT
i=0
while [ "$i" -lt "$runs" ]; do
  t0=$(now_ns); java -version > /dev/null 2>&1; t1=$(now_ns)
  f=$((t1 - t0))
  t0=$(now_ns); rc=0
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -o "$cpu_file" -f '%U %S' "$bin" check "$@" --as-of 2026-11-22 -- "$dossier" > /dev/null 2>&1 || rc=$?
  else
    "$bin" check "$@" --as-of 2026-11-22 -- "$dossier" > /dev/null 2>&1 || rc=$?
  fi
  t1=$(now_ns)
  c=$((t1 - t0))
  if [ -s "$cpu_file" ]; then
    cpu="$cpu $(awk '{ printf "%.0f", ($1 + $2) * 1e9 }' "$cpu_file")"
  fi
  [ "$rc" -eq 0 ] || [ "$rc" -eq 4 ] || { echo "casecheck check failed with exit code $rc" >&2; exit 1; }
  floor="$floor $f"
  cli="$cli $c"
  printf 'run %2d: java -version %5s ms   casecheck check %5s ms (exit %s)\n' "$((i + 1))" "$(ms "$f")" "$(ms "$c")" "$rc"
  i=$((i + 1))
done

floor_med=$(printf '%s\n' $floor | median)
cli_med=$(printf '%s\n' $cli | median)
cpu_med=$( [ -n "$cpu" ] && printf '%s\n' $cpu | median || echo 0)
awk -v f="$floor_med" -v c="$cli_med" -v u="$cpu_med" 'BEGIN {
  printf "median java -version:    %6.0f ms\n", f / 1e6
  printf "median casecheck check:  %6.0f ms\n", c / 1e6
  printf "ratio:                   %6.1f x   (target: <= 1500 ms and <= 45 x)\n", c / f
  if (u > 0) printf "median CPU (user+sys) of casecheck check: %.0f ms (wall on an idle machine is below this: two cores)\n", u / 1e6
}'
