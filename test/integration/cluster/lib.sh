# shellcheck shell=bash
# Shared settings and helpers for start.sh / stop.sh / produce.sh / create-topic.sh.
# Sourced, never executed. Every value below can be overridden from the environment.

CLUSTER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CLUSTER_WORK="${CLUSTER_WORK:-$CLUSTER_DIR/.work}"
CLUSTER_LOGS="$CLUSTER_WORK/logs"
CLUSTER_RUN="$CLUSTER_WORK/run"      # pid files
CLUSTER_CP="$CLUSTER_WORK/cp"        # resolved classpath files
CLUSTER_ENV_FILE="$CLUSTER_WORK/cluster.env"

# Ports (defaults = Druid/Kafka/ZK quickstart defaults)
ZK_PORT="${ZK_PORT:-2181}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
DERBY_PORT="${DERBY_PORT:-1527}"
COORDINATOR_PORT="${COORDINATOR_PORT:-8081}"   # coordinator + overlord in one process
BROKER_PORT="${BROKER_PORT:-8082}"
HISTORICAL_PORT="${HISTORICAL_PORT:-8083}"
INDEXER_PORT="${INDEXER_PORT:-8091}"
ROUTER_PORT="${ROUTER_PORT:-8888}"

CLUSTER_WITH_ROUTER="${CLUSTER_WITH_ROUTER:-1}"
CLUSTER_START_TIMEOUT="${CLUSTER_START_TIMEOUT:-240}"   # seconds, per readiness wait

# Java: $JAVA, else $JAVA_HOME/bin/java, else java on PATH (must be 17 or 21 for Druid 33)
if [[ -z "${JAVA:-}" ]]; then
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="java"; fi
fi
MVN="${MVN:-mvn}"

# Fixed KRaft cluster id (any base64url-encoded UUID)
KAFKA_CLUSTER_ID="${KAFKA_CLUSTER_ID:-l_nauavJQ6ub8-yMb8Fdmg}"

# Processes managed by start.sh/stop.sh, in start order
CLUSTER_PROCS=(zookeeper kafka coordinator-overlord indexer historical broker router)

_t0_ms() { date +%s%3N; }
CLUSTER_T0="${CLUSTER_T0:-$(_t0_ms)}"
elapsed() { local now; now=$(_t0_ms); printf '%d.%01ds' $(((now - CLUSTER_T0) / 1000)) $((((now - CLUSTER_T0) % 1000) / 100)); }
log() { printf '[cluster %7s] %s\n' "$(elapsed)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

pid_of() { local f="$CLUSTER_RUN/$1.pid"; [[ -f "$f" ]] && cat "$f"; }
# alive = exists and is not a zombie (a killed JVM whose parent shell is gone may linger as <defunct>)
pid_running() {
  local st
  kill -0 "$1" 2>/dev/null || return 1
  st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [[ -n "$st" && "$st" != Z ]]
}
is_alive() { local p; p=$(pid_of "$1") && [[ -n "$p" ]] && pid_running "$p"; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Print the tail of a process log to stderr
show_log_tail() {
  local name="$1" n="${2:-60}" f="$CLUSTER_LOGS/$1.log"
  if [[ -f "$f" ]]; then
    echo "----- last $n lines of $f -----" >&2
    tail -n "$n" "$f" >&2
    echo "----- end of $f -----" >&2
  else
    echo "(no log file $f)" >&2
  fi
}

# fail_start <proc> <message>: print the log tail and exit non-zero
fail_start() {
  local name="$1"; shift
  log "ERROR: $*"
  show_log_tail "$name" 80
  die "start failed ($name). Logs: $CLUSTER_LOGS. Run $CLUSTER_DIR/stop.sh to clean up."
}

# Classpath of a Maven profile (druid | kafka | zk), resolved by start.sh
classpath_of() {
  local f="$CLUSTER_CP/$1.classpath"
  [[ -s "$f" ]] || die "classpath $f missing: run $CLUSTER_DIR/start.sh (or resolve-classpath.sh) first"
  cat "$f"
}

# Run a Kafka CLI tool (org.apache.kafka.tools.*) with the Kafka classpath
kafka_tool() {
  local main="$1"; shift
  "$JAVA" -Xms64m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto \
    -Dlog4j2.configurationFile="$CLUSTER_DIR/conf/log4j2-kafka.xml" -Dkafka.root.level=warn \
    -cp "$(classpath_of kafka)" "$main" "$@"
}

kafka_bootstrap() {
  if [[ -n "${KAFKA_BOOTSTRAP:-}" ]]; then echo "$KAFKA_BOOTSTRAP"; return; fi
  if [[ -f "$CLUSTER_ENV_FILE" ]]; then
    local b; b=$(sed -n 's/^KAFKA_BOOTSTRAP=//p' "$CLUSTER_ENV_FILE")
    [[ -n "$b" ]] && { echo "$b"; return; }
  fi
  echo "localhost:$KAFKA_PORT"
}
