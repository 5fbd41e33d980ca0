#!/usr/bin/env bash
# Stop every process started by start.sh. Idempotent; always exits 0 unless a
# process survives SIGKILL. Logs under $CLUSTER_WORK/logs are kept.
#
# Processes are found by their pid files ($CLUSTER_WORK/run/*.pid; each process
# leads its own process group, which is signalled as a whole) and, as a safety
# net, by being a java process whose working directory is $CLUSTER_WORK (start.sh
# runs every JVM there).
# Env: CLUSTER_STOP_TIMEOUT (s to wait after SIGTERM before SIGKILL, default 15)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

timeout_s="${CLUSTER_STOP_TIMEOUT:-15}"
# Stop order matters for speed: the Overlord/Coordinator and Broker hold long-polling HTTP
# connections to the Indexer and Historical, whose Jetty then waits ~30s on SIGTERM if they
# are stopped first. So: clients first, then data servers, then Kafka and ZooKeeper.
TIERS=("router broker coordinator-overlord" "indexer historical" "kafka zookeeper")
declare -A tier_pids=()
targets=()   # every pid found (each the leader of its own process group)

for i in "${!TIERS[@]}"; do
  for name in ${TIERS[$i]}; do
    f="$CLUSTER_RUN/$name.pid"
    [[ -f "$f" ]] || continue
    p=$(cat "$f")
    if [[ "$p" =~ ^[0-9]+$ ]] && pid_running "$p"; then targets+=("$p"); tier_pids[$i]+="$p "; fi
  done
done
# safety net: java processes whose cwd is the work dir (e.g. a pid file was lost)
last=$(( ${#TIERS[@]} - 1 ))
if [[ -d "$CLUSTER_WORK" ]]; then
  work_real=$(cd "$CLUSTER_WORK" && pwd -P)
  for p in $(pgrep -x java 2>/dev/null || true); do
    [[ "$(readlink "/proc/$p/cwd" 2>/dev/null)" == "$work_real" ]] || continue
    pid_running "$p" || continue
    if [[ " ${targets[*]:-} " != *" $p "* ]]; then targets+=("$p"); tier_pids[$last]+="$p "; fi
  done
fi

if (( ${#targets[@]} == 0 )); then
  log "nothing running"
  rm -f "$CLUSTER_RUN"/*.pid 2>/dev/null || true
  exit 0
fi

signal_pids() {
  local sig="$1" p pg; shift
  for p in "$@"; do
    pg=$(ps -o pgid= -p "$p" 2>/dev/null | tr -d ' ') || true
    if [[ -n "$pg" && "$pg" == "$p" ]]; then
      kill "-$sig" -- "-$pg" 2>/dev/null || true      # whole process group
    else
      kill "-$sig" "$p" 2>/dev/null || true
    fi
  done
}
alive_of() { local p; for p in "$@"; do pid_running "$p" && return 0; done; return 1; }
any_alive() { alive_of "${targets[@]}"; }

# A JVM started with -XX:ArchiveClassesAtExit (first run, see start.sh) writes its AppCDS
# archive while exiting: give it time.
for p in "${targets[@]}"; do
  if tr '\0' ' ' < "/proc/$p/cmdline" 2>/dev/null | grep -q ArchiveClassesAtExit; then
    timeout_s="${CLUSTER_STOP_TIMEOUT:-90}"
    log "some JVMs are writing their class-data-sharing archive on exit (first run): allowing ${timeout_s}s"
    break
  fi
done

log "stopping ${#targets[@]} process(es): ${targets[*]}"
for i in "${!TIERS[@]}"; do
  # shellcheck disable=SC2206
  pids=(${tier_pids[$i]:-})
  (( ${#pids[@]} )) || continue
  signal_pids TERM "${pids[@]}"
  deadline=$(( $(date +%s) + timeout_s ))
  while alive_of "${pids[@]}" && (( $(date +%s) < deadline )); do sleep 0.2; done
  if alive_of "${pids[@]}"; then
    survivors=()
    for p in "${pids[@]}"; do pid_running "$p" && survivors+=("$p"); done
    log "still alive after ${timeout_s}s: ${survivors[*]}: thread dump (SIGQUIT, into its log), then SIGKILL"
    for p in "${survivors[@]}"; do kill -QUIT "$p" 2>/dev/null || true; done
    sleep 1
    signal_pids KILL "${survivors[@]}"
    sleep 0.5
  fi
done
if any_alive; then
  sleep 1
fi
if any_alive; then
  for p in "${targets[@]}"; do pid_running "$p" && ps -o pid,pgid,stat,args -p "$p" >&2; done
  die "some processes survived SIGKILL"
fi
rm -f "$CLUSTER_RUN"/*.pid "$CLUSTER_ENV_FILE"
log "stopped (logs kept in $CLUSTER_LOGS)"
