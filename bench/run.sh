#!/usr/bin/env bash
# Benchmark of the hot public paths: the packaged application against PostgreSQL on loopback, driven by
# wrk at 64 connections, next to nginx serving the same JSON bytes as a static file (the machine's HTTP
# ceiling), in the same run. Prints a Markdown table (requests/s, p50, p99, errors per path) with the
# startup time and the application's RSS after the run, and keeps it in bench/results/.
#
#   bash bench/run.sh                  # article data, 20 s per path
#   DURATION=5 bash bench/run.sh       # shorter (the CI smoke test uses 2)
#   DATASET=large bash bench/run.sh    # 10,000 clinics and 100,000 costs (bench/large-data.sql), in a database of its own
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx; installed when missing and run as root) and
# PostgreSQL's server binaries: it starts a PostgreSQL of its own with initdb on a free port, never
# touching another database. Rate limiting is off for the run: all load comes from one address.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
duration=${DURATION:-20}
connections=${CONNECTIONS:-64}
dataset=${DATASET:-article}
jar=${JAR:-target/quarkus-app/quarkus-run.jar}
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
# the production flags (src/main/docker/Dockerfile.jvm, the Kubernetes manifest, docs/deploy.md), unless JAVA_OPTS says otherwise
# The archive names the jar as the build ran it (quarkus-run.jar, relative): the JVM uses it only when started from the
# jar's directory, as the Dockerfile does (WORKDIR /deployments); anywhere else it prints a warning and goes on without.
app_dir=$(cd "$(dirname "$jar")" && pwd)
JAVA_OPTS=${JAVA_OPTS-$PRODUCTION_JAVA_OPTS -XX:SharedArchiveFile=app-cds.jsa}
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "needs wrk and nginx: apt-get install wrk nginx" >&2; exit 1; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || { echo "needs PostgreSQL's server binaries (apt-get install postgresql)" >&2; exit 1; }

work=$(mktemp -d)
pg_port=${BENCH_PG_PORT:-$(free_port)}
app_pid=""; nginx_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
    as_postgres "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] && chown postgres "$work"
as_postgres "$pgbin/initdb" -D "$work/data" -A trust -U postgres >/dev/null
start_private_postgres -c shared_buffers=256MB
as_postgres "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres bench

start_app() {
    local started
    started=$(date +%s%N)
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$pg_port/bench" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    STEMCELLMS_RATE_LIMIT_ENABLED=false QUARKUS_HTTP_PORT=0 QUARKUS_MANAGEMENT_PORT=0 QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
        bash -c 'cd "$1" && shift && exec "$@"' - "$app_dir" java ${JAVA_OPTS:-} -jar "$(basename "$jar")" >"$work/app.log" 2>&1 &
    app_pid=$!
    wait_until_ready "$work/app.log"
    startup_ms=$(( ($(date +%s%N) - started) / 1000000 ))
    if grep -q "Unable to use shared archive" "$work/app.log"; then
        echo "warning: the JVM did not use the AppCDS archive:" >&2
        grep "shared archive" "$work/app.log" >&2
    fi
    reported=$(sed -n 's/.*started in \([0-9.]*s\).*/\1/p' "$work/app.log" | head -n 1)
}
# the first start migrates the new database; the one measured is the second, as a replica's start usually is
start_app
if [ "$dataset" = large ]; then
    echo "loading the large synthetic data set (bench/large-data.sql)..." >&2
    as_postgres "$pgbin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -d bench -v ON_ERROR_STOP=1 -f bench/large-data.sql >/dev/null
