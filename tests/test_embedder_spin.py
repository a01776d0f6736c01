"""The e5 engine's OpenMP threads spin briefly before sleeping unless the settings say otherwise (bench: "query
embedding, idle and beside a busy core"). libgomp reads it once, when it loads, so each case runs in a fresh process."""

import os
import subprocess
import sys

import pytest

from assistant.settings import PROJECT_ROOT

SCRIPT = """
import os
from assistant.settings import Settings
from assistant.wiring import build_embedder
embedder = build_embedder(Settings())
assert len(embedder.embed_queries(["反洗钱"])[0]) == 384
print(os.environ.get("GOMP_SPINCOUNT"))
"""


@pytest.mark.parametrize("configured, expected", [(None, "1000"), ("300000", "300000")])
def test_the_setting_reaches_the_engine_before_it_loads(configured, expected):
    env = {k: v for k, v in os.environ.items() if k not in ("GOMP_SPINCOUNT", "ASSISTANT_EMBEDDER_OMP_SPINCOUNT")}
    if configured:
        env["ASSISTANT_EMBEDDER_OMP_SPINCOUNT"] = configured
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=PROJECT_ROOT, capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert out.strip().splitlines()[-1] == expected
