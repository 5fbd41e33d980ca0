#!/usr/bin/env bash
# Print the latest offset of every partition of a topic, one "topic:partition:offset" a line.
#   topic-offsets.sh <topic>
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ $# -eq 1 ]] || { echo "usage: $0 <topic>" >&2; exit 2; }
kafka_tool org.apache.kafka.tools.GetOffsetShell --bootstrap-server "$(kafka_bootstrap)" --topic "$1"
