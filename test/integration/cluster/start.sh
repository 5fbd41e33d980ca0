#!/usr/bin/env bash
# Start a real single-machine Druid + Kafka (KRaft) + ZooKeeper cluster from Maven jars.
#
#   test/integration/cluster/start.sh
#
# On success: every process answers, the Overlord's supervisor API answers 200,
# broker SQL answers, a Kafka topic can be created; $CLUSTER_WORK/cluster.env is
# written (KEY=VALUE lines) and the script exits 0. On failure it prints the tail
# of the failing process's log and exits non-zero (processes are left running
# for inspection: run stop.sh).
#
# Environment knobs (all optional): CLUSTER_WORK, CLUSTER_KEEP_DATA=1 (keep
# metadata/segments/Kafka data from the previous run), CLUSTER_WITH_ROUTER=0,
# CLUSTER_START_TIMEOUT (s, per wait), JAVA / JAVA_HOME, *_PORT (see lib.sh),
# <PROC>_HEAP e.g. INDEXER_HEAP=1g.
set -euo pipefail
CLUSTER_T0=$(date +%s%3N)
export CLUSTER_T0
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# ---------------------------------------------------------------- preflight
java_version() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
jv=$(java_version "$JAVA")
[[ -n "$jv" ]] || die "cannot run '$JAVA'"
if [[ "$jv" != 17 && "$jv" != 21 ]]; then
  # Druid 33 supports Java 17 and 21 only; prefer a local 17/21 over e.g. a JAVA_HOME set to 25
  for cand in /usr/lib/jvm/java-17-openjdk-amd64/bin/java /usr/lib/jvm/java-21-openjdk-amd64/bin/java; do
    if [[ -x "$cand" ]]; then
      log "Java $jv at $JAVA is not supported by Druid 33 (17/21): using $cand (set JAVA to override)"
      JAVA="$cand"; export JAVA; jv=$(java_version "$JAVA"); break
    fi
  done
  [[ "$jv" == 17 || "$jv" == 21 ]] || log "WARNING: Java $jv is not supported by Druid 33 (17 or 21); trying anyway"
fi

# A previous cluster (or a crashed start) still around? Tear it down first.
for p in "${CLUSTER_PROCS[@]}"; do
  if is_alive "$p"; then
    log "processes of a previous run are still alive: running stop.sh first"
    "$CLUSTER_DIR/stop.sh"
    break
  fi
done

ports=("$ZK_PORT" "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT" "$DERBY_PORT" "$COORDINATOR_PORT" "$BROKER_PORT" "$HISTORICAL_PORT" "$INDEXER_PORT")
[[ "$CLUSTER_WITH_ROUTER" == 1 ]] && ports+=("$ROUTER_PORT")
for port in "${ports[@]}"; do
  if port_open "$port"; then
    ss -ltnp 2>/dev/null | grep -E ":$port\b" >&2 || true
    die "port $port is already in use (another cluster? run stop.sh, or set *_PORT)"
  fi
done

