"""Every command works against a Chroma server (`chroma run`) as well as the embedded index."""

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.settings import SHARED_REGULATIONS, Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        pytest.fail("the chroma CLI is not installed next to the interpreter")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import chromadb

    deadline = time.time() + 60
    while True:
        try:
            chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("chroma server did not start")
            time.sleep(0.3)
    yield port
    proc.terminate()
    proc.wait(timeout=20)


def test_ingest_and_search_in_server_mode(chroma_server, tmp_path, shared_embedder):
    from assistant.wiring import build_assistant
    from ingest.pipeline import Ingestor

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SHARED_REGULATIONS / "zh/electronic-signature-law-2019.md", corpus)
    settings = Settings(data_dir=tmp_path / "data", corpus_dirs=[corpus], chroma_host="127.0.0.1", chroma_port=chroma_server)
    first = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert first.files_indexed == 1 and not (settings.data_dir / "chroma").exists()  # nothing embedded locally
    again = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    assert again.files_unchanged == 1 and again.embedded == 0
    assistant = build_assistant(settings, embedder=shared_embedder)
    hit = assistant.search("电子签名法第十四条").hits[0]
    assert hit.clause.label == "第十四条"
    assert assistant.ask("电子签名法第十四条").status == "quoted"  # offline: no second model


def test_unreachable_server_is_a_clear_error(tmp_path):
    from assistant.errors import IndexNotReady
    from assistant.retrieval.store import make_client

    settings = Settings(data_dir=tmp_path, chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(IndexNotReady, match="Cannot reach the Chroma server"):
        make_client(settings)
