"""Round 25: the coverage gate's figure checks (gate/stated.py, quoted_figures.py)."""
from types import SimpleNamespace

import pytest


def _hit(text: str, doc_id: str = "policy-example", article: int = 22):
    clause = SimpleNamespace(text=text, doc_id=doc_id, article=article, chunk_id=f"{doc_id}-{article}")
    return SimpleNamespace(clause=clause, sources={"dense": 1}, similarity=0.85)


@pytest.mark.parametrize("key, expected", [
    # two Chinese key terms (the lexicon's words for reply and objection): the Chinese sentence sharing one is about it
    ({"internal", "policy", "objection", "答复", "异议"}, True),
    # three Chinese key terms: it must share two of them, as before
    ({"internal", "policy", "objection", "答复", "异议", "征信"}, False),
])
def test_an_english_questions_chinese_terms_are_counted_apart(key, expected):
    from assistant.retrieval.gate.stated import _stated

    question = "A client objects to a decision under our internal policy. How many days do we have to reply?"
    retrieval = SimpleNamespace(hits=[_hit("第二十二条 本行应当自收到客户的请求之日起十五个工作日内处理并答复")])
    states = lambda sentence: "工作日" in sentence  # noqa: E731
    assert _stated(question, retrieval, key, None, True, states, figure=True) is expected


@pytest.mark.parametrize("told", ["仓库里的旧设备打算先放个两三年再处理，可以吧",  # 两三年: "two or three years"
                                  "客户说过几天再来补材料，账户先开起来行不行"])  # 过几天: "in a few days"
def test_an_approximate_number_or_a_few_days_later_is_no_figure_asked(told):
    from assistant.retrieval.gate.figures import _quoted_groups
    from assistant.retrieval.quoted_figures import without_indefinite_counts
    from assistant.retrieval.routing import asked_number_groups

    assert asked_number_groups(told) or _quoted_groups(told)
    kept = without_indefinite_counts(told)
    assert not asked_number_groups(kept) and not _quoted_groups(kept)


@pytest.mark.parametrize("question", ["资料要保存三年吧？", "过多少天要报告？", "第三五条"])
def test_a_single_figure_or_a_count_asked_is_kept(question):
    from assistant.retrieval.quoted_figures import without_indefinite_counts

    assert without_indefinite_counts(question) == question


def test_the_interpreting_clause_counts_behind_the_penalty_articles():
    from assistant.retrieval.gate.delegation import INTERPRETATION_DEPTH, _interpreted_by
    from assistant.text.tokens import tokenize
    from assistant.types import Clause, Hit, Retrieval

    article = "第二条 违反法律、行政法规、部门规章有关公民个人信息保护的规定的，应当认定为刑法第二百五十三条之一规定的“违反国家有关规定”。"
    penalty = "第三十八条 征信机构违反本条例规定，由国务院征信业监督管理部门责令限期改正，对单位处5万元以上50万元以下的罚款。"
    ahead = [Hit(clause=Clause(chunk_id=f"p:{i}", doc_id="p", law="条例", short_title="条例", article=38 + i,
                               text=penalty), score=1.0, similarity=0.9) for i in range(3)]
    spc = Hit(clause=Clause(chunk_id="spc:2:0", doc_id="spc", law="解释", short_title="解释", article=2, text=article),
              score=0.9, similarity=0.93)
    rare = lambda token: 0.001 if token in article else 0.0  # noqa: E731
    question = "员工违反的是部门规章，这也能算刑法上的违反国家有关规定吗"
    assert INTERPRETATION_DEPTH > 3
    tokens = lambda h: tokenize(h.clause.text)  # noqa: E731
    assert _interpreted_by("刑法", question, Retrieval(query="", hits=[*ahead, spc]), tokens, rare)
    # beyond the leading hits it is no evidence
    far = [*(ahead * 2)][:INTERPRETATION_DEPTH] + [spc]
    assert not _interpreted_by("刑法", question, Retrieval(query="", hits=far), tokens, rare)


