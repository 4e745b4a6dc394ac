#!/bin/sh
# The main job on the embedded default: store the example articles (and the reference corpus when it sits
# beside the repository), then serve the web UI and the API on http://127.0.0.1:8080.
set -eu
node dist/src/cli/main.js ingest examples/
if [ -f ../shared/seeds-manifest.jsonl ]; then
  node dist/src/cli/main.js ingest ../shared/seeds-manifest.jsonl
fi
exec node dist/src/cli/main.js serve "$@"
