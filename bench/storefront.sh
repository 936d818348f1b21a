#!/usr/bin/env bash
# Storefront throughput benchmark: the packaged jar in demo mode, wrk on loopback, and for each page a
# baseline in the same run: a static file of the same bytes (the page's own HTML, saved once) served by the
# same server. Reports requests/s and p99 latency of each and the page/static throughput ratio.
#
#   bench/storefront.sh [seconds per run] [connections]    (defaults 20 and 16; build first: ./mvnw -DskipTests package)
#
# Pages: a product page (/p/aurelia-ada), a category page with a facet (/eyeglasses?shape=ROUND) and a
# search (/search?q=tortoise). The runs alternate page and static file three times; the medians are reported.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
conns=${2:-16}
jar=app/target/focal.jar
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -DskipTests package" >&2; exit 1; }
port=$((20000 + RANDOM % 20000))
work=$(mktemp -d)
mkdir -p "$work/static/images/bench"
base="http://127.0.0.1:$port"
FOCAL_DATA_DIR="$work/data" SERVER_PORT=$port FOCAL_MANAGEMENT_PORT=$port FOCAL_DEMO=true FOCAL_BASE_URL="$base" \
    "$java_bin" -Xmx1g -jar "$jar" --spring.web.resources.static-locations=classpath:/static/,file:"$work/static/" \
    >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 1800); do
    curl -fs "$base/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && curl -fs "$base/p/aurelia-ada" >/dev/null 2>&1 && break
    sleep 0.1
done
curl -fs "$base/p/aurelia-ada" >/dev/null || { echo "the app did not come up; log: $work/app.log" >&2; cat "$work/app.log" >&2; exit 1; }

run() { # $1 = URL; prints "requests/s p99-ms"
    wrk -t2 -c"$conns" -d"${secs}s" --latency "$1" | awk '
        /Requests\/sec/ {rps=$2}
        /^ +99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p99=v}
        END {printf "%.0f %.2f\n", rps, p99}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

"$java_bin" -version 2>&1 | head -n 1
echo "cores: $(nproc), wrk -t2 -c$conns -d${secs}s, app and wrk on the same machine"
for page in "/p/aurelia-ada" "/eyeglasses?shape=ROUND" "/search?q=tortoise"; do
    name=$(echo "$page" | tr -c 'a-z0-9\n' '_')
    curl -fs "$base$page" >"$work/static/images/bench/$name.html"
    bytes=$(wc -c <"$work/static/images/bench/$name.html")
    wrk -t2 -c"$conns" -d5s "$base$page" >/dev/null          # warm-up
    wrk -t2 -c"$conns" -d5s "$base/images/bench/$name.html" >/dev/null
    prps=(); pp99=(); srps=(); sp99=()
    for i in 1 2 3; do
        read -r r l < <(run "$base$page"); prps+=("$r"); pp99+=("$l")
        read -r r l < <(run "$base/images/bench/$name.html"); srps+=("$r"); sp99+=("$l")
    done
    mp=$(printf '%s\n' "${prps[@]}" | median); ml=$(printf '%s\n' "${pp99[@]}" | median)
    ms=$(printf '%s\n' "${srps[@]}" | median); msl=$(printf '%s\n' "${sp99[@]}" | median)
    ratio=$(echo "scale=2; $mp / $ms" | bc)
    printf '%-26s %6d bytes  page %7.0f req/s p99 %7.2f ms | static %7.0f req/s p99 %7.2f ms | ratio %s\n' \
        "$page" "$bytes" "$mp" "$ml" "$ms" "$msl" "$ratio"
done
