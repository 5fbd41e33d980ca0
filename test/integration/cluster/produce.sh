#!/usr/bin/env bash
# Produce one Kafka record per non-empty line (e.g. JSON events) to a topic.
#   produce.sh <topic> <file-of-lines | ->
# Records have no key and are spread round-robin over the partitions
# (PRODUCE_PARTITIONER overrides the partitioner class). Set PRODUCE_KEY_SEPARATOR
# (e.g. '|') to send "key|value" lines as keyed records (then hashed by key).
# The topic must exist (auto-creation is off): use create-topic.sh first.
# Exits only after every record is acknowledged (acks=all). From standard input, lines are passed
# on as they come (grep --line-buffered), so a producer kept open streams records over time.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $# -eq 2 ]] || { echo "usage: $0 <topic> <file-of-json-lines | ->" >&2; exit 2; }
topic="$1"; file="$2"
if [[ "$file" != "-" ]]; then [[ -r "$file" ]] || die "cannot read $file"; fi

args=(--bootstrap-server "$(kafka_bootstrap)" --topic "$topic"
      --command-property acks=all --command-property linger.ms=5
      --command-property max.block.ms=15000)
if [[ -n "${PRODUCE_KEY_SEPARATOR:-}" ]]; then
  args+=(--property parse.key=true --property "key.separator=$PRODUCE_KEY_SEPARATOR")
else
  args+=(--command-property "partitioner.class=${PRODUCE_PARTITIONER:-org.apache.kafka.clients.producer.RoundRobinPartitioner}")
fi

if [[ "$file" == "-" ]]; then
  grep --line-buffered -v '^[[:space:]]*$' | kafka_tool org.apache.kafka.tools.ConsoleProducer "${args[@]}"
else
  grep -v '^[[:space:]]*$' "$file" | kafka_tool org.apache.kafka.tools.ConsoleProducer "${args[@]}"
fi
