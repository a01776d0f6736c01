"""Hostile files, generated in the test: each costs one line in `assistant check` and `assistant ingest`, never the batch.

The files: a DOCX whose XML inflates past the budget, 20,000 nested <div>, a one-million-line spec (15 MB),
a Markdown file over the ingest size limit, and a clean spec beside them.
"""

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import hostile_files as hf
from assistant.errors import UnreadableDocument
from assistant.settings import PROJECT_ROOT, Settings
from assistant.documents.loaders import load_document

GB = 1024 * 1024 * 1024


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    hf.docx_bomb(folder)
    hf.deep_html(folder)
    hf.million_line_spec(folder)
    (folder / "clean-spec.md").write_text(hf.CLEAN_SPEC, encoding="utf-8")
    return folder


# Loads one file in a fresh interpreter and prints the error and the largest child's peak memory (KB): RUSAGE_CHILDREN
# in the test process itself is the peak of every child the session ever ran (a whole-corpus ingest or server among
# them), not of the loader's sandbox
_LOAD_AND_MEASURE = """
import resource, sys
from assistant.documents.loaders import load_document
from assistant.errors import UnreadableDocument
try:
    load_document(sys.argv[1])
    print("loaded")
except UnreadableDocument as err:
    print(err)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@pytest.mark.timeout(120)
def test_docx_bomb_is_refused_while_inflating(hostile_dir):
    with pytest.raises(UnreadableDocument, match=r"DOCX expands to more than 64\.0 MB"):
        load_document(hostile_dir / "bomb.docx")
    result = subprocess.run([sys.executable, "-c", _LOAD_AND_MEASURE, str(hostile_dir / "bomb.docx")],
                            env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}, capture_output=True, text=True,
                            timeout=100)
    error, child_kb = result.stdout.strip().splitlines()[-2:]
    assert "expands to more than" in error, result.stderr[-2000:]
    assert int(child_kb) * 1024 < GB  # the sandbox child paid, and stopped well before a gigabyte


def test_small_docx_without_python_docx(tmp_path):
    doc = load_document(hf.small_docx(tmp_path, ["第一条　客户数据应当加密。", "第二条　本办法自发布之日起施行。"]))
    assert doc.text == "第一条　客户数据应当加密。\n\n第二条　本办法自发布之日起施行。"


def test_deeply_nested_html_is_read_without_recursion(hostile_dir):
    doc = load_document(hostile_dir / "deep.html")
    assert doc.text == "第一条　客户数据应当加密存储，保存期限为五年。"


def test_output_limit_stops_the_child(tmp_path):
    path = hf.big_markdown(tmp_path, 3)
    with pytest.raises(UnreadableDocument, match="larger than 1 MB once extracted"):
        load_document(path, max_output_bytes=1024 * 1024)


@pytest.mark.timeout(120)  # a quadratic split of this paragraph ran for hours
def test_requirement_splitting_is_linear_in_a_long_paragraph():
    from assistant.spec.requirements import split_requirements

    text = "\n".join(f"客户数据应当保存三年并定期审查{i}" for i in range(200_000))
    requirements = split_requirements(text)
    assert len(requirements) == 1 and requirements[0].end_line == 200_000


def _rusage_children_gb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 / GB


@pytest.mark.timeout(300)
def test_check_reports_the_clean_spec_and_one_line_per_bad_file(hostile_dir, small_settings, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "ASSISTANT_DATA_DIR": str(small_settings.data_dir),
           "ASSISTANT_EMBEDDING_CACHE": str(small_settings.embedding_cache), "ANONYMIZED_TELEMETRY": "False",
           "HF_HUB_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "check", str(hostile_dir), "--format", "json",
                             "--quiet"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=280)
    assert result.returncode == 0, result.stderr[-2000:]
    summary = {Path(d["path"]).name: d for d in json.loads(result.stdout)["summary"]}
    assert set(summary) == {"bomb.docx", "deep.html", "huge-spec.md", "clean-spec.md"}
    assert summary["clean-spec.md"]["status"] != "error"
    assert summary["deep.html"]["status"] != "error"
    assert "expands to more than" in summary["bomb.docx"]["error"]
    assert "over the 2,000,000 that one check reads" in summary["huge-spec.md"]["error"]
    for name in ("bomb.docx", "huge-spec.md"):
        assert "\n" not in summary[name]["error"]
    assert _rusage_children_gb() < 1.5


@pytest.mark.timeout(300)
def test_ingest_indexes_the_clean_files_and_gives_each_bad_one_a_line(hostile_dir, tmp_path, shared_embedder):
    from ingest.pipeline import Ingestor

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for item in hostile_dir.iterdir():
        (corpus / item.name).symlink_to(item)
    hf.big_markdown(corpus, 21)  # over the 20 MB ingest limit
    settings = Settings(data_dir=tmp_path / "data", corpus_dirs=[corpus])
    report = Ingestor(settings, embedder=shared_embedder).run(progress=False)
    errors = {Path(path).name: reason for path, reason in report.errors}
    assert set(errors) == {"bomb.docx", "huge-spec.md", "big.md"}, report.summary()
    assert "expands to more than" in errors["bomb.docx"]
    assert "over the limit of 5000 per file" in errors["huge-spec.md"]
    assert "over the 20.0 MB limit" in errors["big.md"]
    assert report.files_indexed == 2  # the clean spec and the deep HTML
    assert _rusage_children_gb() < 1.5
