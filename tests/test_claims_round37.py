"""Round 37 (claims37): the grounding verifier's lexicon words (false, secret, grading, a forbidden disclosure) and the
claim/clause relations it now reads: a case of the article handed to the body the article gives another case to (English
claim), a consent the Chinese claim gives to the possessor without a 的, a report sent to the body another party reports
to (English claim), a state authority doing what the policy gives a department, and a refusal to comply read as the case
of the order before it. Each test fails on the round-36 code."""

from __future__ import annotations

from assistant.lexis.lexicon import load_lexicon
from assistant.verify.cases import agent_of_another_case_across
from assistant.verify.governing_party import recipient_of_another_reporter_across
from assistant.verify.polarity import contradictions
from assistant.verify.roles.consenters import possessor_as_consenter

AML_60 = ("第六十条 法人、非法人组织未按照规定向登记机关提交受益所有人信息的，由登记机关责令限期改正；拒不改正的，处五万元以下"
          "罚款。向登记机关提交虚假或者不实的受益所有人信息，或者未按照规定及时更新受益所有人信息的，由国务院反洗钱行政主管部门"
          "或者其设区的市级以上派出机构责令限期改正；拒不改正的，处五万元以下罚款。")
CII_18 = ("第十八条 关键信息基础设施发生重大网络安全事件或者发现重大网络安全威胁时，运营者应当按照有关规定向保护工作部门、公安机关"
          "报告。\n\n发生关键信息基础设施整体中断运行或者主要功能故障等特别重大网络安全事件或者发现特别重大网络安全威胁时，保护工作"
          "部门应当在收到报告后，及时向国家网信部门、国务院公安部门报告。")
MINORS = "（三）处理不满十四周岁未成年人个人信息的，应当取得未成年人的父母或者其他监护人的同意；"


def test_the_new_lexicon_words():
    words = load_lexicon().chinese_words
    assert "虚假" in words("Submitting false beneficial-owner information")
    assert "秘密" in words("state or commercial secrets") and "秘密" not in words("the company secretary")
    assert "定级" in words("the grading of data")


def test_only_a_forbidden_disclosure_is_a_leak():
    words = load_lexicon().chinese_words
    assert "泄露" in words("staff may not disclose customer data")
    assert "泄露" in words("bars bank staff from disclosing secrets")
    assert "泄露" not in words("any fee it has not clearly disclosed to users")  # a disclosure owed, not a leak
    assert "泄露" not in words("the disclosure of the results")


def test_a_case_handed_to_the_body_of_another_case():
    words = load_lexicon().chinese_words
    wrong = ("Submitting false beneficial-owner information is handled by the registration authority, which orders "
             "correction and fines up to RMB 50,000 if the entity refuses.")
    found = agent_of_another_case_across(wrong, AML_60, words)
    assert found and found[1] == "国务院反洗钱行政主管部门"
    assert any(f.kind == "actor" for f in contradictions(wrong, AML_60))
    # the body's own case, and the other case with its own body: nothing moved
    assert agent_of_another_case_across("Failing to file beneficial-owner information is handled by the registration "
                                        "authority, which orders correction.", AML_60, words) is None
    assert agent_of_another_case_across("False beneficial-owner information is dealt with by the anti-money laundering "
                                        "department.", AML_60, words) is None


def test_a_consent_given_to_the_minor_without_a_possessive():
    for claim in ("网络数据处理者处理不满十四周岁未成年人个人信息的，应当由未成年人本人作出同意。",
                  "处理不满十四周岁未成年人个人信息的，应当经未成年人本人同意。"):
        found = possessor_as_consenter(claim, MINORS)
        assert found and found.kind == "actor"
    assert possessor_as_consenter("处理未成年人个人信息的，应当由其监护人作出同意。", MINORS) is None
    assert possessor_as_consenter("处理未成年人个人信息的，应当征得父母同意。", MINORS) is None


def test_a_report_sent_to_the_body_another_party_reports_to():
    words = load_lexicon().chinese_words
    wrong = ("For a particularly serious incident, the operator itself must report straight to the national cyberspace "
             "administration and the Ministry of Public Security.")
    assert "国家网信部门" in recipient_of_another_reporter_across(wrong, CII_18, words)
    assert any(f.kind == "actor" for f in contradictions(wrong, CII_18))
    for right in ("The operator must report a major incident to the protection department and the public security organs.",
                  "For a particularly serious incident, the protection department must report to the national cyberspace "
                  "administration and the Ministry of Public Security."):
        assert recipient_of_another_reporter_across(right, CII_18, words) == ""
        assert not any(f.kind == "actor" for f in contradictions(right, CII_18))


def test_a_state_authority_doing_what_the_policy_gives_a_department():
    from assistant.verify.departments import authority_for_a_department

    policy = "第二十八条 审计部每年对本行个人信息处理活动遵守法律、行政法规的情况开展合规审计，审计结果报董事会。"
    found = authority_for_a_department("履行个人信息保护职责的部门每年对本行个人信息处理活动开展合规审计，审计结果报董事会。", policy)
    assert found and found.kind == "actor"
    assert authority_for_a_department("审计部每年对本行个人信息处理活动开展合规审计，审计结果报董事会。", policy) is None
    # an article that names an authority itself may give it a part: not judged
    assert authority_for_a_department("中国人民银行每年开展合规审计。",
                                      "审计部每年开展合规审计，审计结果报中国人民银行。") is None


PIPL_66 = ("第六十六条 违反本法规定处理个人信息，或者处理个人信息未履行本法规定的个人信息保护义务的，由履行个人信息保护职责的部门责令"
           "改正，给予警告，没收违法所得，对违法处理个人信息的应用程序，责令暂停或者终止提供服务；拒不改正的，并处一百万元以下罚款；"
           "对直接负责的主管人员和其他直接责任人员处一万元以上十万元以下罚款。\n\n有前款规定的违法行为，情节严重的，由省级以上履行个人"
           "信息保护职责的部门责令改正，没收违法所得，并处五千万元以下或者上一年度营业额百分之五以下罚款；对直接负责的主管人员和其他直接"
           "责任人员处十万元以上一百万元以下罚款。")


def test_a_refusal_to_comply_is_the_case_of_the_order_before_it():
    from assistant.verify.cases import figure_of_another_case

    # the fine for refusing the first paragraph's order, with that order's words: its own case, not the serious one
    assert figure_of_another_case("违法处理个人信息的，由履行个人信息保护职责的部门责令改正、给予警告、没收违法所得；拒不改正的，"
                                  "并处一百万元以下罚款。", PIPL_66) == []
    wrong = figure_of_another_case("违法处理个人信息情节严重的，由省级以上履行个人信息保护职责的部门责令改正，并处一百万元以下罚款。",
                                   PIPL_66)
    assert wrong and wrong[0].said[0].raw == "五千万元"
