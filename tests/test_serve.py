"""`assistant serve`: the CLI answers through a warm local process, and falls back to in-process answers."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from assistant.serve import Server, fingerprint, socket_path, try_remote


def cli_env(settings, **extra) -> dict:
    return {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir),
            "ASSISTANT_CORPUS_DIRS": os.pathsep.join(str(p) for p in settings.corpus_dirs),
            "ASSISTANT_EMBED_VERIFIER_PARAGRAPHS": "false", **extra}


def run_cli(env, *args):
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], env=env, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture
def served(small_settings):
    """`assistant serve` as a real subprocess on the small index; yields (env, process)."""
    env = cli_env(small_settings)
    proc = subprocess.Popen([sys.executable, "-m", "assistant.cli", "serve"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()  # printed once the socket listens
    assert first.startswith("assistant serve:"), first + proc.stderr.read()
    yield env, proc
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def test_cli_answers_through_the_server_and_the_same_as_in_process(served, small_settings):
    env, proc = served
    path = socket_path(small_settings)
    assert path.exists() and oct(path.stat().st_mode & 0o777) == "0o600"

    t = time.perf_counter()
    remote = run_cli(env, "search", "个保法第13条", "--json", "--k", "3")
    remote_seconds = time.perf_counter() - t
    t = time.perf_counter()
    local = run_cli(env, "search", "个保法第13条", "--json", "--k", "3", "--local")
    local_seconds = time.perf_counter() - t
    print(f"\nCLI search: through `assistant serve` {remote_seconds:.2f} s, in-process {local_seconds:.2f} s")
    assert remote.returncode == local.returncode == 0, remote.stderr + local.stderr
    assert json.loads(remote.stdout) == json.loads(local.stdout)
    assert json.loads(remote.stdout)[0]["article"] == 13

    answer = run_cli(env, "ask", "个人信息保护法第十三条规定了什么？", "--json")
    assert answer.returncode == 0 and json.loads(answer.stdout)["citations"], answer.stderr
    errors = run_cli(env, "ask", "  ")  # errors come back as the same one-line message and exit code
    assert errors.returncode == 2 and "empty" in errors.stderr and "Traceback" not in errors.stderr

    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    log = proc.stdout.read()
    assert log.count(" search ") == 1 and log.count(" ask ") == 2  # --local never reached the server
    assert not path.exists()  # removed on exit: the next CLI call answers in-process at once


def test_other_settings_or_a_dead_server_fall_back_to_in_process(served, small_settings):
    env, proc = served
    other = run_cli({**env, "ASSISTANT_TOP_K": "3"}, "search", "个保法第13条", "--json")
    assert other.returncode == 0 and "other settings" in other.stderr
    assert json.loads(other.stdout)[0]["article"] == 13

    proc.kill()  # no clean-up: the socket file stays behind
    proc.wait(timeout=30)
    assert socket_path(small_settings).exists()
    stale = run_cli(env, "search", "个保法第13条", "--json")
    assert stale.returncode == 0 and json.loads(stale.stdout)[0]["article"] == 13


def test_server_refuses_other_commands_and_settings(small_settings, small_assistant):
    server = Server(small_settings, lambda argv, a: 0, lambda: small_assistant)
    assert "other settings" in server.handle({"argv": ["search", "x"], "settings": "nope"})["fallback"]
    own = fingerprint(small_settings)
    assert "only answers" in server.handle({"argv": ["ingest"], "settings": own})["fallback"]
    assert server.handle({"argv": ["search", "x"], "settings": own})["rc"] == 0
    assert try_remote(["search", "x"], small_settings) is None  # nothing listening
