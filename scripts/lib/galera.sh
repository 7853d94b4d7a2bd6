# A 3-node MariaDB Galera cluster on loopback, as root without systemd (../shared/MARIADB.md has the measurements).
# Node N (1..3): data in DIR/nodeN, client port BASE+N-1, group communication G=GBASE+10*(N-1), IST G+1, SST G+2.
# shellcheck shell=bash

. "$(dirname "${BASH_SOURCE[0]}")/mariadb.sh"

# td_galera_options DIR BASE GBASE N: the mariadbd options of node N.
td_galera_options() {
    local dir=$1 base=$2 gbase=$3 n=$4
    local o=$((n - 1))
    local g=$((gbase + 10 * o))
    local node="$dir/node$n"
    printf '%s\n' --no-defaults --user=root --datadir="$node/data" --socket="$node/mysqld.sock" \
        --port=$((base + o)) --bind-address=127.0.0.1 --pid-file="$node/mysqld.pid" --log-error="$node/error.log" \
        --tmpdir="$node/tmp" --innodb-log-file-size=16M --innodb-buffer-pool-size=64M --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_general_ci \
        --binlog-format=ROW --innodb-autoinc-lock-mode=2 --wsrep-on=ON \
        --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=tutorialdesk \
        --wsrep-cluster-address="gcomm://127.0.0.1:$gbase,127.0.0.1:$((gbase + 10)),127.0.0.1:$((gbase + 20))" \
        --wsrep-node-address="127.0.0.1:$g" --wsrep-node-name="node$n" \
        --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$g;ist.recv_addr=127.0.0.1:$((g + 1));gcache.size=32M" \
        --wsrep-sst-receive-address="127.0.0.1:$((g + 2))" --wsrep-sst-method=mariabackup
}

td_galera_status() { # DIR N VARIABLE
    mariadb --no-defaults -uroot -S "$1/node$2/mysqld.sock" -N -B -e "SHOW STATUS LIKE '$3'" 2>/dev/null | cut -f2
}

# td_galera_wait DIR N SIZE: waits until node N is Synced, ready, and sees SIZE nodes.
td_galera_wait() {
    local dir=$1 n=$2 size=$3 i
    for i in $(seq 1 600); do
        if [ "$(td_galera_status "$dir" "$n" wsrep_ready)" = ON ] \
            && [ "$(td_galera_status "$dir" "$n" wsrep_local_state_comment)" = Synced ] \
            && [ "$(td_galera_status "$dir" "$n" wsrep_cluster_size)" = "$size" ]; then
            return 0
        fi
        if ! kill -0 "$(cat "$dir/node$n/mariadbd.pid" 2>/dev/null)" 2>/dev/null; then
            td_log "node $n exited; its log:"
            tail -30 "$dir/node$n/error.log" >&2
            return 1
        fi
        sleep 0.1
    done
    td_log "node $n was not Synced in a cluster of $size within 60 s"
    tail -30 "$dir/node$n/error.log" >&2
    return 1
}

# td_galera_launch DIR BASE GBASE N [extra options]: starts node N in the background.
td_galera_launch() {
    local dir=$1 base=$2 gbase=$3 n=$4
    local -a options
    mapfile -t options < <(td_galera_options "$dir" "$base" "$gbase" "$n")
    mariadbd "${options[@]}" "${@:5}" >>"$dir/node$n/stdout.log" 2>&1 &
    echo $! >"$dir/node$n/mariadbd.pid"
}

# td_galera_start DIR BASE GBASE: bootstraps node 1, copies its data to nodes 2 and 3 (a tiny IST instead of a
# full state transfer, which as root fails with rsync and sleeps with mariabackup), then starts all three.
td_galera_start() {
    local dir=$1 base=$2 gbase=$3 n
    for n in 1 2 3; do mkdir -p "$dir/node$n/tmp"; done
    mariadb-install-db --no-defaults --user=root --datadir="$dir/node1/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/node1/install.log" 2>&1 || { cat "$dir/node1/install.log" >&2; return 1; }
    td_galera_launch "$dir" "$base" "$gbase" 1 --wsrep-new-cluster
    td_galera_wait "$dir" 1 1 || return 1
    td_galera_stop_node "$dir" 1
    for n in 2 3; do
        cp -a "$dir/node1/data" "$dir/node$n/"
        sed -i 's/^safe_to_bootstrap:.*/safe_to_bootstrap: 0/' "$dir/node$n/data/grastate.dat"
        rm -f "$dir/node$n/data/gvwstate.dat" # node 1's identity in the group; each node needs its own
    done
    td_galera_launch "$dir" "$base" "$gbase" 1 --wsrep-new-cluster
    td_galera_wait "$dir" 1 1 || return 1
    td_galera_launch "$dir" "$base" "$gbase" 2
    td_galera_wait "$dir" 2 2 || return 1
    td_galera_launch "$dir" "$base" "$gbase" 3
    td_galera_wait "$dir" 3 3 || return 1
}

# td_galera_kill DIR N: SIGKILL, as a crash.
td_galera_kill() {
    kill -9 "$(cat "$1/node$2/mariadbd.pid")" 2>/dev/null || true
    wait "$(cat "$1/node$2/mariadbd.pid")" 2>/dev/null || true
}

# td_galera_rejoin DIR BASE GBASE N: after a crash, recovers node N's position as systemd would (--wsrep-recover)
# and starts it from there, so it rejoins by IST; waits until it is Synced in a cluster of three.
td_galera_rejoin() {
    local dir=$1 base=$2 gbase=$3 n=$4 position
    local -a options
    mapfile -t options < <(td_galera_options "$dir" "$base" "$gbase" "$n")
    : >"$dir/node$n/recover.log"
    mariadbd "${options[@]}" --wsrep-recover --log-error="$dir/node$n/recover.log" >/dev/null 2>&1 || true
    position=$(grep -o 'Recovered position: [^ ]*' "$dir/node$n/recover.log" | tail -1 | cut -d' ' -f3)
    if [ -n "$position" ]; then
        td_galera_launch "$dir" "$base" "$gbase" "$n" --wsrep-start-position="$position"
    else
        td_galera_launch "$dir" "$base" "$gbase" "$n"
    fi
    td_galera_wait "$dir" "$n" 3
}

td_galera_stop_node() { # DIR N
    local dir=$1 n=$2 pid i
    pid=$(cat "$dir/node$n/mariadbd.pid" 2>/dev/null) || return 0
    mariadb-admin --no-defaults -uroot -S "$dir/node$n/mysqld.sock" shutdown >/dev/null 2>&1 || true
    for i in $(seq 1 150); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

td_galera_stop() { # DIR
    local n
    for n in 3 2 1; do td_galera_stop_node "$1" "$n"; done
}
