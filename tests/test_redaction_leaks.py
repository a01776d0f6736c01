"""Identifiers in every shape (generated: formats × positions × languages) never leave redaction.

Unit level: every variant is hidden and the article numbers, dates and amounts beside it are kept.
End to end: questions (and chat history) carrying them go through `Assistant.ask` with a generative and a
verifying model behind tests/fake_openai.py; then the LLM requests, the audit export, the data dir (index,
caches, audit trail) and the log records are searched for every identifier in folded form.
"""

import io
import json
import logging

import pytest

from assistant.wiring import with_settings
from assistant.redact import PSEUDONYM, Redactor
from redaction_variants import fold, variants

VARIANTS = variants()


def test_there_are_at_least_200_variants_of_every_kind():
    assert len(VARIANTS) >= 200
    kinds = {v.kind for v in VARIANTS}
    assert kinds >= {"id_card", "mobile", "bank_card", "passport", "permit", "email", "name", "address", "hk_id",
                     "tw_id", "uscc"}


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: f"{v.kind}:{v.written}:{v.text[:6]}")
def test_variant_is_hidden_and_the_legal_numbers_kept(variant):
    result = Redactor(b"variants-key").redact(variant.text)
    assert fold(variant.core) not in fold(PSEUDONYM.sub("", result.text)), result.text
    for needed in variant.keep:
        assert needed in result.text, (needed, result.text)
    assert variant.kind in [kind for kind, _ in result.found]
    again = Redactor(b"variants-key").redact(result.text)
    assert again.text == result.text  # idempotent


def test_same_identifier_same_pseudonym_whatever_the_shape():
    r = Redactor(b"k")
    for kind in ("id_card", "mobile", "bank_card"):
        shapes = [v for v in VARIANTS if v.kind == kind]
        by_core: dict[str, set[str]] = {}
        for v in shapes:
            alias = next(a for k, a in r.redact(v.text).found if k == kind)
            by_core.setdefault(v.core, set()).add(alias)
        assert all(len(aliases) == 1 for aliases in by_core.values()), (kind, by_core)


@pytest.fixture
def llm_assistant(small_assistant, fake_openai):
    settings = small_assistant.settings.model_copy(
        update={"llm_base_url": fake_openai.base_url, "llm_model": "scripted", "llm_timeout": 5.0, "llm_max_retries": 0}
    )
    return with_settings(small_assistant, settings)


@pytest.mark.timeout(600)
def test_no_identifier_reaches_llm_requests_audit_data_dir_or_logs(llm_assistant, fake_openai, caplog):
    caplog.set_level(logging.DEBUG)
    # One question per distinct written form (up to 9 per kind: every shape of each kind), each with a chat
    # history and a feedback comment carrying another one. The unit test above covers all variants.
    seen, asked, per_kind = set(), [], {}
    for variant in VARIANTS:
        if variant.written not in seen and per_kind.get(variant.kind, 0) < 9:
            seen.add(variant.written)
            per_kind[variant.kind] = per_kind.get(variant.kind, 0) + 1
            asked.append(variant)
    for i, variant in enumerate(asked):
        previous = asked[i - 1]
        history = [{"role": "user", "content": previous.text}, {"role": "assistant", "content": "好的。"}]
        answer = llm_assistant.ask(variant.text, history=history, user="analyst", channel="leak-test")
        if answer.audit_id:
            llm_assistant.feedback(answer.audit_id, "down", comment=previous.text)
    assert len(fake_openai.requests) >= len(asked)  # the models were asked: the test looked where leaks would go

    export = io.StringIO()
    llm_assistant.audit.export_jsonl(export)
    places = {
        "LLM requests": fold(json.dumps(fake_openai.requests, ensure_ascii=False)),
        "audit export": fold(export.getvalue()),
        "logs": fold(caplog.text),
    }
    leaks = [(where, v.written) for v in asked for where, text in places.items() if fold(v.core) in text]
    # The data dir (index, caches, audit database) is large: search it for the forms as written and as folded.
    data = b"".join(p.read_bytes() for p in llm_assistant.settings.data_dir.rglob("*") if p.is_file()).lower()
    leaks += [("data dir", v.written) for v in asked
              if v.written.lower().encode() in data or fold(v.core).encode() in data]
    assert not leaks, leaks[:20]
