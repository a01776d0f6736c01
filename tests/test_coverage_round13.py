"""The coverage gate, issue 11 round 13 (false refusals): 从哪天开始算 asks from when a period runs, not a calendar
date, and 假如哪天 asks no date; a question's own word for a concept (抵债) that the corpus never uses but a glossary
entry ties to the laws' terms weighs in what a clause must carry; 监管 is carried by a clause saying 监督管理."""

import math

import pytest

from assistant.retrieval.asked_facts import asked_facts
from assistant.retrieval.gate.topic import CARRIED_SHARE
from assistant.retrieval.topic_weight import CONCEPT_FACTOR, carried_share, carried_words, topic_weights

# 商业银行法第四十二条第二款 (second sentence)
CBL_42 = "商业银行因行使抵押权、质权而取得的不动产或者股权，应当自取得之日起二年内予以处分。"
# 中国人民银行法第二十一条
PBOC_21 = "残缺、污损的人民币，按照中国人民银行的规定兑换，并由中国人民银行负责收回、销毁。"
# 银行业监督管理法第二十二条 (opening words)
BSL_22 = "国务院银行业监督管理机构应当在规定的期限，对下列申请事项作出批准或者不批准的书面决定"


@pytest.mark.parametrize("question, facts", [
    ("征信上的逾期不良记录要保留几年才会删掉？从哪天开始算？", []),  # 自不良行为或者事件终止之日起: no calendar date
    ("这个期限哪天起算？", []),
    ("假如哪天子行被监管接管了，谁说了算？", []),  # if one day …
    ("大额交易报告每月几号前报送？", ["date"]),
    ("年报哪天之前要报上去？", ["date"]),
    ("What date is the monthly report due?", ["date"]),
])
def test_a_period_s_starting_point_and_if_one_day_ask_no_calendar_date(question, facts):
    assert [f.name for f in asked_facts(question)] == facts


def test_a_bridged_word_the_corpus_never_uses_weighs_as_its_legal_terms_commonest_word():
    shares = {"抵债": 0.0, "收回": 0.0017, "银行": 0.16, "抵押权": 0.004, "质权": 0.002, "不动产": 0.003,
              "股权": 0.005, "取得": 0.03, "予以": 0.02, "处分": 0.004, "房子": 0.0}
    bridges = {"抵债": ("行使抵押权、质权而取得的不动产或者股权", "予以处分", "property acquired by enforcing a mortgage")}
    weights = topic_weights(["抵债", "收回", "银行", "房子"], lambda w: shares.get(w, 0.0), bridges)
    assert weights["抵债"] == pytest.approx(-math.log(0.03) * CONCEPT_FACTOR)  # 取得, the commonest of its terms
    assert "房子" not in weights  # no entry ties it to the texts: still no weight
    assert "抵债" not in topic_weights(["抵债"], lambda w: shares.get(w, 0.0), ["抵债"])  # an entry without terms
    # the clause stating the two years carries the concept; the one merely sharing 收回 no longer outweighs it
    cbl = carried_words(weights, CBL_42, set(), bridges)
    pboc = carried_words(weights, PBOC_21, set(), bridges)
    assert "抵债" in cbl and "收回" in pboc
    assert carried_share(weights, cbl, cbl | pboc) >= CARRIED_SHARE


def test_a_contraction_is_carried_by_the_full_term_only():
    weights = {"监管": 4.0, "申请": 4.0, "批复": 7.0}
    assert carried_words(weights, BSL_22, set()) == {"监管", "申请"}  # 监督管理 contracts to 监管
    assert carried_words({"监管": 4.0, "数据": 1.0}, "数据安全管理", set()) == {"数据"}  # 监 must open the term
    assert carried_words({"监管": 4.0}, "监测、管理", set()) == set()  # the four characters must be one run


# 消费者权益保护法第五十五条第一款 (first sentence)
CPL_55 = ("第五十五条 经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款"
          "或者接受服务的费用的三倍；增加赔偿的金额不足五百元的，为五百元。")


def _gate(question: str):
    from types import SimpleNamespace

    from assistant.catalog import load_catalog
    from assistant.retrieval.gate.assess import CoverageFloors, assess
    from assistant.text.tokens import tokenize

    tokens = list(tokenize(CPL_55))
    hit = SimpleNamespace(similarity=0.9, sources=("dense",),
                          clause=SimpleNamespace(text=CPL_55, doc_id="consumer-protection-law-2013",
                                                 chunk_id="consumer-protection-law-2013:a55:0", article=55))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    return assess(question, retrieval, load_catalog(), lambda h: tokens, CoverageFloors(),
                  doc_freq=lambda w: 0.01 if w in tokens or w in ("投诉", "收益", "销售", "理财") else 0.0)


def test_a_sentence_of_the_law_the_question_names_needs_one_shared_key_term_fewer():
    # shares only 欺诈 with the question: the law's name (消保法) is the second tie
    assert _gate("理财销售被客户投诉说夸大收益属于欺诈，消保法下要赔几倍？").covered
    refused = _gate("理财销售被客户投诉说夸大收益属于欺诈，要赔几倍？")  # no law named: one shared word is not enough
    assert not refused.covered and refused.kind == "figure"


def test_a_demonstrative_pointing_at_a_law_names_no_unknown_law():
    from assistant.catalog import load_catalog
    from assistant.retrieval.named_laws import unknown_law_mentions

    catalog = load_catalog()
    assert unknown_law_mentions("数据那部法里是不是提过智能化服务得照顾老年人？", catalog) == []
    assert unknown_law_mentions("那部法第几条规定的？", catalog) == []
    assert unknown_law_mentions("哪部法管这个，公司法吗？", catalog) == ["公司法"]


def test_a_party_named_with_shang_is_carried_by_the_laws_zhe():
    # 电子签名法第二十五条: 「对电子认证服务提供者依法实施监督管理」; 网络安全法: 网络运营者
    esl_25 = "国务院信息产业主管部门依照本法制定电子认证服务业的具体管理办法，对电子认证服务提供者依法实施监督管理。"
    assert carried_words({"服务商": 13.0, "认证": 4.0}, esl_25, set()) == {"服务商", "认证"}
    assert carried_words({"运营商": 5.0}, "网络运营者应当按照网络安全等级保护制度的要求", set()) == {"运营商"}
    assert carried_words({"供应商": 5.0}, "网络运营者应当按照网络安全等级保护制度的要求", set()) == set()
