"""Verifier round 44 (issue 11, false claims shown verified): a Chinese claim's unquoted citation ("商业银行法第五十条：…")
is not part of what it says (wording.statement), so a law title naming a party is no duty holder and the label does not
tie the claim to the article's first sentence; a right denied in everyday words (没有…的权利, 没权…) read as the statutes'
不享有 / 无权 (statute_words_zh.py); a thing set 由 X whose noun a paraphrase spells out (收费项目和收费标准 for 收费项目和标准)
and 自己 for 自行 (roles/agents.py). Real clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.missing_words import holds_what_the_cited_lacks
from assistant.verify.roles.agents import other_agent
from assistant.verify.statute_words_zh import statute_words_zh
from assistant.verify.wording import statement
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CBL50 = article("zh/commercial-bank-law-2015.md", "商业银行法", 50, "第五十条")  # 收费项目和标准由国务院银行业监督管理机构…制定
CPL13 = article("zh/consumer-protection-law-2013.md", "消费者权益保护法", 13, "第十三条")  # 消费者享有获得…知识的权利


@pytest.mark.parametrize("claim, said", [
    ("商业银行法第五十条：收费标准由国务院价格主管部门制定。", "收费标准由国务院价格主管部门制定。"),
    ("按网络安全法第四十四条，银行不得出售个人信息。", "银行不得出售个人信息。"),
    ("个人信息保护法第十三条第一款规定，处理者可以处理个人信息。", "处理者可以处理个人信息。"),
])
def test_an_unquoted_chinese_citation_is_not_what_the_claim_says(claim, said):
    assert statement(claim) == said


def test_a_case_naming_an_article_is_kept():
    assert statement("商业银行违反本法第三十条，应当承担责任。").startswith("商业银行违反本法")


def test_the_fee_standards_set_by_the_bank_itself_are_the_wrong_actor():
    claim = "商业银行法第五十条：银行的收费项目和收费标准由各家商业银行自己制定。"
    assert other_agent(statement(claim), CBL50.text) is not None
    assert verdict(claim, CBL50).verdict == "contradicted"
    assert verdict("商业银行法第五十条：收费项目和标准由国务院银行业监督管理机构、中国人民银行分别会同国务院价格主管部门制定。",
                   CBL50).verdict != "contradicted"


@pytest.mark.parametrize("everyday, statute", [
    ("消费者并没有获得消费知识的权利。", "不享有获得消费知识的权利"),
    ("客户没有权利要求银行更正。", "无权要求"),
    ("客户没权查询。", "无权查询"),
])
def test_a_right_denied_in_everyday_words_reads_as_the_statutes(everyday, statute):
    assert statute in statute_words_zh(everyday, [CPL13.text])


@pytest.mark.parametrize("text", ["没有权限的员工不得查询。", "没有权利人同意，不得转让。", "客户没有权益受损。"])
def test_other_nouns_of_quan_are_left_alone(text):
    assert statute_words_zh(text, []) == text


def test_a_right_denied_in_everyday_words_is_contradicted():
    claim = "消费者权益保护法第十三条：消费者并没有获得消费和权益保护知识的权利，给不给讲全看商家自愿。"
    assert verdict(claim, CPL13).verdict == "contradicted"
    assert verdict("消费者权益保护法第十三条：消费者有权获得消费和消费者权益保护方面的知识。", CPL13).verdict != "contradicted"


PIPL52 = article("zh/pipl-2021.md", "个人信息保护法", 52, "第五十二条")  # 处理个人信息达到…规定数量的个人信息处理者应当指定…


def test_a_duty_of_parties_past_a_threshold_said_of_any_party_overreaches():
    claim = "Under Article 52 of the PIPL, any bank that handles personal information, however little, has to appoint a " \
            "personal information protection officer."
    assert verdict(claim, PIPL52).verdict == "contradicted"


CBL84 = article("zh/commercial-bank-law-2015.md", "商业银行法", 84, "第八十四条")  # 索取、收受贿赂…回扣、手续费
CBL85 = article("zh/commercial-bank-law-2015.md", "商业银行法", 85, "第八十五条")  # 贪污、挪用、侵占本行或者客户资金


def test_the_offence_of_the_next_article_is_the_wrong_article():
    claim = "商业银行法第八十四条：商业银行工作人员利用职务上的便利，挪用、侵占客户资金，构成犯罪的，依法追究刑事责任。"
    assert holds_what_the_cited_lacks(claim, CBL84.text, CBL85.text)
    assert verdict(claim, CBL84, CBL85).verdict != "supported"
    # the cited article's own offence, with the same frame, stands
    own = "商业银行法第八十四条：商业银行工作人员利用职务上的便利，收受回扣，构成犯罪的，依法追究刑事责任。"
    assert holds_what_the_cited_lacks(own, CBL84.text, CBL85.text) is None
    assert verdict(own, CBL84, CBL85).verdict == "supported"
