"""The coverage gate's vocabulary evidence: an off-topic question uses words the indexed texts do not (English words
count as the texts' only from about three clauses on; a glossary trigger counts as bridged, but no longer vouches for
the whole English question); and a Chinese sentence using whole a legal term the glossary gives for the question's
everyday word is about the question."""

import json
from pathlib import Path

import pytest

from assistant.lexis.glossary import load_glossary
from assistant.retrieval.vocabulary import _foreign_vocabulary
from assistant.retrieval.vocabulary import ENGLISH_WORD_SHARE

DATA = Path(__file__).resolve().parents[1] / "evals" / "data"


def shares(table):
    return lambda token: table.get(token, 0.0)


def test_english_words_seen_once_in_passing_are_not_the_texts_words():
    once = ENGLISH_WORD_SHARE / 3
    # (round 19: "the payments platform" is the texts' vocabulary through the lexicon, 支付 / 平台; that rota question
    # is refused on the real corpus by its weak similarity, 0.76, so the rota asked here is the help desk's)
    table = {"help": once, "desk": once, "call": once, "weekend": 0.0}
    assert _foreign_vocabulary("Who's on call for the help desk this weekend?", shares(table))
    table = {w: 0.01 for w in ("help", "desk", "call", "weekend")}
    assert not _foreign_vocabulary("Who's on call for the help desk this weekend?", shares(table))


def test_general_words_count_neither_way():
    # out, get, one are in every text: only password, reset, outlook, locked are measured
    table = {"out": 0.09, "get": 0.05, "one": 0.1}
    assert _foreign_vocabulary("How do I get one reset of my Outlook password when I'm locked out?", shares(table))


def test_a_glossary_trigger_counts_as_the_texts_word_but_not_more():
    question = "How do I reset my Outlook password when I'm locked out?"
    bridged = load_glossary().triggers(question)
    assert any("password" in b.lower() for b in bridged)
    # the one bridged word does not make the other four the texts' words
    assert _foreign_vocabulary(question, shares({}), bridged)
    assert not _foreign_vocabulary("Do we have to encrypt a customer password at rest?",
                                   shares({"encrypt": 0.01, "customer": 0.05, "rest": 0.002}),
                                   load_glossary().triggers("Do we have to encrypt a customer password at rest?"))


def test_chinese_words_count_from_one_clause():
    assert not _foreign_vocabulary("征信报告异议多久处理？", shares({"征信": 0.0006, "报告": 0.05, "异议": 0.001, "处理": 0.1}))


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


@pytest.mark.parametrize("question, expected", [
    ("How do I reset my Outlook password when I'm locked out?", False),
    ("Who's on call for the help desk this weekend?", False),
    ("What must a controller do when a personal data breach occurs?", True),
])
def test_off_topic_english_refused_and_legal_twin_answered(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected


def test_a_glossary_term_in_a_sentence_makes_it_about_the_question():
    """征信 → 信用报告 (glossary): 「个人信息主体有权每年两次免费获取本人的信用报告」 shares only 免费 with the question
    in its own words, and the glossary's legal term whole."""
    from assistant.retrieval.gate.stated import _stated
    from assistant.retrieval.asked_facts import asked_facts
    from types import SimpleNamespace

    question = "个人一年可以免费查几次自己的征信保告？"
    glossary = load_glossary().expansion(question)
    assert "信用报告" in glossary

    text = "信息主体可以向征信机构查询自身信息。个人信息主体有权每年两次免费获取本人的信用报告。"  # 征信业管理条例第十七条
    retrieval = SimpleNamespace(hits=[SimpleNamespace(clause=SimpleNamespace(text=text))])
    df = shares({"征信": 0.03, "一年": 0.001, "免费": 0.0006, "自己": 0.003})
    (fact,) = asked_facts(question)
    key = {"征信", "一年", "免费", "自己", "信用"}
    assert _stated(question, retrieval, key, df, False, fact.stated.search, None, glossary)
    # without the glossary the lexicon ties them now (round 52: credit report = 征信, 信用报告, one word of the question)
    assert _stated(question, retrieval, key, df, False, fact.stated.search, None, [])


@pytest.mark.parametrize("name, key", [("out_of_scope_blind.jsonl", "expect"), ("answerable_blind.jsonl", "law")])
def test_the_blind_batches_have_their_schema(name, key):
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 20 and len({r["id"] for r in rows}) == len(rows)
    assert all(r.get(key) and r["question"] and r["lang"] in ("zh", "en") for r in rows)


def test_words_the_tokeniser_guessed_count_half_against_a_chinese_question(monkeypatch):
    from assistant.retrieval import vocabulary

    # the guessed words alone (管理 and 午餐 are everyday Chinese too, which counts half as well: test_coverage_round24)
    monkeypatch.setattr(vocabulary, "everyday_chinese_words", lambda: frozenset())
    assert vocabulary._guessed_words({"钱行", "拍板", "账户"}) == {"钱行"}  # jieba's HMM joined 多少钱行里's leftovers
    shares = {"账户": 0.05, "管理费": 0.001}
    # tokens 账户 管理 管理费 拍板 午餐 钱行 咖啡: two the texts use; 管理, a piece of 管理费, is not counted again
    # (chinese_compounds.pieces_of_longer_words)
    question = "账户管理费拍板午餐钱行咖啡"
    assert vocabulary._foreign_vocabulary(question, lambda w: shares.get(w, 0.0))  # 2 < 0.4 × 6
    # three of the four unknown words guessed: 2 >= 0.4 × (2 + 1 + 3 / 2)
    monkeypatch.setattr(vocabulary, "_guessed_words", lambda words: words & {"拍板", "午餐", "钱行"})
    assert not vocabulary._foreign_vocabulary(question, lambda w: shares.get(w, 0.0))
