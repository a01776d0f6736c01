"""Round 5 of the contradiction checks (issue 11), in Chinese and English, on clauses written in the laws' style: a list
item read with its lead-in's ban, a passive whose agent and patient a claim swaps, a requirement the clause dispenses with,
a concessive that denies the clause's exception, a power to require someone (not a duty of the one required), and the AML
monitoring centre as a party. Each catches its false claim and lets the faithful paraphrase through."""

from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.grounding import MIN_WORDING_SHARE
from assistant.verify.polarity import _under_lead_in, contradictions, sentences, wording_share
from assistant.verify.requirements import dispensed, requires, requires_dispensed
from assistant.verify.roles.passives import swapped_passive

BAN_LIST_ZH = ("第九条 银行的柜员应当遵守本行的操作规程，不得有下列行为：\n\n（一）代客户签名；\n\n（二）在其他金融机构兼任职务；\n\n"
               "（三）泄露客户的账户信息。")
CASES_LIST_ZH = "第十条 有下列情形之一的，银行应当报告：\n\n（一）客户拒绝提供身份证件；\n\n（二）交易金额异常。"
DUTY_LIST_EN = "1. The operator shall:\n\n(a) keep a register of the devices it uses;\n\n(b) test the devices once a year."
AGENT_EN = "3. The compliance officer shall be appointed by the board for a term of three years."
WAIVE_EN = ("2. The safeguards referred to in paragraph 1 may be provided for, without requiring any specific approval from the "
            "regulator, by:\n\n(a) binding group rules;\n\n(b) model clauses adopted by the regulator.")
RULE_AND_EXCEPTION_ZH = "银行查询客户的信用报告，应当取得客户的书面同意；但是，法律另有规定的，不需取得客户同意。"
FEE_EN = ("3. The regulator shall handle complaints free of charge for the complainant.\n\n4. Where complaints are manifestly "
          "unfounded, in particular because of their repetitive character, the regulator may charge a reasonable fee.")
MONITOR_ZH = "反洗钱监测分析机构根据依法履行职责的需要，可以要求履行反洗钱义务的机构提供与可疑交易相关的补充信息。"
REQUIRE_EN = "Where the regulator finds serious risks, it may require the bank to commission an external auditor."


def test_a_list_item_is_read_with_its_lead_in_ban():
    item = next(s for s in sentences(BAN_LIST_ZH) if "兼任" in s)
    assert "不得在其他金融机构兼任职务" in _under_lead_in(item, BAN_LIST_ZH)
    assert "polarity" in {f.kind for f in contradictions("银行柜员在不影响工作的情况下，可以在其他金融机构兼任职务。", BAN_LIST_ZH)}
    assert not contradictions("银行柜员不得在其他金融机构兼任职务。", BAN_LIST_ZH)


def test_a_list_of_cases_or_alternatives_lends_no_modal_verb():
    item = next(s for s in sentences(CASES_LIST_ZH) if "拒绝" in s)
    assert _under_lead_in(item, CASES_LIST_ZH) == item


def test_an_english_list_item_takes_its_lead_ins_duty():
    item = next(s for s in sentences(DUTY_LIST_EN) if "register" in s)
    assert _under_lead_in(item, DUTY_LIST_EN).startswith("1. The operator shall keep a register")
    assert not contradictions("The operator must keep a register of the devices it uses.", DUTY_LIST_EN)


def test_a_passive_with_agent_and_patient_swapped():
    assert swapped_passive("The board is appointed by the compliance officer for three years.", AGENT_EN)
    assert swapped_passive("The compliance officer is appointed by the board for three years.", AGENT_EN) is None
    assert "actor" in {f.kind for f in contradictions("The board is appointed by its compliance officer for a term of three years.", AGENT_EN)}


def test_a_requirement_the_clause_dispenses_with():
    assert dispensed(WAIVE_EN) == ["approv"]
    assert requires("Model clauses can only be used once the regulator has approved them.", "approv")
    assert not requires("Model clauses can be used without any approval.", "approv")
    found = contradictions("Model clauses adopted by the regulator can only be used once the regulator has approved the transfer.",
                           WAIVE_EN)
    assert "polarity" in {f.kind for f in found}
    assert not contradictions("Model clauses adopted by the regulator can serve as safeguards without any specific approval.",
                              WAIVE_EN)


def test_a_rule_stated_with_its_exception_is_no_waiver():
    assert requires_dispensed("银行须取得客户同意后方可查询其信用报告。", RULE_AND_EXCEPTION_ZH) == ""
    assert requires_dispensed("银行须取得客户同意后方可查询。", "法律另有规定的，银行无需取得客户同意。") == "同意"


