#!/usr/bin/env bash
# `npm run test:integration`: brings up a real Druid 33 + Kafka + ZooKeeper from Maven Central jars
# (test/integration/cluster/), runs the integration tests against it, and always tears it down.
# Logs stay in test/integration/cluster/.work/logs; on failure their tails are printed.
set -euo pipefail
cd "$(dirname "$0")/../.."
cluster=test/integration/cluster

cleanup() {
  status=$?
  if [[ $status -ne 0 && -d $cluster/.work/logs ]]; then
    echo "--- integration lane failed; last lines of each cluster log (all in $cluster/.work/logs) ---" >&2
    for log in "$cluster"/.work/logs/*.log; do
      [[ -f $log ]] || continue
      echo "== $log" >&2
      tail -n 30 "$log" >&2
    done
  fi
  "$cluster/stop.sh" >/dev/null 2>&1 || "$cluster/stop.sh"
  exit $status
}
trap cleanup EXIT

start=$(date +%s)
"$cluster/start.sh"
echo "cluster ready in $(( $(date +%s) - start )) s"
# A real supervisor can take minutes to reach a state. --forceExit: a test that times out while
# polling must not keep the lane (and CI) waiting; the cluster is torn down either way.
node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects integration --runInBand \
  --testTimeout=300000 --forceExit "$@"
echo "integration lane done in $(( $(date +%s) - start )) s"
