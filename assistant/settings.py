"""The one typed settings object. Nothing else in the project reads environment variables."""

import os
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_REGULATIONS = PROJECT_ROOT.parent / "shared" / "corpus" / "regulations"


def today() -> date:
    """The one place the calendar is read: the as-of date when neither the question nor ASSISTANT_AS_OF gives one.
    Stages get `Settings.effective_as_of` from the wiring; this is its fallback."""
    return date.today()


def default_user_cache() -> Path:
    # XDG_CACHE_HOME is read here, by Settings' own module, so no other module reads the environment.
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "compliance-assistant"


def default_corpus_dirs() -> list[Path]:
    dirs = [PROJECT_ROOT / "corpus" / "regulations", PROJECT_ROOT / "corpus" / "policies"]
    if SHARED_REGULATIONS.is_dir():
        dirs.append(SHARED_REGULATIONS)
    return dirs


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=None, extra="ignore")

    # Storage
    data_dir: Path = Path(".assistant-data")
    corpus_dirs: Annotated[list[Path], NoDecode] = Field(default_factory=default_corpus_dirs)
    collection: str = "clauses"
    chroma_host: str | None = None  # set → Chroma client/server mode
    chroma_port: int = 8000
    # Readers re-check which collection is live at most this often (and always after "collection does not exist").
    index_pointer_ttl: float = 1.0
    # A collection replaced by `ingest --rebuild` is dropped by a later ingest only after this many seconds,
    # so long-running readers that still hold it finish their queries.
    index_grace_seconds: float = 600.0

    # Embeddings
    embedder: str = "e5"  # registry name: e5 | sentence-transformers | openai
    embedder_model_path: str | None = None  # for sentence-transformers: a local model directory
    embed_batch_size: int = 32
    # Ingest also embeds every clause paragraph the grounding verifier compares claims with (about 3x the clause
    # count), so answers embed no corpus text; off = those are embedded on first use at answer time instead.
    embed_verifier_paragraphs: bool = True
    # embedder=e5: how many times the C engine's OpenMP threads spin before they sleep between parallel regions. With
    # libgomp's default (300,000) a one-question embedding took 140–190 ms at p90 instead of ~45 ms while another
    # process kept the second core busy (an ingest, a second worker, the eval); sleeping at once (OMP_WAIT_POLICY=
    # passive) cost 10 ms per question on an idle machine (16 → 27 ms); 1,000 keeps both (idle 16 ms, busy p90 ~48 ms).
    # `python bench/run.py`, "query embedding beside a busy core". Read when the engine loads (the first E5Embedder).
    embedder_omp_spincount: int | None = 1000
    # embedder=openai: an OpenAI-compatible /v1/embeddings endpoint (text-embeddings-inference, vLLM, Ollama)
    embedder_base_url: str | None = None
    embedder_model: str = "intfloat/multilingual-e5-small"  # the name the server knows; also the cache key
    embedder_api_key: str | None = None
    embedder_request_batch: int = 64  # texts per request
    embedder_concurrency: int = 4  # requests in flight at once
    embedder_timeout: float = 60.0
    embedder_query_prefix: str = ""  # e5 models served raw need "query: " / "passage: "
    embedder_passage_prefix: str = ""
    # Vectors are keyed by (model id, text), so one cache serves every data dir, test run, eval and baseline on
    # this machine: the bundled corpus is embedded once per machine, not once per index.
    embedding_cache: Path = Field(default_factory=lambda: default_user_cache() / "embeddings.sqlite")

    # Retrieval
    retriever: str | None = None  # None → "llm-assisted" when llm_base_url is set (multi-query + rerank), else "hybrid"
    rerank_candidates: int = 20
    # Up to this many clauses, dense search is an exact product over the clause vectors held in memory (1.5 KB per
    # clause; read from the index once per revision); above it, Chroma's HNSW index answers.
    dense_in_memory_max: int = 100_000
    top_k: int = 8  # clauses an answer is drafted from (and `Assistant.search` returns by default)
    search_k: int = 10  # clauses `assistant search` lists and the evals rank (their metrics stop at 10)
    as_of: date | None = None  # default: today (`effective_as_of`)

    # Generative model (OpenAI-compatible endpoint)
    generator: str | None = None  # None → "openai" when llm_base_url is set, else "extractive"
    llm_base_url: str | None = None
    llm_model: str = "qwen2.5-7b-instruct"
    llm_api_key: str | None = None
    llm_timeout: float = 60.0
    llm_max_retries: int = 1
    context_token_budget: int = 6000

    # Verifying model; each field falls back to the generator's
    verifier_base_url: str | None = None
    verifier_model: str | None = None
    verifier_api_key: str | None = None

    # Safety and audit
    redaction_key: str | None = None  # HMAC key for pseudonyms; generated into data_dir when unset
    audit_enabled: bool = True
    audit_key: str | None = None  # HMAC key of the audit chain; generated into data_dir/audit.key when unset

    # Web UI
    ui_host: str = "127.0.0.1"
    ui_port: int = 7860
    ui_auth: str | None = None  # "user:password"
    ui_allow_no_auth: bool = False  # listen on a non-loopback address without ui_auth (only behind your own SSO)
    ui_concurrency: int = 2
    max_upload_mb: float = 20.0

    # Monitoring: /metrics on the web UI's port; the Slack bot serves it on slack_port in HTTP mode, and on
    # metrics_port when set (Socket Mode has no HTTP server of its own)
    metrics_enabled: bool = True
    metrics_port: int | None = None
    # Parsing (every format runs in a child process with these limits: ingest, check, web upload, Slack)
    parse_timeout: float = 60.0  # seconds per file
    parse_memory_mb: int = 1024  # address-space cap of the parsing child
    max_ingest_mb: float = 20.0  # `assistant ingest` skips larger files with a one-line error
    max_clauses_per_file: int = 5000  # a file that cuts into more clauses is refused (split it)

    # Slack
    slack_mode: Literal["socket", "http"] = "socket"
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_port: int = 3000
    slack_host: str = "127.0.0.1"  # HTTP mode's bind address (put a TLS proxy in front; 0.0.0.0 only on purpose)
    slack_max_body_kb: int = 1024  # HTTP mode refuses larger request bodies before reading or verifying them
    slack_api_base_url: str | None = None  # tests point this at a local fake Web API

    @field_validator("corpus_dirs", mode="before")
    @classmethod
    def _split_paths(cls, value):
        if isinstance(value, str):
            return [Path(p) for p in value.split(os.pathsep) if p.strip()]
        return value

    # Derived locations -------------------------------------------------------
    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"

    @property
    def audit_path(self) -> Path:
        return self.data_dir / "audit.sqlite"

    @property
    def generator_name(self) -> str:
        return self.generator or ("openai" if self.llm_base_url else "extractive")

    @property
    def retriever_name(self) -> str:
        return self.retriever or ("llm-assisted" if self.llm_base_url else "hybrid")

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url)

    @property
    def verifier_endpoint(self) -> tuple[str | None, str, str | None]:
        return (
            self.verifier_base_url or self.llm_base_url,
            self.verifier_model or self.llm_model,
            self.verifier_api_key or self.llm_api_key,
        )

    def effective_as_of(self) -> date:
        """The date whose versions in force are searched and checked when a request names none."""
        return self.as_of or today()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
