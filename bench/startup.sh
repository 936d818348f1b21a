#!/usr/bin/env bash
# Startup benchmark of the packaged jar: time from `java -jar` to /actuator/health/readiness = UP.
# Runs cold starts (empty FOCAL_DATA_DIR: initdb of the embedded PostgreSQL, all migrations, JobRunr tables)
# and warm starts (same data directory again) side by side, alternating, and prints each run, the medians
# and the cold/warm ratio. Results go to docs/performance.md by hand.
#
#   bench/startup.sh [runs]        (default 3 of each; build first with ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=app/target/focal.jar
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java_bin" -version 2>&1 | head -n 1
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
port=$((20000 + RANDOM % 20000))
rx_key=$(head -c 32 /dev/urandom | base64)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

start_once() { # $1 = data dir; prints seconds to readiness
    local begin end pid
    begin=$(date +%s.%N)
    FOCAL_DATA_DIR="$1" SERVER_PORT=$port FOCAL_MANAGEMENT_PORT=$port FOCAL_RX_KEY="$rx_key" FOCAL_ADMIN_USERNAME=timer FOCAL_ADMIN_PASSWORD='startup timing passphrase' \
        "$java_bin" -jar "$jar" >"$work/app.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do
        if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
            end=$(date +%s.%N)
            kill "$pid"; wait "$pid" 2>/dev/null || true
            echo "$end - $begin" | bc
            return
        fi
        sleep 0.1
    done
    kill "$pid" 2>/dev/null || true
    echo "no readiness within 120 s; log: $work/app.log" >&2
    exit 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

cold=(); warm=()
for i in $(seq 1 "$runs"); do
    dir="$work/data-$i"
    c=$(start_once "$dir"); cold+=("$c")
    w=$(start_once "$dir"); warm+=("$w")
    printf 'run %d: cold %6.2f s   warm %6.2f s\n' "$i" "$c" "$w"
done
mc=$(printf '%s\n' "${cold[@]}" | median)
mw=$(printf '%s\n' "${warm[@]}" | median)
printf 'median: cold %.2f s, warm %.2f s, cold/warm ratio %.2f (%d runs each, %s cores)\n' \
    "$mc" "$mw" "$(echo "$mc / $mw" | bc -l)" "$runs" "$(nproc)"