@pytest.mark.parametrize("question, aside", [
    ("Basel aside, what's the minimum capital for a new rural bank?", True),
    ("Apart from Basel, which rules set our capital floor?", True),
    ("除了按公司法走股东会流程，分行合并还要不要监管批准？", True),
    ("What does Basel say about the leverage ratio?", False),
    ("按公司法合并要走什么流程？除了股东会还有什么？", False),  # the law is named where it is asked
])
def test_a_law_or_regime_set_aside_is_not_what_is_asked(question, aside):
    import re

    from assistant.retrieval.named_laws import named_as_set_aside

    name = re.compile(r"\bBasel\b|公司法")
    assert named_as_set_aside(question, name) is aside


def test_word_ties_cannot_exist_across_languages_either_way():
    from assistant.retrieval.gate.assess import _ties_to_key_terms
    from assistant.text.tokens import tokenize

    gdpr = _hit("Article 3 – Territorial scope. This Regulation applies to the processing of personal data of data "
                "subjects who are in the Union by a controller not established in the Union.", "gdpr", 3)
    pipl = _hit("第三条 在中华人民共和国境外处理境内自然人个人信息的活动，有下列情形之一的，也适用本法。", "pipl", 3)
    tokens = lambda h: tokenize(h.clause.text)  # noqa: E731
    rare = lambda token: 0.01  # noqa: E731
    zh = "我们在上海，给欧盟的客户提供服务，GDPR 管得到我们吗？"
    # a Chinese question answered from English clauses, and an English one from Chinese clauses: the floor decides
    assert _ties_to_key_terms(zh, SimpleNamespace(hits=[gdpr]), tokens, rare, {"上海", "欧盟"}, False)
    assert _ties_to_key_terms("Does PIPL reach a firm abroad?", SimpleNamespace(hits=[pipl]), tokens, rare,
                              {"firm", "abroad"}, True)
    # the same language and no shared term: no tie
    assert not _ties_to_key_terms(zh, SimpleNamespace(hits=[pipl]), tokens, rare, {"上海", "欧盟"}, False)


def test_a_delegating_sentence_is_held_to_the_bar_of_a_figure_sentence():
    from assistant.retrieval.gate.delegation import _DELEGATES
    from assistant.retrieval.gate.stated import _stated

    art92 = _hit("5. A delegated act adopted pursuant to Article 12(8) shall enter into force only if no objection has "
                 "been expressed, or if the Parliament and the Council have informed the Commission that they will "
                 "not object.", "gdpr", 92)
    question = "The Dutch AP got the lead SA's draft decision on us. How long do they have to object?"
    key = {"decision", "draft", "lead", "object"}
    retrieval = SimpleNamespace(hits=[art92])
    assert _stated(question, retrieval, key, None, True, _DELEGATES.search)
    assert not _stated(question, retrieval, key, None, True, _DELEGATES.search, figure=True)


def test_a_name_after_an_honorific_is_who_asks_not_what():
    from assistant.retrieval.vocabulary import named_in_earnest

    question = "Our CFO Mr. Li asks: how long do we keep the annual reports?"
    assert named_in_earnest(question, {"li"}, lambda token: 0.0) == set()
    # the same word not after an honorific is kept
    assert named_in_earnest("Is Li a payment scheme we must report to?", {"li"}, lambda token: 0.0) == {"li"}


def test_what_a_frequency_is_set_by_is_answered_by_a_sentence_on_the_frequency():
    from assistant.retrieval.asked_specifics import asked_specifics

    basis, = asked_specifics("监管那边现场检查频次是按啥定的？跟评级有关系不")
    assert basis.stated.search("根据银行业金融机构的评级情况和风险状况，确定对其现场检查的频率、范围")
    # its value asked: a value must be stated
    value, = asked_specifics("反洗钱培训的频率是多少？")
    assert not value.stated.search("根据评级情况和风险状况，确定对其现场检查的频率、范围")
    assert value.stated.search("每年至少开展一次培训")
