# Shared by the scripts in bench/: sourced, not run.

# The JVM flags the service runs with in production (src/main/docker/Dockerfile.jvm and the Kubernetes manifest set the
# same): the serial collector (one or two cores per replica), a heap that starts at 32 MiB and grows to 192 MiB (the
# response cache holds up to 64 MiB; 192 serves the large bench data set at 64 connections, see docs/performance.md;
# a heap that starts at its maximum keeps all of it resident even with little data), smaller thread stacks and code cache;
# plus, where the archive exists, the AppCDS archive the build writes.
PRODUCTION_JAVA_OPTS="-XX:+UseSerialGC -Xms32m -Xmx192m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -XX:+ExitOnOutOfMemoryError"

# Waits (up to a minute) until the application logging to $1 is ready; sets base to its URL and mgmt to the URL of its
# management interface (health, metrics: the packaged application serves them there), or fails. Start the application
# with QUARKUS_HTTP_PORT=0 QUARKUS_MANAGEMENT_PORT=0: both ports are then read from its log.
wait_until_ready() {
    local log=$1 port management
    base=""
    mgmt=""
    for _ in $(seq 1 600); do
        # the background job opens its log after the caller goes on: it may not exist yet
        [ -f "$log" ] || { sleep 0.1; continue; }
        port=$(sed -n 's/.*Listening on: http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$log" | head -n 1)
        management=$(sed -n 's/.*Management interface listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$log" | head -n 1)
        if [ -n "$port" ] && [ -n "$management" ] && curl -fs "http://127.0.0.1:$management/q/health/ready" >/dev/null; then
            base="http://127.0.0.1:$port"
            mgmt="http://127.0.0.1:$management"
            return 0
        fi
        sleep 0.1
    done
    cat "$log" >&2
    echo "the application did not become ready" >&2
    exit 1
}

# Runs a command as the postgres user when root (PostgreSQL refuses to run as root), as is otherwise.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# A TCP port nobody listens on now, on loopback.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# pg_ctl start for the private PostgreSQL of a script; on failure, shows its log (pg_ctl only says to look).
# Uses $pgbin, $work and $pg_port from the calling script.
start_private_postgres() {
    if ! as_postgres "$pgbin/pg_ctl" -D "$work/data" -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1 $*" \
            -l "$work/pg.log" -w start >/dev/null; then
        echo "PostgreSQL did not start on port $pg_port:" >&2
        cat "$work/pg.log" >&2 || true
        exit 1
    fi
}
