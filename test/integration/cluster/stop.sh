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
targets=()   # pids (each the leader of its own process group)

if [[ -d "$CLUSTER_RUN" ]]; then
  for f in "$CLUSTER_RUN"/*.pid; do
    [[ -f "$f" ]] || continue
    p=$(cat "$f")
    if [[ "$p" =~ ^[0-9]+$ ]] && pid_running "$p"; then targets+=("$p"); fi
  done
fi
# safety net: java processes whose cwd is the work dir (e.g. a pid file was lost)
if [[ -d "$CLUSTER_WORK" ]]; then
  work_real=$(cd "$CLUSTER_WORK" && pwd -P)
  for d in /proc/[0-9]*; do
    p=${d#/proc/}
    [[ "$(readlink "$d/cwd" 2>/dev/null)" == "$work_real" ]] || continue
    [[ "$(readlink "$d/exe" 2>/dev/null)" == */java ]] || continue
    pid_running "$p" || continue
    [[ " ${targets[*]:-} " == *" $p "* ]] || targets+=("$p")
  done
fi

if (( ${#targets[@]} == 0 )); then
  log "nothing running"
  rm -f "$CLUSTER_RUN"/*.pid 2>/dev/null || true
  exit 0
fi

signal_all() {
  local sig="$1" p pg
  for p in "${targets[@]}"; do
    pg=$(ps -o pgid= -p "$p" 2>/dev/null | tr -d ' ') || true
    if [[ -n "$pg" && "$pg" == "$p" ]]; then
      kill "-$sig" -- "-$pg" 2>/dev/null || true      # whole process group
    else
      kill "-$sig" "$p" 2>/dev/null || true
    fi
  done
}
any_alive() { local p; for p in "${targets[@]}"; do pid_running "$p" && return 0; done; return 1; }

log "stopping ${#targets[@]} process(es): ${targets[*]}"
signal_all TERM
deadline=$(( $(date +%s) + timeout_s ))
while any_alive && (( $(date +%s) < deadline )); do sleep 0.3; done
if any_alive; then
  log "still alive after ${timeout_s}s: SIGKILL"
  signal_all KILL
  sleep 1
fi
if any_alive; then
  for p in "${targets[@]}"; do pid_running "$p" && ps -o pid,pgid,stat,args -p "$p" >&2; done
  die "some processes survived SIGKILL"
fi
rm -f "$CLUSTER_RUN"/*.pid "$CLUSTER_ENV_FILE"
log "stopped (logs kept in $CLUSTER_LOGS)"