mkdir -p "$CLUSTER_WORK" "$CLUSTER_LOGS" "$CLUSTER_RUN"
# keep the previous run's logs one generation back
if compgen -G "$CLUSTER_LOGS/*.log" >/dev/null; then
  rm -rf "$CLUSTER_LOGS/previous"; mkdir -p "$CLUSTER_LOGS/previous"
  for f in "$CLUSTER_LOGS"/*.log; do
    case "$(basename "$f")" in mvn-*) ;; *) mv "$f" "$CLUSTER_LOGS/previous/";; esac
  done
fi
rm -f "$CLUSTER_ENV_FILE" "$CLUSTER_RUN"/*.pid
if [[ "${CLUSTER_KEEP_DATA:-0}" != 1 ]]; then
  rm -rf "$CLUSTER_WORK/var" "$CLUSTER_WORK/kafka-data" "$CLUSTER_WORK/zk-data"
fi
mkdir -p "$CLUSTER_WORK/var/tmp" "$CLUSTER_WORK/var/druid" "$CLUSTER_WORK/conf/kafka"

# ---------------------------------------------------------------- classpaths
"$CLUSTER_DIR/resolve-classpath.sh"
log "classpaths ready"

# ---------------------------------------------------------------- helpers
# start_proc <name> <java args...>: java in its own session/process group, cwd=$CLUSTER_WORK
start_proc() {
  local name="$1"; shift
  ( cd "$CLUSTER_WORK" && exec setsid "$JAVA" "$@" >"$CLUSTER_LOGS/$name.log" 2>&1 </dev/null ) &
  echo $! > "$CLUSTER_RUN/$name.pid"
  log "started $name (pid $!)"
}

# wait_for <proc> <description> <command...>: poll every 0.5s until the command succeeds
wait_for() {
  local name="$1" what="$2"; shift 2
  local deadline=$(( $(date +%s) + CLUSTER_START_TIMEOUT ))
  until "$@" >/dev/null 2>&1; do
    is_alive "$name" || fail_start "$name" "$name exited while waiting for: $what"
    (( $(date +%s) < deadline )) || fail_start "$name" "timed out after ${CLUSTER_START_TIMEOUT}s waiting for: $what"
    sleep 0.5
  done
  log "ready: $name - $what"
}

http_ok() { curl -sf -m 5 -o /dev/null "$1"; }
http_contains() { local body; body=$(curl -sf -m 5 "$1") && [[ "$body" == *"$2"* ]]; }
sql_ok() {
  local body
  body=$(curl -sf -m 10 -H 'Content-Type: application/json' -d '{"query":"SELECT 1 AS ok"}' "$1/druid/v2/sql") \
    && [[ "$body" == *'"ok":1'* ]]
}

# Common JVM flags (REFERENCE §8.4 + small-machine tuning)
JVM_COMMON=(
  -server -XX:+ExitOnOutOfMemoryError -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss1m
  -Duser.timezone=UTC -Dfile.encoding=UTF-8 -Djava.io.tmpdir=var/tmp
  -Djava.net.preferIPv4Stack=true
)
DRUID_OPENS=(
  --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED
  --add-exports=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED
)
DRUID_CP_JARS=$(classpath_of druid)

# AppCDS (class-data sharing): the first start records the loaded classes of each JVM into
# $CLUSTER_CP/cds-<name>-<stamp>.jsa when it exits (stop.sh); later starts map that archive,
# which cuts JVM start-up CPU noticeably on 2 cores. Keyed by the classpath stamp, so a pom
# change makes fresh archives; a stale or unusable archive is ignored by the JVM (-Xshare:auto).
# CLUSTER_CDS=0 disables it.
cds_opts() {
  [[ "${CLUSTER_CDS:-1}" == 1 ]] || return 0
  local stamp f
  stamp=$(cat "$CLUSTER_CP/$2.classpath.stamp" 2>/dev/null || echo none)
  f="$CLUSTER_CP/cds-$1-$stamp-java$jv.jsa"
  if [[ -s "$f" ]]; then
    echo "-XX:SharedArchiveFile=$f"
  else
    echo "-XX:ArchiveClassesAtExit=$f"
  fi
}

# start_druid <name> <cli-command> <port> <heap> <max-direct> [extra -D...]
start_druid() {
  local name="$1" cmd="$2" port="$3" heap="$4" direct="$5"; shift 5
  start_proc "$name" "${JVM_COMMON[@]}" "${DRUID_OPENS[@]}" $(cds_opts "$name" druid) -Xlog:cds=off -Xlog:cds+dynamic=off \
    "-Xms$heap" "-Xmx$heap" "-XX:MaxDirectMemorySize=$direct" \
    -Djava.util.logging.manager=org.apache.logging.log4j.jul.LogManager \
    -Dlog4j.shutdownCallbackRegistry=org.apache.druid.common.config.Log4jShutdown \
    -Dlog4j.shutdownHookEnabled=true \
    -Ddruid.plaintextPort="$port" \
    -Ddruid.zk.service.host="localhost:$ZK_PORT" \
    -Ddruid.metadata.storage.connector.port="$DERBY_PORT" \
    "-Ddruid.metadata.storage.connector.connectURI=jdbc:derby://localhost:$DERBY_PORT/var/druid/metadata.db;create=true" \
    "$@" \
    -cp "$DRUID_CP_JARS:$CLUSTER_DIR/conf/druid/$name:$CLUSTER_DIR/conf/druid/_common" \
    org.apache.druid.cli.Main server "$cmd"
}

# ---------------------------------------------------------------- ZooKeeper
mkdir -p "$CLUSTER_WORK/zk-data"
start_proc zookeeper "${JVM_COMMON[@]}" -Xms64m -Xmx"${ZOOKEEPER_HEAP:-128m}" \
  -Dzookeeper.admin.enableServer=false -Dzookeeper.4lw.commands.whitelist=ruok,srvr,stat \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "$(classpath_of zk)" org.apache.zookeeper.server.ZooKeeperServerMain "$ZK_PORT" "$CLUSTER_WORK/zk-data"

# ---------------------------------------------------------------- Kafka (KRaft)
KAFKA_PROPS="$CLUSTER_WORK/conf/kafka/server.properties"
cat > "$KAFKA_PROPS" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://localhost:$KAFKA_PORT,CONTROLLER://localhost:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$CLUSTER_WORK/kafka-data
num.partitions=1
default.replication.factor=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
# Topics must be created explicitly (create-topic.sh), like most real clusters.
auto.create.topics.enable=false
num.network.threads=2
num.io.threads=2
log.retention.hours=168
EOF
KAFKA_JVM=("${JVM_COMMON[@]}" -Xms256m -Xmx"${KAFKA_HEAP:-512m}" -Djava.awt.headless=true
  -Dlog4j2.configurationFile="$CLUSTER_DIR/conf/log4j2-kafka.xml" -cp "$(classpath_of kafka)")
if [[ ! -f "$CLUSTER_WORK/kafka-data/meta.properties" ]]; then
  ( cd "$CLUSTER_WORK" && "$JAVA" "${KAFKA_JVM[@]}" -Dkafka.root.level=warn kafka.tools.StorageTool \
      format -t "$KAFKA_CLUSTER_ID" -c "$KAFKA_PROPS" ) >"$CLUSTER_LOGS/kafka-format.log" 2>&1 \
    || { show_log_tail kafka-format; die "kafka StorageTool format failed"; }
  log "kafka storage formatted"
fi
start_proc kafka $(cds_opts kafka kafka) "${KAFKA_JVM[@]}" kafka.Kafka "$KAFKA_PROPS"

# ---------------------------------------------------------------- Druid
# 'srvr' four-letter word: answers "Mode: standalone" only once the server really serves
zk_ok() {
  local out
  out=$(exec 3<>"/dev/tcp/127.0.0.1/$ZK_PORT" && printf srvr >&3 && timeout 3 cat <&3) && [[ "$out" == *"Mode: standalone"* ]]
}
wait_for zookeeper "srvr answers Mode: standalone on port $ZK_PORT" zk_ok

start_druid coordinator-overlord coordinator "$COORDINATOR_PORT" "${COORDINATOR_HEAP:-640m}" 128m \
  -Dderby.stream.error.file=var/druid/derby.log
start_druid indexer indexer "$INDEXER_PORT" "${INDEXER_HEAP:-1g}" 400m
start_druid historical historical "$HISTORICAL_PORT" "${HISTORICAL_HEAP:-384m}" 256m
start_druid broker broker "$BROKER_PORT" "${BROKER_HEAP:-384m}" 256m
if [[ "$CLUSTER_WITH_ROUTER" == 1 ]]; then
  start_druid router router "$ROUTER_PORT" "${ROUTER_HEAP:-192m}" 64m
fi

# ---------------------------------------------------------------- readiness
C="http://localhost:$COORDINATOR_PORT"
B="http://localhost:$BROKER_PORT"
R="http://localhost:$ROUTER_PORT"
wait_for kafka "port $KAFKA_PORT open" port_open "$KAFKA_PORT"
wait_for coordinator-overlord "GET /status/health" http_ok "$C/status/health"
wait_for coordinator-overlord "overlord GET /druid/indexer/v1/supervisor = 200" http_ok "$C/druid/indexer/v1/supervisor"
wait_for indexer "GET /status/health" http_ok "http://localhost:$INDEXER_PORT/status/health"
wait_for indexer "registered as overlord worker" http_contains "$C/druid/indexer/v1/workers" "localhost:$INDEXER_PORT"
wait_for historical "GET /status/health" http_ok "http://localhost:$HISTORICAL_PORT/status/health"
wait_for historical "visible to the coordinator" http_contains "$C/druid/coordinator/v1/servers" "localhost:$HISTORICAL_PORT"
wait_for broker "GET /status/health" http_ok "$B/status/health"
wait_for broker "GET /druid/broker/v1/readiness" http_ok "$B/druid/broker/v1/readiness"
wait_for broker "SQL SELECT 1" sql_ok "$B"
if [[ "$CLUSTER_WITH_ROUTER" == 1 ]]; then
  wait_for router "GET /status/health" http_ok "$R/status/health"
  wait_for router "proxy to overlord /druid/indexer/v1/supervisor" http_ok "$R/druid/indexer/v1/supervisor"
fi
kafka_ready() {
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "localhost:$KAFKA_PORT" \
    --create --if-not-exists --topic __cluster_ready_check --partitions 1 --replication-factor 1 \
    >>"$CLUSTER_LOGS/kafka-ready.log" 2>&1
}
wait_for kafka "topic creation works" kafka_ready

DRUID_VERSION=$(curl -sf -m 5 "$C/status" | sed -n 's/.*"version":"\([^"]*\)".*/\1/p')
KAFKA_VERSION=$(sed -n 's/.*kafka_2.13-\([0-9][^/]*\)\.jar.*/\1/p' <(tr ':' '\n' < "$CLUSTER_CP/kafka.classpath") | head -1)
ZOOKEEPER_VERSION=$(sed -n 's/.*zookeeper-\([0-9][^/]*\)\.jar$/\1/p' <(tr ':' '\n' < "$CLUSTER_CP/zk.classpath") | head -1)