fi
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
start_app
if [ "$dataset" = large ]; then
    # the plans of the filtered list queries, shaped as the application sends them (ORDER BY the sort, then the id)
    explain() {
        as_postgres "$pgbin/psql" -qAt -h 127.0.0.1 -p "$pg_port" -U postgres -d bench -c "explain $1" | head -n 4 | sed 's/^/    /'
    }
    {
        echo "Plans (EXPLAIN) on the large data set:"
        echo; echo "- costs of one country, most expensive first:"
        explain "select * from cost where country_code = 'QA' order by min_amount desc, id offset 0 limit 20"
        echo; echo "- clinics of one country, by name:"
        explain "select * from clinic where country_code = 'QA' order by name, id offset 0 limit 20"
        echo; echo "- costs in a price range, page 50:"
        explain "select * from cost where therapy_code = 'HSCT' and min_amount <= 60000 and (max_amount is null or max_amount >= 40000) order by min_amount, id offset 980 limit 20"
        echo; echo "- clinics by full-text search:"
        explain "select * from clinic where clinic_search @@ websearch_to_tsquery('english', 'synthetic') order by name, id offset 120 limit 20"
        echo; echo "- the costs of one clinic:"
        explain "select * from cost where clinic_id = 'synthetic-clinic-4711' order by min_amount, id limit 20"
    } >"$work/plans.md"
fi

# nginx serves the JSON of the first path as a static file: the same bytes, the same loopback
first_path="/api/v1/costs?therapy=HSCT"
mkdir -p "$work/www"
curl -fs "$base$first_path" >"$work/www/costs.json"
nginx_port=$(free_port)
# as root, nginx's workers would drop to a user that cannot read the work directory
nginx_user=""; [ "$(id -u)" = 0 ] && nginx_user="user root;"
cat >"$work/nginx.conf" <<CONF
$nginx_user
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log off;
    default_type application/json;
    keepalive_requests 1000000;
    server { listen 127.0.0.1:$nginx_port; root $work/www; location / { try_files /costs.json =404; } }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
sleep 0.5

if [ "$dataset" = large ]; then
    paths=("/api/v1/costs?therapy=HSCT" "/api/v1/costs?country=QA&sort=-minPrice" "/api/v1/clinics?country=QA"
           "/api/v1/costs?therapy=HSCT&minPrice=40000&maxPrice=60000&page=50" "/api/v1/clinics?q=synthetic&page=7"
           "/api/v1/trials?status=RECRUITING&page=20" "/api/v1/costs/summary?currency=EUR")
else
    paths=("/api/v1/costs?therapy=HSCT" "/api/v1/costs/summary?currency=EUR" "/api/v1/clinics?country=MX"
           "/api/v1/costs/hsct-mx-clinica-ruiz")
fi
etag=$(curl -fsI "$base$first_path" | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | tr -d '\r')

# one wrk run: "requests/s p50 p99 errors"
measure() {
    local url=$1; shift
    wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" "$url" >"$work/wrk.txt" 2>&1 || true
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /Non-2xx or 3xx/ { errors += $NF }
        /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
        END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }' "$work/wrk.txt"
}
# warm-up: the JIT and the response cache
for path in "${paths[@]}"; do wrk -t2 -c"$connections" -d"$(( duration < 5 ? duration : 5 ))s" "$base$path" >/dev/null 2>&1 || true; done

