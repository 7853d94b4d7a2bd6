# A throwaway MariaDB server: its own data folder, a private socket and a loopback port; nothing from /etc/mysql.
# shellcheck shell=bash

command -v td_log >/dev/null 2>&1 || td_log() { printf '==> %s\n' "$*" >&2; }

# Prints the first free loopback TCP port at or above $1.
td_free_port() {
    local port=$1
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    echo "$port"
}

# td_mariadb_start DIR PORT [mariadbd options...]: installs a data folder in DIR and starts mariadbd; waits until
# it answers.
td_mariadb_start() {
    local dir=$1
    mkdir -p "$dir/tmp" # its own tmpdir: temporary tables in /tmp vanish when anything else cleans /tmp
    mariadb-install-db --no-defaults --user=root --datadir="$dir/data" --tmpdir="$dir/tmp" \
        --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/install.log" 2>&1 || { cat "$dir/install.log" >&2; return 1; }
    td_mariadb_run "$@"
}

# td_mariadb_start_free DIR FIRST_PORT: as td_mariadb_start, on the first free loopback port at or above FIRST_PORT;
# sets TD_MARIADB_PORT. Another program may take that port between the look and mariadbd's bind (two test runs
# starting at once): then the next free one is tried, four more times at most.
td_mariadb_start_free() {
    local dir=$1 port try
    port=$(td_free_port "$2")
    if td_mariadb_start "$dir" "$port"; then
        TD_MARIADB_PORT=$port
        return 0
    fi
    for try in 1 2 3 4; do
        grep -q "Address already in use" "$dir/error.log" 2>/dev/null || return 1
        port=$(td_free_port $((port + 1)))
        td_log "That port was taken meanwhile; starting on 127.0.0.1:$port instead"
        : >"$dir/error.log"
        if td_mariadb_run "$dir" "$port"; then
            TD_MARIADB_PORT=$port
            return 0
        fi
    done
    return 1
}

# td_mariadb_run DIR PORT [mariadbd options...]: starts mariadbd on the data folder already in DIR (after a crash,
# too: InnoDB recovers); waits until it answers.
td_mariadb_run() {
    local dir=$1 port=$2
    mariadbd --no-defaults --user=root --datadir="$dir/data" --socket="$dir/mysqld.sock" --port="$port" \
        --bind-address=127.0.0.1 --pid-file="$dir/mysqld.pid" --log-error="$dir/error.log" \
        --innodb-log-file-size=16M --innodb-buffer-pool-size=64M --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci --tmpdir="$dir/tmp" "${@:3}" &
    echo $! >"$dir/mariadbd.pid"
    local i
    for i in $(seq 1 300); do
        if mariadb --no-defaults -uroot -S "$dir/mysqld.sock" -e 'SELECT 1' >/dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$(cat "$dir/mariadbd.pid")" 2>/dev/null; then
            td_log "mariadbd exited; its log:"
            cat "$dir/error.log" >&2
            return 1
        fi
        sleep 0.1
    done
    td_log "mariadbd did not answer within 30 s"
    return 1
}

# td_mariadb_stop DIR: stops the server started in DIR (a clean shutdown, then SIGKILL if it hangs).
td_mariadb_stop() {
    local dir=$1 pid
    [ -f "$dir/mariadbd.pid" ] || return 0
    pid=$(cat "$dir/mariadbd.pid")
    kill -CONT "$pid" 2>/dev/null || true # (a test may have frozen it with SIGSTOP: stopped, it could not shut down)
    mariadb-admin --no-defaults --connect-timeout=10 -uroot -S "$dir/mysqld.sock" shutdown >/dev/null 2>&1 || true
    local i
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -f "$dir/mariadbd.pid"
}
