#!/usr/bin/env bash
# Background-job throughput through the real JobRunr on PostgreSQL (the embedded server, or FOCAL_DB_URL):
# enqueue rate (one call per job, and the stream enqueue) and processing rate from the first enqueue to the last
# job SUCCEEDED with the configured workers, with more workers, and with two background job servers on one
# database; every job must run exactly once. Prints a Markdown table for docs/performance.md
# ("Background jobs through JobRunr").
#
#   bench/jobs.sh [jobs=50000] [more workers=16]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

./mvnw -o -q test-compile dependency:build-classpath -pl app -am \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="app/target/test-classes:app/target/classes:storefront/target/classes:domain/target/classes:db/target/classes"
cp="$cp:$(cat app/target/bench.classpath)"

"$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} -cp "$cp" dev.focal.bench.JobBenchmark "$@"
