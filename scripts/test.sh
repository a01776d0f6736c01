#!/usr/bin/env bash
# Runs the test suite (unit tests, the Chroma server-mode tests and the one end-to-end test over the whole corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
. .venv/bin/activate
export GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1 ANONYMIZED_TELEMETRY=False
python -m pytest -q -p no:cacheprovider "$@"