{
  echo "DRUID_OVERLORD_URL=$C"
  echo "DRUID_COORDINATOR_URL=$C"
  echo "DRUID_BROKER_URL=$B"
  [[ "$CLUSTER_WITH_ROUTER" == 1 ]] && echo "DRUID_ROUTER_URL=$R"
  echo "DRUID_HISTORICAL_URL=http://localhost:$HISTORICAL_PORT"
  echo "DRUID_INDEXER_URL=http://localhost:$INDEXER_PORT"
  echo "KAFKA_BOOTSTRAP=localhost:$KAFKA_PORT"
  echo "ZOOKEEPER_CONNECT=localhost:$ZK_PORT"
  echo "DRUID_VERSION=$DRUID_VERSION"
  echo "KAFKA_VERSION=$KAFKA_VERSION"
  echo "ZOOKEEPER_VERSION=$ZOOKEEPER_VERSION"
  echo "CLUSTER_WORK=$CLUSTER_WORK"
  echo "CLUSTER_LOGS=$CLUSTER_LOGS"
} > "$CLUSTER_ENV_FILE"

log "cluster ready in $(elapsed): Druid $DRUID_VERSION, Kafka $KAFKA_VERSION, ZooKeeper $ZOOKEEPER_VERSION"
log "env file: $CLUSTER_ENV_FILE"
cat "$CLUSTER_ENV_FILE" >&2
