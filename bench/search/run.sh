#!/usr/bin/env bash
# Search latency on a generated catalog of 100,000 SKUs, PostgreSQL and OpenSearch side by side.
# Starts an embedded PostgreSQL and an in-JVM OpenSearch node (no Docker), loads both, warms up, and prints
# p50/p95/p99 per query kind as a Markdown table (docs/performance.md, "Search on 100,000 SKUs").
#
#   bench/search/run.sh [frames=12500] [measured queries per kind=400] [warm-up per kind=150]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

./mvnw -o -q test-compile dependency:build-classpath -pl search-opensearch -am \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# The OpenSearch node logs through log4j-core; the log4j-to-slf4j bridge on the test classpath breaks it.
deps=$(tr ':' '\n' < search-opensearch/target/bench.classpath | grep -v 'log4j-to-slf4j' | paste -sd: -)
cp="search-opensearch/target/test-classes:search-opensearch/target/classes:domain/target/classes:db/target/classes:$deps"

"$JAVA_HOME/bin/java" -Xms1g -Xmx2g -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} -cp "$cp" dev.focal.catalog.opensearch.SearchBenchmark "$@"
