#!/usr/bin/env bash
# Resolve the druid / kafka / zk classpaths with Maven (pom.xml profiles) into
# $CLUSTER_WORK/cp/<profile>.classpath. A no-op (milliseconds) when the files are
# up to date with pom.xml/settings.xml and every jar is still in ~/.m2.
# Usage: resolve-classpath.sh [--force]
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

force=0
[[ "${1:-}" == "--force" ]] && force=1

mkdir -p "$CLUSTER_CP" "$CLUSTER_LOGS"
stamp=$(cat "$CLUSTER_DIR/pom.xml" "$CLUSTER_DIR/settings.xml" | sha256sum | cut -c1-16)

up_to_date() {
  local p="$1" f="$CLUSTER_CP/$1.classpath"
  [[ -s "$f" && -f "$f.stamp" && "$(cat "$f.stamp")" == "$stamp" ]] || return 1
  local jar
  while IFS= read -r jar; do [[ -f "$jar" ]] || return 1; done < <(tr ':' '\n' < "$f")
}

for p in zk kafka druid; do
  if [[ $force == 0 ]] && up_to_date "$p"; then
    continue
  fi
  log "resolving Maven profile '$p' (first time can take minutes; log: $CLUSTER_LOGS/mvn-$p.log)"
  t=$(date +%s)
  if ! "$MVN" -B -s "$CLUSTER_DIR/settings.xml" -f "$CLUSTER_DIR/pom.xml" -P"$p" \
      dependency:build-classpath -Dmdep.outputFile="$CLUSTER_CP/$p.classpath" \
      >"$CLUSTER_LOGS/mvn-$p.log" 2>&1; then
    grep -E '^\[ERROR\]' "$CLUSTER_LOGS/mvn-$p.log" | head -20 >&2 || true
    die "Maven could not resolve profile '$p' (see $CLUSTER_LOGS/mvn-$p.log)"
  fi
  echo "$stamp" > "$CLUSTER_CP/$p.classpath.stamp"
  log "resolved '$p': $(tr ':' '\n' < "$CLUSTER_CP/$p.classpath" | wc -l) jars in $(( $(date +%s) - t ))s"
done
