# Shared by the scripts in bench/: sourced, not run.

# Waits (up to a minute) until the application logging to $1 is ready; sets base to its URL, or fails.
wait_until_ready() {
    local log=$1 port
    base=""
    for _ in $(seq 1 600); do
        port=$(sed -n 's/.*Listening on: http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$log" | head -n 1)
        if [ -n "$port" ] && curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null; then
            base="http://127.0.0.1:$port"
            return 0
        fi
        sleep 0.1
    done
    cat "$log" >&2
    echo "the application did not become ready" >&2
    exit 1
}
