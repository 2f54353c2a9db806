#!/bin/sh
# Start or stop a throwaway Virtuoso 7 for tests: a temporary folder, loopback ports, a
# minimal virtuoso.ini, and a user allowed to run SPARQL Update.
#
#   scripts/virtuoso.sh start FOLDER HTTP_PORT SQL_PORT [OWNER_PID]   prints the store URL when it answers
#   scripts/virtuoso.sh stop FOLDER
#
# Virtuoso lives no longer than OWNER_PID (default: the process that ran this script), so a
# test run killed before its teardown leaves no server behind.
#
# The store URL is sparql+http://lineage:lineage@127.0.0.1:HTTP_PORT/sparql-auth (digest auth).
set -eu
command="$1"; folder="$2"

if [ "$command" = stop ]; then
  [ -f "$folder/virtuoso.pid" ] && kill "$(cat "$folder/virtuoso.pid")" 2>/dev/null || true
  exit 0
fi

http_port="$3"; sql_port="$4"; owner="${5:-$PPID}"
virtuoso=$(command -v virtuoso-t || true)
isql=$(command -v isql-vt || true)
if [ -z "$virtuoso" ] || [ -z "$isql" ]; then
  echo "virtuoso-t or isql-vt not found: install Debian's virtuoso-opensource (make virtuoso)" >&2
  exit 2
fi
mkdir -p "$folder"
cat > "$folder/virtuoso.ini" <<INI
[Database]
DatabaseFile = $folder/virtuoso.db
ErrorLogFile = $folder/virtuoso.log
LockFile = $folder/virtuoso.lck
TransactionFile = $folder/virtuoso.trx
xa_persistent_file = $folder/virtuoso.pxa
[TempDatabase]
DatabaseFile = $folder/virtuoso-temp.db
TransactionFile = $folder/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ThreadsPerQuery = 2
CheckpointInterval = 0
DirsAllowed = ., $folder
[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
ServerThreads = 8
MaxClientConnections = 8
[SPARQL]
; Virtuoso truncates results silently at this many rows: far above any answer of ours.
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 0
INI
cd "$folder"
"$virtuoso" -c "$folder/virtuoso.ini" +foreground > "$folder/stdout.log" 2>&1 &
server=$!
echo "$server" > "$folder/virtuoso.pid"
# The watchdog's output goes nowhere: a caller reading this script's output must not wait for it.
(
  while kill -0 "$owner" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
  kill "$server" 2>/dev/null || true
) < /dev/null > /dev/null 2>&1 &
tries=0
until "$isql" "127.0.0.1:$sql_port" dba dba "EXEC=status();" > /dev/null 2>&1; do
  tries=$((tries + 1))
  if [ "$tries" -gt 120 ] || ! kill -0 "$(cat "$folder/virtuoso.pid")" 2>/dev/null; then
    echo "Virtuoso did not start; see $folder/virtuoso.log" >&2
    exit 1
  fi
  sleep 0.5
done
"$isql" "127.0.0.1:$sql_port" dba dba > "$folder/setup.log" 2>&1 <<SQL
DB.DBA.USER_CREATE ('lineage', 'lineage');
GRANT SPARQL_UPDATE TO "lineage";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('lineage', 7);
SQL
echo "sparql+http://lineage:lineage@127.0.0.1:$http_port/sparql-auth"
