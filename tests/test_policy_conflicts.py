"""The policy-vs-regulation comparison (pure) on real sentences of the sample policies and the laws."""

from __future__ import annotations

from assistant.spec.conflicts import compare_time_limits, duties, find_conflicts, time_limits

AML_34 = ("第三十四条 金融机构应当按照规定建立客户身份资料和交易记录保存制度。\n"
          "客户身份资料在业务关系结束后、客户交易信息在交易结束后，应当至少保存十年。")
POLICY_14 = "第十四条 客户身份资料自业务关系结束后、客户交易记录自交易结束后，保存五年。"
PIPL_56 = "第五十六条 …个人信息保护影响评估报告和处理情况记录应当至少保存三年。"
PIPL_40 = ("第四十条 关键信息基础设施运营者和处理个人信息达到国家网信部门规定数量的个人信息处理者，应当将在中华人民共和国"
           "境内收集和产生的个人信息存储在境内。确需向境外提供的，应当通过国家网信部门组织的安全评估；法律、行政法规和国家网信"
           "部门规定可以不进行安全评估的，从其规定。")
POLICY_13 = ("第十三条 本行原则上在境内存储在境内运营中收集和产生的个人信息和重要数据。本行作为关键信息基础设施运营者，确需向"
             "境外提供个人信息的，应当依照《中华人民共和国个人信息保护法》第四十条的规定通过国家网信部门组织的安全评估，法律、"
             "行政法规和国家网信部门规定可以不进行安全评估的除外。")


def test_time_limits_know_minimums_maximums_and_actions():
    [law] = time_limits(AML_34)
    assert (law.action, law.bound, law.quantity.raw) == ("retain", "min", "十年")
    [policy] = time_limits(POLICY_14)
    assert (policy.action, policy.bound) == ("retain", "exact")
    [deadline] = time_limits("本行应当自收到客户行使权利的请求之日起十五个工作日内处理并答复")
    assert (deadline.action, deadline.bound, deadline.quantity.unit) == ("respond", "max", "workday")


def test_retention_shorter_than_the_legal_minimum_is_a_conflict():
    [conflict] = find_conflicts(POLICY_14, AML_34)
    assert conflict.kind == "time-limit" and conflict.severity == "high"
    assert conflict.policy_says == "保存五年" and "至少保存十年" in conflict.law_says
    assert "十年" in conflict.explanation["zh"] and "at least" in conflict.explanation["en"]


def test_a_policy_may_be_stricter_or_equal():
    assert find_conflicts("客户身份资料自业务关系结束后、客户交易记录自交易结束后，保存十五年。", AML_34) == []
    assert find_conflicts("评估报告和处理情况记录至少保存三年。", PIPL_56) == []
    # 1 year of network logs meets "不少于六个月"
    assert find_conflicts("网络设备、安全设备和服务器的网络日志，保存不少于一年。",
                          "按照规定留存相关的网络日志不少于六个月。") == []


def test_deadlines_compare_working_days_with_calendar_days_only_when_certain():
    law = "异议人提出异议的，征信机构应当自收到异议之日起20日内进行核查和处理，并将结果书面答复异议人。"
    assert find_conflicts("信用审批部对客户提出的异议，自收到异议之日起三十日内进行核查和处理。", law)
    assert not find_conflicts("信用审批部对客户提出的异议，自收到异议之日起十个工作日内进行核查和处理。", law)  # ≤ 20 days
    assert find_conflicts("信用审批部对客户提出的异议，自收到异议之日起二十个工作日内进行核查和处理。", law)  # ≥ 26 days


def test_different_duties_or_subjects_are_not_compared():
    # a 72-hour internal investigation is not the 24-hour report to the authority
    assert not find_conflicts("信息安全部应当在事件发现后七十二小时内完成初步调查，形成书面报告。",
                              "涉及危害国家安全、公共利益的，网络数据处理者还应当在24小时内向有关主管部门报告。")
    # same numbers, unrelated subjects
    assert not find_conflicts("本行应当自收到客户行使权利的请求之日起十五个工作日内处理并答复。",
                              "单位和个人对金融机构采取洗钱风险管理措施有异议的，可以向金融机构提出。金融机构应当在十五日内进行处理，"
                              "并将结果答复当事人。")


def test_modality_conflicts():
    law = "征信机构不得采集个人的宗教信仰、基因、指纹、血型、疾病和病史信息。"
    [permits] = find_conflicts("信用审批部可以采集个人的宗教信仰、基因、指纹、血型、疾病和病史信息。", law)
    assert permits.kind == "modality" and permits.severity == "high"
    # a policy that forbids what the law only permits is stricter, not in conflict
    assert not find_conflicts("本行不得向境外提供个人信息。", "符合下列条件之一的，网络数据处理者可以向境外提供个人信息。")
    # the same duty restated as a prohibition is not an opposite
    assert not find_conflicts("服务提供商不得超出约定的处理目的、处理方式等处理个人信息。",
                              "受托人应当按照约定处理个人信息，不得超出约定的处理目的、处理方式等处理个人信息。")


def test_in_principle_softens_a_mandatory_duty_but_exceptions_the_law_allows_do_not():
    conflicts = find_conflicts(POLICY_13, PIPL_40)
    assert [(c.kind, c.severity) for c in conflicts] == [("modality", "low")]
    assert conflicts[0].policy_says.startswith("原则上在境内存储")
    assert all(d.modality != "exempt" for d in duties(POLICY_13))  # …可以不进行安全评估的除外 restates the law


def test_unrelated_retention_periods_are_left_alone():
    policy = time_limits("征信查询授权书及其查询记录，自查询之日起保存五年。")[0]
    law = time_limits(AML_34)[0]
    assert compare_time_limits(policy, law) is None


def test_english_clauses():
    law = "Customer identification records shall be kept for at least ten years after the business relationship ends."
    [conflict] = find_conflicts("Customer identification records are kept for five years after the relationship ends.", law)
    assert conflict.kind == "time-limit" and "at least ten years" in conflict.law_says
    assert find_conflicts("The bank replies to complaints about personal data within 30 days of receipt.",
                          "The controller shall reply to complaints about personal data within 15 days of receipt.")
    assert not find_conflicts("The bank replies to complaints about personal data within 10 days of receipt.",
                              "The controller shall reply to complaints about personal data within 15 days of receipt.")
