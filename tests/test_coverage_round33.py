"""The coverage gate, issue 11 round 33: answerable questions that look out of scope.

- an English word the dictionary gives a leading Chinese clause's word for, in any of its first senses (suggestion →
  建议, token → 代币), is named there (gate/topic.dictionary_senses);
- another jurisdiction's regime named only where the case is told, the part that asks naming a Chinese regulator, or
  joined to -style / -like ("an OFAC-style request"), is a comparison (assess._asked_of_a_home_regulator,
  named_laws._compares);
- an English question the retrieval answers from Chinese text close to it is not judged by the English texts'
  vocabulary (assess._led_by_chinese_text).
"""

import re
from types import SimpleNamespace

from assistant.retrieval.gate.assess import _asked_of_a_home_regulator, _led_by_chinese_text, _regime
from assistant.retrieval.gate.topic import dictionary_senses, dictionary_words
from assistant.retrieval.named_laws import named_as_comparison

US = "US securities and banking regulators and rules (SEC, FINRA, OCC, FDIC, Federal Reserve and its SR 11-7 " \
     "model-risk guidance, CFPB, NYDFS)"
US_SANCTIONS = "US sanctions and AML regime (OFAC, SDN list, Bank Secrecy Act, FinCEN, USA PATRIOT Act)"


def test_an_ambiguous_english_word_has_all_its_first_senses():
    rare = {"建议": 0.008, "代币": 0.001}.get

    def doc_freq(word: str) -> float:
        return rare(word) or 0.0

    # "suggestion" has many translations: looked up alone only through its senses, never as a phrase-only word
    assert "建议" in dictionary_senses("suggestion", doc_freq)
    assert "建议" not in dictionary_words("suggestion", doc_freq)
    assert "代币" in dictionary_senses("token", doc_freq)
    # a word no clause uses in any sense, and a sense every other clause holds, name nothing
    assert dictionary_senses("banner", doc_freq) == []
    assert dictionary_senses("suggestion", lambda w: 0.5 if w == "建议" else 0.0) == []


def test_a_foreign_regulator_told_before_asking_what_a_chinese_one_may_do_is_a_comparison():
    fed = _regime(US).pattern
    assert _asked_of_a_home_regulator("网上有人说美联储能给州政府放贷，那咱们人民银行能不能直接借钱给地方政府？", fed)
    assert _asked_of_a_home_regulator(
        "The SEC makes US brokers keep records for years. What does the PBOC require of us?", fed)
    # the part that asks names the foreign regime itself, or no Chinese regulator: not lifted
    assert not _asked_of_a_home_regulator("人民银行说美联储的压力测试，我们要不要做？", fed)
    assert not _asked_of_a_home_regulator("美联储加息了，我们的存款利率要不要调？", fed)
    assert not _asked_of_a_home_regulator("Does the PBOC follow the SEC's rules on broker records?", fed)


def test_a_name_joined_to_style_or_like_is_a_comparison():
    ofac = _regime(US_SANCTIONS).pattern
    assert named_as_comparison("An OFAC-style request from a foreign government asks our branch to freeze an account. "
                               "Can we comply?", ofac)
    assert not named_as_comparison("Do we have to screen payments against the OFAC list?", ofac)
    assert not named_as_comparison("What does OFAC require before we release the funds?", re.compile(r"\bOFAC\b"))


def _hits(*pairs):
    return SimpleNamespace(hits=[SimpleNamespace(similarity=s, clause=SimpleNamespace(text=t)) for t, s in pairs])


POLICY_24 = "高风险模型上线须经模型风险管理委员会审批，中风险模型上线须经风险管理部负责人审批。"
GDPR_24 = "Article 24 – Responsibility of the controller"


def test_an_english_question_led_by_close_chinese_text_is_asked_of_chinese_text():
    assert _led_by_chinese_text(_hits((POLICY_24, 0.876), ("模型按照影响程度分为高、中、低三级", 0.86)), 0.84)
    # a hit only the lexical lists reached (no similarity) does not count either way
    assert _led_by_chinese_text(_hits((POLICY_24, 0.85), (GDPR_24, None)), 0.84)
    # an English clause among the leading dense hits, or Chinese text not close enough: not so read
    assert not _led_by_chinese_text(_hits((POLICY_24, 0.88), (GDPR_24, 0.80)), 0.84)
    assert not _led_by_chinese_text(_hits((POLICY_24, 0.82)), 0.84)
    assert not _led_by_chinese_text(_hits(), 0.84)


def test_a_name_held_up_as_the_yardstick_is_blanked_from_the_topic():
    from assistant.retrieval.named_laws import outside_comparisons

    assert "EBA" not in outside_comparisons(
        "How often do we have to evaluate outsourcing vendors - quarterly like the EBA guidelines, or yearly?")
    assert outside_comparisons("How often, quarterly like the EBA guidelines, or yearly?").endswith(", or yearly?")
    assert "FDIC" not in outside_comparisons("像美国FDIC接管银行那样，国内银行被接管的话，接管期限最长能到多久？")
    # "would like to", "like to" are no comparison; a phrase not opened by comparison wording stays
    kept = "Would like to know whether the EBA guidelines bind us?"
    assert outside_comparisons(kept) == kept


def test_the_gate_does_not_refuse_for_a_name_only_compared_with():
    from assistant.retrieval.gate.assess import _unnamed_words

    question = "How often do we have to evaluate outsourcing vendors - quarterly like the EBA guidelines, or yearly?"
    hits = _hits(("外包发起部门应当对服务提供商的服务质量、数据安全状况和合规情况进行持续监测，每年开展一次综合评价", 0.79))
    used = {"evaluate", "outsourcing", "vendors", "quarterly", "guidelines", "yearly"}
    doc_freq = lambda w: 0.01 if w.lower() in used else 0.0  # noqa: E731
    assert _unnamed_words(question, hits, doc_freq, [], {}, True, False) == set()
    # named outside the comparison, the name stays what is asked
    asked = "What do the EBA guidelines require of outsourcing vendors?"
    assert _unnamed_words(asked, hits, doc_freq, [], {}, True, False) == {"eba"}
