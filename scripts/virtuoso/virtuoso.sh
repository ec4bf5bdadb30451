#!/usr/bin/env bash
# Private Virtuoso 7 instance for the remote-store tests (../../../shared/notes/virtuoso.md).
#
#   virtuoso.sh install          install virtuoso-opensource-7 from Debian if missing (root + apt)
#   virtuoso.sh start DIR        create DIR, start an instance on 127.0.0.1, write DIR/env
#   virtuoso.sh stop DIR         stop the instance of DIR by its PID, remove DIR
#   virtuoso.sh run -- CMD...    install, start in a temp dir, run CMD with VT_ENV=DIR/env, always stop
#
# The server is never online with default passwords: the DB is created with random
# ones first. Nothing listens outside loopback; no system service is started.
set -euo pipefail
SELF="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"

log() { echo "virtuoso: $*" >&2; }

install_virtuoso() {
  if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" != 0 ]; then log "not installed and not root: cannot apt-get install virtuoso-opensource-7"; return 3; fi
  if ! command -v apt-get >/dev/null 2>&1; then log "not installed and no apt-get on this system"; return 3; fi
  # postinst calls invoke-rc.d to start the packaged instance (dba/dba on *:8890);
  # a policy-rc.d exiting 101 forbids it. Restore whatever policy was there before.
  local policy=/usr/sbin/policy-rc.d saved=""
  if [ -e "$policy" ]; then saved=$(mktemp); cp -p "$policy" "$saved"; fi
  printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod 755 "$policy"
  local rc=0
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource-7 >&2; } || rc=$?
  if [ -n "$saved" ]; then mv "$saved" "$policy"; else rm -f "$policy"; fi
  if [ "$rc" != 0 ]; then log "apt-get install virtuoso-opensource-7 failed ($rc)"; return 3; fi
  # Belt and braces for hosts where the policy file was ignored.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet virtuoso-opensource-7 2>/dev/null; then
    systemctl disable --now virtuoso-opensource-7 >&2 || true
  fi
}

