#!/bin/sh
# The benchmark (issue 9): throughput, latency and memory of casecheck next to their floors, in one run.
#   (a) plain Tika text extraction of every document and (b) the full nightly job (fresh H2 store, reports), both as
#   child JVMs on the same threads, at each size N; then the CLI's cold start (cli/bench-cli.sh) next to java -version.
# Prints figures; it is not a test and not part of ./mvnw verify.
#
# Build:  ./mvnw -B -q package -DskipTests -pl samples,batch -am     (batch/target/casecheck: the distribution)
# Run:    sh samples/bench.sh [--sizes 500,2000[,10000]] [--threads N] [--work DIR] [--cli-runs R] [--no-cli]
#                             [--jvm-opts "-Xmx1g"] [--casecheck LAUNCHER] [--seed S] [--date D] [--regenerate]
#                             [--profile]   (a JFR recording of the nightly child: <work>/runs/n<N>/nightly.jfr)
#                             [--cli-only]  (only the CLI start-up, on a typical dossier of the first size's export)
# Defaults: sizes 500,2000; threads = cores; work dir ${TMPDIR:-/tmp}/casecheck-bench (generated exports are reused
# when generated with the same size, seed and date); launcher batch/target/casecheck/bin/casecheck.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
jar=$(ls "$here"/target/casecheck-samples-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ] || [ ! -f "$here/target/bench.classpath" ]; then
  echo "missing samples/target: build first (see the header of this script)" >&2
  exit 2
fi
if [ -n "${JAVA_HOME:-}" ]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi
# Java decodes file names with the locale's charset: under C/POSIX the export's 卷宗/ folder cannot be opened.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) LC_ALL=C.UTF-8; export LC_ALL ;;
esac
exec "$JAVA" -Dfile.encoding=UTF-8 -Djava.io.tmpdir="${TMPDIR:-/tmp}" -cp "$jar:$(cat "$here/target/bench.classpath")" \
  casecheck.samples.bench.Bench --repo "$repo" "$@"
