#!/usr/bin/env bash
# Reservation throughput on one hot SKU (Reservations#reserve through the real services) against a bare
# conditional UPDATE loop on the same embedded PostgreSQL, in alternating phases, as a ratio. Prints a Markdown
# table for docs/performance.md ("Reservations on one hot SKU").
#
#   bench/inventory.sh [clients=16] [seconds per phase=10] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

./mvnw -o -q test-compile dependency:build-classpath -pl app -am \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="app/target/test-classes:app/target/classes:storefront/target/classes:domain/target/classes:db/target/classes"
cp="$cp:$(cat app/target/bench.classpath)"

"$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} -cp "$cp" dev.focal.bench.ReservationBenchmark "$@"
