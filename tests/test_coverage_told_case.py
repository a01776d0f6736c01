"""The coverage gate, issue 11 round 35: a question telling a case in the asker's everyday words and asking whether
that conduct is allowed, or who answers for it, is not refused for its vocabulary (gate/told_case.py); the floors and
the later tests still judge it, and an off-topic question in words the texts never use is still refused."""

from types import SimpleNamespace

import pytest

from assistant.catalog import load_catalog
from assistant.retrieval.embeddings import E5Embedder
from assistant.retrieval.gate.assess import assess
from assistant.retrieval.gate.told_case import asks_of_told_case

# 消费者权益保护法第二十四条 (in part): the duty to repair, replace or refund a faulty good
RETURNS = "经营者提供的商品或者服务不符合质量要求的，消费者可以依照国家规定、当事人约定退货，或者要求经营者履行更换、修理等义务。"
TOLD = "客户在积分商城兑的电饭煲收到就是坏的，我们打算只给修不给退，这样就行了吧"
OFF_TOPIC = "客户在积分商城兑的电饭煲收到就是坏的，电饭煲哪个牌子好用"
# the texts' words among the question's; every other word no clause uses
TEXTS_WORDS = {"客户", "修", "退"}


def gate(question: str, similarity: float = 0.90):
    hits = [SimpleNamespace(similarity=similarity, sources=("dense-cn",),
                            clause=SimpleNamespace(text=RETURNS, doc_id="consumer-protection-law-2013", kind="law",
                                                   chunk_id="consumer-protection-law-2013:a24:0", article=24))]
    retrieval = SimpleNamespace(hits=hits, missing_refs=[], best_similarity=similarity)
    doc_freq = lambda w: 0.01 if w in TEXTS_WORDS else 0.0  # noqa: E731
    return assess(question, retrieval, load_catalog(), lambda h: ["退货", "修理"], E5Embedder.coverage_floors,
                  doc_freq=doc_freq)


def refused_for_vocabulary(coverage) -> bool:
    return not coverage.covered and coverage.kind == "vocabulary"


def test_a_case_told_in_everyday_words_and_asked_of_is_not_refused_for_its_words():
    assert not refused_for_vocabulary(gate(TOLD))


def test_an_off_topic_question_in_the_same_words_is_still_refused():
    assert refused_for_vocabulary(gate(OFF_TOPIC))


@pytest.mark.parametrize("question", [
    TOLD,
    "客户在我们积分商城换了个电饭煲，积分换的东西就不给七天无理由退了，这样没问题吧",
    "营销海报上印一张百元大钞的图案，显得喜庆，应该没啥事吧",
    "市场部想用一张百元大钞的高清图当海报背景，这个能用吗？",
    "营销那边想拿来跑客群分析，行不行",
    "网点大堂拖完地没放提示牌，一位老人滑倒摔伤了，银行要担责吗？",
    "网点ATM玻璃门夹伤了客户的手，医药费我们要赔哪些",
    "Our analytics lake only holds pseudonymised IDs. Do we still have to answer access requests against it?",
    "We found the breach on Monday. Is it ok if we notify the DPA next week?",
    "The vendor kept a copy of the list. Are we liable for what they do with it?",
])
def test_asks_of_a_told_case(question):
    assert asks_of_told_case(question)


@pytest.mark.parametrize("question", [
    "这样就行了吧",  # nothing told before it
    "食堂这周菜单能发我一下吗",  # one clause: a request, no case told
    "客户在积分商城兑的电饭煲收到就是坏的，电饭煲哪个牌子好用",  # asks something else of the case
    "ATM和点钞机要升级鉴伪模块，人行发新版票的时候会公告哪些信息？我们好提前排期",
    "Can we refuse an access request?",  # one sentence: nothing told apart
    "Our Airflow DAG keeps failing after the upgrade. Any idea how to fix it?",
    "We moved offices last month. Where is the new printer?",
])
def test_no_ask_of_a_told_case(question):
    assert not asks_of_told_case(question)
