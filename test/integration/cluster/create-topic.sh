#!/usr/bin/env bash
# Create a Kafka topic on the lane's broker (idempotent: --if-not-exists).
#   create-topic.sh <topic> [partitions=1]
# Bootstrap: $KAFKA_BOOTSTRAP, else KAFKA_BOOTSTRAP from .work/cluster.env, else localhost:9092.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[[ $# -ge 1 && $# -le 2 ]] || { echo "usage: $0 <topic> [partitions=1]" >&2; exit 2; }
topic="$1"; partitions="${2:-1}"
[[ "$partitions" =~ ^[1-9][0-9]*$ ]] || die "partitions must be a positive integer, got '$partitions'"

kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$(kafka_bootstrap)" \
  --create --if-not-exists --topic "$topic" --partitions "$partitions" --replication-factor 1
