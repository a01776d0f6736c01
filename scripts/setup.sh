#!/usr/bin/env bash
# Creates .venv and installs the project with its test tools. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
. .venv/bin/activate
pip install -q --upgrade pip
# The CPU build of torch first, or sentence-transformers pulls a multi-GB CUDA build.
pip install -q torch==2.13.0
pip install -q -e '.[ui,slack,eval,test]'  # the core plus every front end, the eval plots and the test tools
