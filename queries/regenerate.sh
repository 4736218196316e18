#!/usr/bin/env bash
# Regenerates queries/*.expected: runs every queries/*.kgq through `kg query --format table`
# and records which graph the outputs come from in queries/SOURCE (the test reads it).
#
# usage: queries/regenerate.sh                     # the graph extracted from seeds/ (the default)
#        queries/regenerate.sh --graph FILE.json   # a saved graph, e.g. the gold graph
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product kg >/dev/null
kg="$(swift build --show-bin-path)/kg"

if [ $# -eq 0 ]; then
  source_line="seeds"
  graph="$(mktemp)"
  trap 'rm -f "$graph"' EXIT
  "$kg" extract seeds -o "$graph"
elif [ $# -eq 2 ] && [ "$1" = "--graph" ]; then
  source_line="--graph $2"
  graph="$2"
else
  echo "usage: queries/regenerate.sh [--graph FILE.json]" >&2
  exit 2
fi

for query in queries/*.kgq; do
  status=0
  "$kg" query --file "$query" --graph "$graph" --format table > "${query%.kgq}.expected" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "regenerate.sh: $query failed (exit $status); fix it and run again" >&2
    exit "$status"
  fi
  echo "$query: $(tail -n 1 "${query%.kgq}.expected")"
done
printf '%s\n' "$source_line" > queries/SOURCE