def test_a_concessive_denies_the_clauses_exception():
    found = contradictions("The regulator must handle every complaint free of charge, however repetitive it is.", FEE_EN)
    assert "scope" in {f.kind for f in found}
    assert not contradictions("The regulator handles complaints free of charge for the complainant.", FEE_EN)


def test_a_power_to_require_someone_is_the_powers_holders():
    assert ("institution", "obligation") not in _duty_pairs(REQUIRE_EN)
    assert _duty_pairs("The Banking Law requires the bank to keep records.") == [("institution", "obligation")]


def test_the_aml_monitoring_centre_is_a_regulator():
    claim = "Institutions with AML obligations may require the monitoring and analysis centre to provide supplementary information."
    assert "actor" in {f.kind for f in contradictions(claim, MONITOR_ZH, "反洗钱监测分析机构 可疑交易")}
    faithful = "The monitoring and analysis centre may require institutions with AML obligations to provide supplementary information."
    assert "actor" not in {f.kind for f in contradictions(faithful, MONITOR_ZH, "反洗钱监测分析机构 可疑交易")}


def test_a_neighbouring_article_repeating_the_subject_is_not_support():
    # 0.43 of the claim's wording in an article that does not say it (a neighbour naming the same duty holder): below the bar
    clause = "提供在线支付服务的银行应当加强对支付数据的安全管理，采取有效措施防范支付风险。"
    claim = "面向公众提供在线支付服务的银行应当建立便捷的投诉渠道。"
    assert wording_share(claim, clause) < MIN_WORDING_SHARE


ACTS_ZH = "监管机构因调查需要调取资料的，应当按照规定，经过严格的审批程序，有关银行应当予以配合。"
NOTE_ZH = "在异议期间，客户可以对逾期记录作出说明，银行应当予以记载。"


def test_the_act_of_one_party_given_to_the_other():
    found = contradictions("被调取资料的银行应当先经过严格的审批程序，才能向监管机构提供资料。", ACTS_ZH)
    assert "actor" in {f.kind for f in found}
    assert "actor" not in {f.kind for f in contradictions("监管机构调取资料时，有关银行应当予以配合。", ACTS_ZH)}


def test_an_object_with_a_relative_clause_does_not_move_the_act():
    # 记载…客户作出的说明: most words are the customer's act, the verb is the bank's
    assert "actor" not in {f.kind for f in contradictions("在异议期间，银行须记载客户对其逾期记录作出的说明。", NOTE_ZH)}


DEMAND_ZH = "境外机构直接要求境内银行提交客户资料的，银行不得擅自执行，并应当及时向主管部门报告。"
TALK_ZH = "银行业监督管理机构根据履行职责的需要，可以与银行董事、高级管理人员进行谈话，要求其就重大事项作出说明。"
WHERE_IT_EN = "2. Where a notified body finds that a device is unsafe, it shall suspend the certificate of the device."
POLICY_EN = "2. Where proportionate in relation to the risks, the measures shall include written security policies."
CONFINED_ZH = "监管部门在履行职责中获取的客户信息，只能用于监督管理的需要，不得用于其他用途。"


def test_to_demand_of_a_party_is_no_duty_of_the_one_who_demands():
    assert _duty_pairs(DEMAND_ZH) == [("institution", "prohibition"), ("institution", "obligation")]
    assert not contradictions("境外机构要求境内银行提交客户资料的，银行不能擅自执行，并应及时报告主管部门。", DEMAND_ZH)


def test_directors_are_parties_of_their_own():
    found = contradictions("银行的董事可以要求银行业监督管理机构就重大事项作出说明。", TALK_ZH)
    assert "actor" in {f.kind for f in found}
    assert not contradictions("银行业监督管理机构可以约见银行董事谈话，要求其就重大事项作出说明。", TALK_ZH)


def test_a_pronoun_after_a_where_clause_is_its_subject():
    assert _duty_pairs(WHERE_IT_EN) == [("notified_body", "obligation")]
    found = contradictions("Where a notified body finds that a device is unsafe, it is the provider who must suspend the certificate.",
                           WHERE_IT_EN)
    assert "actor" in {f.kind for f in found}


def test_whether_or_not_drops_the_rules_own_condition():
    found = contradictions("The measures must include written security policies, whether or not that is proportionate.", POLICY_EN)
    assert "scope" in {f.kind for f in found}
    assert not contradictions("Where proportionate, the measures must include written security policies.", POLICY_EN)


def test_an_act_allowed_beyond_what_the_clause_confines_it_to():
    assert "polarity" in {f.kind for f in contradictions("监管部门获取的客户信息也可以用于监督管理以外的用途。", CONFINED_ZH)}
    assert not contradictions("监管部门在履行职责中获取的客户信息，仅能用于监督管理，不得挪作他用。", CONFINED_ZH)
