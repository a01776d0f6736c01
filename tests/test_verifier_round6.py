"""Round 6 of the contradiction checks (issue 11), rule by rule on real clause texts from the shared corpus: each rule
catches its kind of false claim and lets a faithful paraphrase through. The claims are written for these tests (not
copied from the eval sets); the clauses are the laws' own words."""

import pytest

from assistant.verify.modality import modal_classes
from assistant.verify.polarity import contradictions
from tests.clause_texts import article_text

FILES = {"cybersecurity": "zh/cybersecurity-law-2025-amended.md", "nds": "zh/network-data-security-regulation-2024.md",
         "payment": "zh/non-bank-payment-regulation-2023.md", "consumer": "zh/consumer-protection-law-2013.md",
         "genai": "zh/generative-ai-measures-2023.md", "ciio": "zh/ciio-security-regulation-2021.md",
         "gdpr": "en/gdpr.md", "ai_act": "en/eu-ai-act-2024-chapter3-annex3.md"}


def article(law: str, number: int) -> str:
    return article_text(FILES[law], number)


def kinds(claim: str, law: str, number: int) -> set[str]:
    return {f.kind for f in contradictions(claim, article(law, number))}


def test_no_subject_makes_the_modal_a_ban():
    assert [c for _, c in modal_classes("No individual or organisation may provide such tools.")] == ["prohibition"]
    assert [c for _, c in modal_classes("No person shall disclose the records.")] == ["prohibition"]
    assert [c for _, c in modal_classes("Any organisation may provide such tools.")] == ["permission"]
    # 网络安全法第二十九条 任何个人和组织…不得提供专门用于…的程序、工具
    assert kinds("No individual or organisation may provide programs or tools designed for intruding into networks.",
                 "cybersecurity", 29) == set()
    assert "polarity" in kinds("Any organisation may provide programs or tools designed for intruding into networks.",
                               "cybersecurity", 29)


def test_a_condition_sub_clause_names_no_subject():
    # 网络数据安全管理条例第十六条: 前款规定的网络数据处理者未经委托方同意，不得访问…
    assert kinds("为国家机关提供服务的网络数据处理者，未经委托方同意，不能访问或留存这些网络数据。", "nds", 16) == set()
    assert kinds("为国家机关提供服务的网络数据处理者，未经委托方同意，可以访问或留存这些网络数据。", "nds", 16)


def test_the_other_party_of_an_agreement_with_a_relative_clause():
    # 生成式人工智能服务管理暂行办法第九条: 提供者应当与注册其服务的生成式人工智能服务使用者（以下称使用者）签订服务协议
    assert kinds("提供者应与注册其服务的使用者签订服务协议，明确双方的权利义务。", "genai", 9) == set()
    assert "actor" in kinds("使用者应当对生成内容进行标识，并承担网络信息内容生产者责任。", "genai", 9) | \
        kinds("网信部门应当与注册服务的使用者签订服务协议。", "genai", 9)


def test_a_second_main_clause_is_judged_by_its_own_sentence():
    # 关键信息基础设施安全保护条例第十四条: 运营者应当设置…并…审查。审查时，公安机关、国家安全机关应当予以协助。
    true = "运营者须设置专门安全管理机构并对关键岗位人员进行安全背景审查，公安机关、国家安全机关应予协助。"
    assert kinds(true, "ciio", 14) == set()
    assert "actor" in kinds("公安机关须设置专门安全管理机构并对关键岗位人员进行安全背景审查，运营者应予协助。", "ciio", 14)


def test_a_party_that_acts_in_another_sub_clause_is_not_only_acted_on():
    # 非银行支付机构监督管理条例第二十四条: 用户可以…提取…余额，但是非银行支付机构不得向用户支付…利息等收益
    assert kinds("用户可以按协议提取其余额，但支付机构不得就余额向用户支付利息等收益。", "payment", 24) == set()
    assert kinds("用户可以按协议提取其余额，支付机构也可以就余额向用户支付利息等收益。", "payment", 24)


def test_by_whom_without_a_modal_verb():
    # 消费者权益保护法第十八条: 宾馆、商场…等经营场所的经营者，应当对消费者尽到安全保障义务
    assert "actor" in kinds("在商场、车站等经营场所，安全保障义务由消费者自己承担。", "consumer", 18)
    assert kinds("在商场、车站等经营场所，安全保障义务由经营者承担。", "consumer", 18) == set()


def test_a_subject_with_an_attribute_before_it():
    # 网络数据安全管理条例第三十二条: 重要数据的处理者因合并、分立…的，应当采取措施保障网络数据安全，并向…报告
    assert "actor" in kinds("重要数据的处理者因合并或分立可能影响重要数据安全的，由有关主管部门采取措施保障网络数据安全。", "nds", 32)
    assert kinds("重要数据的处理者因合并或分立可能影响重要数据安全的，应当采取措施保障网络数据安全。", "nds", 32) == set()


def test_the_agent_of_a_passive():
    # AI Act Art. 48(4): … shall be affixed by the body itself or, under its instructions, by the provider …
    assert "actor" in kinds("The identification number of the notified body is affixed by the notifying authority.", "ai_act", 48)
    assert kinds("The identification number of the notified body is affixed by the body itself or, under its "
                 "instructions, by the provider.", "ai_act", 48) == set()


def test_member_states_are_a_party_of_their_own():
    # GDPR Art. 59: Each supervisory authority shall draw up an annual report on its activities
    assert "actor" in kinds("Each Member State must draw up an annual report on the activities of its supervisory "
                            "authority.", "gdpr", 59)
    assert kinds("Every supervisory authority must draw up an annual report on its activities.", "gdpr", 59) == set()


def test_a_number_is_compared_within_the_claims_own_case():
    # 非银行支付机构监督管理条例第十三条: 变更名称、注册资本的 … 1个月内；其他事项的 … 3个月内
    assert "number" in kinds("非银行支付机构申请变更注册资本的，中国人民银行应当自受理申请之日起3个月内作出书面决定。", "payment", 13)
    assert kinds("非银行支付机构申请变更注册资本的，中国人民银行应当自受理申请之日起1个月内作出书面决定。", "payment", 13) == set()
    assert kinds("非银行支付机构申请变更董事的，中国人民银行应当自受理申请之日起3个月内作出书面决定。", "payment", 13) == set()


def test_what_the_clause_says_something_is_not():
    # 非银行支付机构监督管理条例第十五条: 但是单用途预付卡业务不属于本条例规定的支付业务
    assert "polarity" in kinds("单用途预付卡业务也属于本条例规定的支付业务。", "payment", 15)
    assert kinds("单用途预付卡业务不属于本条例规定的支付业务。", "payment", 15) == set()


@pytest.mark.parametrize("claim", ["No fee may be charged for it.", "Any controller may refuse the request."])
def test_other_modal_verbs_keep_their_class(claim):
    expected = "prohibition" if claim.startswith("No") else "permission"
    assert [c for _, c in modal_classes(claim)] == [expected]
