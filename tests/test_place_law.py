"""A foreign place's own law named in the question is asked, even in the bank's own case (gate/place_law.py); a place
named only as the case's setting, a comparison or a court there is not."""

import pytest

from assistant.retrieval.gate.place_law import foreign_law_asked
from gate_doubles import gate_on_pipl_clause


@pytest.mark.parametrize("question, place", [
    ("Our Jakarta branch keeps customer files. Under Indonesia's personal data protection law, who must we notify?",
     "Indonesia"),
    ("We run a call centre in Manila: does the Philippines Data Privacy Act require a registered DPO?", "Philippines"),
    ("Our office in Toronto follows local privacy law; how long may it keep call recordings?", "Toronto"),
    ("我们在曼谷的代表处收集客户信息，泰国的个人数据保护法要求怎么取得同意？", "泰国"),
    ("澳门分行要遵守当地个人资料保护法，员工资料能不能传回总行？", "澳门"),
])
def test_a_places_own_law_is_asked_whoever_the_case_is(question, place):
    assert foreign_law_asked(question) == place


@pytest.mark.parametrize("question", [
    "我们把客户数据传到新加坡的分行，需要做什么？",  # the bank's own transfer: 个人信息保护法第三章
    "美国法院要求我们提供境内存储的客户数据，能直接给吗？",  # a court there: 数据安全法第三十六条
    "Can a US court make a Chinese bank hand over customer data stored in China?",
    "香港分行的做法和内地一样吗？客户资料保存多久？",  # 做法 is no law
    "像美国的法律那样，征信不良记录是不是也保存七年？",  # a comparison
    "Our Singapore branch follows local law; what does China require before customer data is sent there?",  # home
    "We send customer data to our Singapore branch. What do we need to do?",
])
def test_a_place_named_only_as_the_setting_is_not_its_law_asked(question):
    assert foreign_law_asked(question) is None


# 个人信息保护法第三十八条, in part
CLAUSE = "个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的，应当具备下列条件之一。"


def _gate(question: str):
    return gate_on_pipl_clause(question, CLAUSE, 38, ["个人信息", "境外", "提供"])


def test_the_gate_refuses_a_foreign_law_asked_in_the_banks_own_case_unless_an_indexed_law_is_named():
    # (a law regimes.toml names, 泰国的法律, is refused before this rule: the shape matters where no list names it)
    refused = _gate("Our office in Toronto follows local privacy law; how long may it keep call recordings?")
    assert not refused.covered and refused.kind == "jurisdiction" and "Toronto" in refused.reason
    assert _gate("Our office in Toronto follows local privacy law; does the PIPL also bind it?").kind != "jurisdiction"