free_port() {
  node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

random_pw() { head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

isql() { # isql PORT PASSWORD  (commands on stdin)
  isql-vt "127.0.0.1:$1" dba "$2" 2>&1
}

start_instance() {
  local dir=$1
  mkdir -p "$dir/load" "$dir/vsp"
  chmod 700 "$dir"
  dir=$(cd "$dir" && pwd)
  local http=${VT_HTTP_PORT:-$(free_port)} sql=${VT_SQL_PORT:-$(free_port)}
  while [ "$sql" = "$http" ]; do sql=$(free_port); done
  local dba_pw user_pw
  dba_pw=$(random_pw); user_pw=$(random_pw)
  cat >"$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile=$dir/virtuoso.db
ErrorLogFile=$dir/virtuoso.log
LockFile=$dir/virtuoso.lck
TransactionFile=$dir/virtuoso.trx
xa_persistent_file=$dir/virtuoso.pxa
ErrorLogLevel=7
FileExtend=200
MaxCheckpointRemap=2000
Striping=0
TempStorage=TempDatabase

[TempDatabase]
DatabaseFile=$dir/virtuoso-temp.db
TransactionFile=$dir/virtuoso-temp.trx
MaxCheckpointRemap=2000
Striping=0

[Parameters]
ServerPort=127.0.0.1:$sql
DisableUnixSocket=1
MaxClientConnections=10
CheckpointInterval=60
O_DIRECT=0
CaseMode=2
AllowOSCalls=0
DirsAllowed=$dir/load
NumberOfBuffers=${VT_BUFFERS:-10000}
MaxDirtyBuffers=${VT_DIRTY_BUFFERS:-6000}
MaxQueryMem=256M
ThreadsPerQuery=2
SchedulerInterval=1
MaxSortedTopRows=100000

[HTTPServer]
ServerPort=127.0.0.1:$http
ServerRoot=$dir/vsp
ServerThreads=10
MaxClientConnections=10
Charset=UTF-8
EnabledGzipContent=1

[SPARQL]
ResultSetMaxRows=${VT_MAX_ROWS:-100000}
MaxQueryCostEstimationTime=400
MaxQueryExecutionTime=60
INI
  chmod 600 "$dir/virtuoso.ini"
  # 1. Create the database with our passwords; exits without opening a port.
  (cd "$dir" && virtuoso-t +foreground +configfile "$dir/virtuoso.ini" +pwdold dba +pwddba "$dba_pw" +pwddav "$dba_pw" >"$dir/create.log" 2>&1) \
    || { log "database creation failed, see $dir/create.log"; tail -5 "$dir/create.log" >&2; return 1; }
  # 2. Start in the background; $! is the server itself (+foreground: no daemonising).
  (cd "$dir" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/server.out" 2>&1) &
  local pid=$!
  echo "$pid" >"$dir/pid"
  # 3. Ready when the log says so. Probing with isql logins instead trips Virtuoso's
  #    "Too many (4) failed connection attempts" lock-out while it is still starting.
  local i
  for i in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then log "server exited during start-up"; tail -20 "$dir/virtuoso.log" >&2 || true; return 1; fi
    if grep -q 'Server online at' "$dir/virtuoso.log" 2>/dev/null; then break; fi
    sleep 0.25
  done
  [ "$i" -lt 120 ] || { log "server not ready after 30 s"; stop_instance "$dir"; return 1; }
  # 4. The write user: SPARQL_UPDATE opens /sparql-auth and /sparql-graph-crud-auth
  #    (Digest). Default graph permissions 7 = read + write + sponge.
  local out
  out=$(isql "$sql" "$dba_pw" <<SQL
DB.DBA.USER_CREATE('kgtest', '$user_pw');
GRANT SPARQL_UPDATE TO "kgtest";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET('kgtest', 7);
checkpoint;
SQL
)
  if echo "$out" | grep -q '\*\*\* Error'; then log "user creation failed:"; echo "$out" | grep -A2 'Error' >&2; stop_instance "$dir"; return 1; fi
  # Watchdog: when the owning process (the test runner) dies without stopping us,
  # stop the server anyway, by PID.
  if [ -n "${VT_OWNER_PID:-}" ]; then
    nohup bash -c 'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; kill -0 "$2" 2>/dev/null && exec "$3" stop "$4"' \
      watchdog "$VT_OWNER_PID" "$pid" "$SELF" "$dir" >/dev/null 2>&1 &
  fi
  local base="http://127.0.0.1:$http"
  (umask 077; cat >"$dir/env" <<ENV
VT_SPARQL=$base/sparql
VT_SPARQL_AUTH=$base/sparql-auth
VT_GSP_AUTH=$base/sparql-graph-crud-auth
VT_USER=kgtest
VT_PASSWORD=$user_pw
VT_DBA_PASSWORD=$dba_pw
VT_SQL_PORT=$sql
VT_HTTP_PORT=$http
VT_PID=$pid
VT_DIR=$dir
ENV
)
  log "started pid $pid, SPARQL $base/sparql (dir $dir)"
}

stop_instance() {
  local dir=$1
  [ -d "$dir" ] || return 0
  local pid=""
  [ -f "$dir/pid" ] && pid=$(cat "$dir/pid")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    if kill -0 "$pid" 2>/dev/null; then log "pid $pid ignored SIGTERM for 30 s; SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
    log "stopped pid $pid"
  fi
  # Remove only a directory this script created (it holds our ini).
  [ -f "$dir/virtuoso.ini" ] && [ -z "${VT_KEEP:-}" ] && rm -rf "$dir"
  return 0
}

cmd=${1:-}
case "$cmd" in
  install) install_virtuoso ;;
  start) [ -n "${2:-}" ] || { log "usage: $0 start DIR"; exit 2; }; install_virtuoso; start_instance "$2" ;;
  stop) [ -n "${2:-}" ] || { log "usage: $0 stop DIR"; exit 2; }; stop_instance "$2" ;;
  run)
    shift; [ "${1:-}" = "--" ] && shift
    [ $# -gt 0 ] || { log "usage: $0 run -- CMD..."; exit 2; }
    install_virtuoso
    dir=$(mktemp -d "${TMPDIR:-/tmp}/kg-virtuoso.XXXXXX")
    trap 'stop_instance "$dir"' EXIT
    trap 'exit 130' INT TERM
    start_instance "$dir"
    VT_ENV="$dir/env" "$@"
    ;;
  *) log "usage: $0 install | start DIR | stop DIR | run -- CMD..."; exit 2 ;;
esac
