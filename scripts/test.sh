#!/usr/bin/env bash
# Runs the tests. Default: everything (what CI runs): unit tests, the Chroma server-mode tests, the browser tests and
# the one end-to-end test over the whole corpus (embeddings come from the machine-wide cache after the first run).
#   bash scripts/test.sh --fast              # for development: -m "not slow and not browser", a few minutes
#   bash scripts/test.sh tests/test_x.py -k y  # any pytest arguments
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f .venv/bin/activate ]; then
  echo "no .venv here: run 'bash scripts/setup.sh' first (a git worktree may link another checkout's: ln -s ../main/.venv .venv)" >&2
  exit 2
fi
. .venv/bin/activate
export GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1 ANONYMIZED_TELEMETRY=False
args=()
for arg in "$@"; do
  if [ "$arg" = "--fast" ]; then args+=(-m "not slow and not browser"); else args+=("$arg"); fi
done
python -m pytest -q -p no:cacheprovider --durations=10 ${args[@]+"${args[@]}"}