results="$work/results.md"
# every measured row, for the targets below: "kind|rps|p99|errors|label" (kind: nginx, cached, summary, uncached)
measured="$work/measured.txt"
: >"$measured"
row() {
    local kind=$1 label=$2 rps=$3 p50=$4 p99=$5 errors=$6
    echo "| $label | $rps | $p50 | $p99 | $errors |"
    echo "$kind|$rps|$p99|$errors|$label" >>"$measured"
}
{
    echo "| Path | Requests/s | p50 (ms) | p99 (ms) | Errors |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    read -r rps p50 p99 errors < <(measure "http://127.0.0.1:$nginx_port/costs.json")
    row nginx "nginx, static copy of \`$first_path\`" "$rps" "$p50" "$p99" "$errors"
    for path in "${paths[@]}"; do
        kind=cached
        [[ "$path" == */costs/summary* ]] && kind=summary
        read -r rps p50 p99 errors < <(measure "$base$path")
        row "$kind" "\`$path\`" "$rps" "$p50" "$p99" "$errors"
    done
    read -r rps p50 p99 errors < <(measure "$base$first_path" -H "If-None-Match: $etag")
    row cached "\`$first_path\`, If-None-Match (304)" "$rps" "$p50" "$p99" "$errors"
    if [ "$dataset" = large ]; then
        read -r rps p50 p99 errors < <(measure "$base" -s bench/uncached.lua)
        row uncached "uncached: \`/api/v1/costs?therapy=HSCT&minPrice=<random>&sort=-minPrice&page=<1..25>\` (bench/uncached.lua)" \
            "$rps" "$p50" "$p99" "$errors"
        read -r rps p50 p99 errors < <(measure "$base" -s bench/uncached-trials.lua)
        row uncached "uncached: \`/api/v1/trials?status=<random>&page=<1..25>&size=<1..100>\` (bench/uncached-trials.lua)" \
            "$rps" "$p50" "$p99" "$errors"
    fi
} >"$results"
rss_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$app_pid/status")
rss_mib=$((rss_kb / 1024))
rss_target=300; [ "$dataset" = large ] && rss_target=400
# the targets of docs/performance.md, decided on this run's own figures
targets() {
    awk -F'|' -v dataset="$dataset" -v startup="$startup_ms" -v rss="$rss_mib" -v rss_target="$rss_target" '
        function yes(ok) { return ok ? "yes" : "**no**" }
        $1 == "nginx" { nginx = $2 }
        $1 == "cached" || (dataset == "article" && $1 == "summary") {
            share = nginx > 0 ? 100 * $2 / nginx : 0
            if (lowest == "" || share < lowest) { lowest = share; lowest_path = $5 }
            if ($4 > 0) cached_errors += $4
        }
        $1 == "summary" && dataset == "large" { summary_p99 = $3; summary_rps = $2 }
        $1 == "uncached" { n++; u_label[n] = $5; u_rps[n] = $2; u_p99[n] = $3; u_err[n] = $4 }
        END {
            print "| Target | Measured | Met? |"
            print "| --- | --- | --- |"
            printf "| Cached public reads: at least 50 %% of nginx on every path | lowest %.0f %% (%s) | %s |\n", lowest, lowest_path, yes(lowest >= 50)
            printf "| Cached public reads: no errors | %d | %s |\n", cached_errors, yes(cached_errors == 0)
            for (i = 1; i <= n; i++) {
                printf "| Uncached, p99 under 50 ms: %s | %.1f ms | %s |\n", u_label[i], u_p99[i], yes(u_p99[i] < 50 && u_rps[i] > 0)
                printf "| Uncached, at least 2,000 requests/s: %s | %d | %s |\n", u_label[i], u_rps[i], yes(u_rps[i] >= 2000)
                printf "| Uncached, no errors: %s | %d | %s |\n", u_label[i], u_err[i], yes(u_err[i] == 0)
            }
            if (summary_p99 != "") printf "| Cost summary over the large set: p99 under 10 ms | %.1f ms | %s |\n", summary_p99, yes(summary_p99 < 10 && summary_rps > 0)
            printf "| Start to ready under 1.5 s | %.2f s | %s |\n", startup / 1000, yes(startup < 1500)
            printf "| RSS after the run under %d MiB (%s data) | %d MiB | %s |\n", rss_target, dataset, rss, yes(rss < rss_target)
        }' "$measured"
}
{
    echo "Benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo),"
    echo "$(java -version 2>&1 | head -n 1), data set: $dataset, wrk -t2 -c$connections -d${duration}s on loopback,"
    echo "the application with: ${JAVA_OPTS}."
    echo
    cat "$results"
    echo
    targets
    echo
    echo "Startup to ready: ${startup_ms} ms (Quarkus reports ${reported:-?}; a started database, migrations done); RSS after the run: ${rss_mib} MiB."
    echo "Response cache: $(curl -fs "$mgmt/q/metrics" | grep '^stemcellms_response_cache_total' | tr '\n' ' ')"
    if [ -f "$work/plans.md" ]; then echo; cat "$work/plans.md"; fi
} | tee "$work/report.md"
mkdir -p bench/results
cp "$work/report.md" "bench/results/$(date -u +%Y%m%d-%H%M)-$dataset.md"
