"""Round 43 (precision of the deterministic checks, issue 11: a true claim contradicted at most 5% of the time on unseen
claims). General readings, each test failing on the code before the round: a Chinese noun phrase's head is its last noun
(staff described by their work are staff), a penalty clause's "对…处" part is in the case of the part before it, a
decision "批准或者不批准" states both outcomes, and a case's own modal verb (…需要…的，) is not the rule's. Clauses are the
laws' own text; claims are written for these tests."""

from assistant.lexis.parties import actors_in
from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.antonyms import opposite_word
from assistant.verify.cases import figure_of_another_case
from assistant.verify.polarity import contradictions
from assistant.verify.roles.phrases import subject_of
from assistant.verify.subclauses import _predicate

# 银行业监督管理法第四十三条 (its lead-in, item (四) and its second paragraph)
STAFF_ZH = ("第四十三条 银行业监督管理机构从事监督管理工作的人员有下列情形之一的，依法给予行政处分；构成犯罪的，依法追究刑事责任：\n\n"
            "（四）违反规定查询账户或者申请冻结资金的；\n\n"
            "银行业监督管理机构从事监督管理工作的人员贪污受贿，泄露国家秘密、商业秘密和个人隐私，构成犯罪的，依法追究刑事责任；尚不构成"
            "犯罪的，依法给予行政处分。")
# 个人信息保护法第六十六条
PENALTY_ZH = ("第六十六条 违反本法规定处理个人信息，或者处理个人信息未履行本法规定的个人信息保护义务的，由履行个人信息保护职责的部门责令改正，"
              "给予警告，没收违法所得，对违法处理个人信息的应用程序，责令暂停或者终止提供服务；拒不改正的，并处一百万元以下罚款；对直接负责的"
              "主管人员和其他直接责任人员处一万元以上十万元以下罚款。\n\n"
              "有前款规定的违法行为，情节严重的，由省级以上履行个人信息保护职责的部门责令改正，没收违法所得，并处五千万元以下或者上一年度营业额"
              "百分之五以下罚款，并可以责令暂停相关业务或者停业整顿、通报有关主管部门吊销相关业务许可或者吊销营业执照；对直接负责的主管人员和"
              "其他直接责任人员处十万元以上一百万元以下罚款，并可以决定禁止其在一定期限内担任相关企业的董事、监事、高级管理人员和个人信息保护"
              "负责人。")
# 银行业监督管理法第二十二条 (lead-in)
DECISION_ZH = "国务院银行业监督管理机构应当在规定的期限，对下列申请事项作出批准或者不批准的书面决定；决定不批准的，应当说明理由："


def test_staff_described_by_their_work_are_staff_not_the_body_named_in_the_description():
    assert actors_in("从事银行业监督管理工作的人员应当依法保密") == ["staff"]
    assert actors_in("银行业监督管理机构从事监督管理工作的人员应当依法保密") == ["staff"]
    assert _duty_pairs("商业银行的工作人员不得在其他经济组织兼职") == [("staff", "prohibition")]
    # a party that is the subject, with a 的-phrase later in its predicate, stays the subject
    assert actors_in("银行发现客户的可疑交易，应当报告") == ["institution"]
    assert actors_in("金融机构应当对其工作人员进行培训") == ["institution"]


def test_a_claim_on_supervisory_staff_is_not_read_as_the_bank_or_the_regulator():
    true = "从事银行业监督管理工作的人员泄露商业秘密，还不够犯罪的，依法给予行政处分。"
    assert not [f for f in contradictions(true, STAFF_ZH) if f.kind == "actor"]
    # the bank put in the staff's place is still the wrong actor
    false = "银行业金融机构违反规定查询账户的，依法给予行政处分。"
    assert [f for f in contradictions(false, STAFF_ZH) if f.kind == "actor"]


def test_a_sanction_on_the_persons_responsible_is_in_the_case_of_the_sanction_before_it():
    assert figure_of_another_case("拒不改正的，对直接负责的主管人员处一万元以上十万元以下罚款。", PENALTY_ZH) == []
    assert not [f for f in contradictions("情节严重的，对直接负责的主管人员处十万元以上一百万元以下罚款。", PENALTY_ZH)
                if f.kind == "number"]
    # the first paragraph's figures given to the serious case are still another case's
    assert [f for f in contradictions("情节严重的，对直接负责的主管人员处一万元以上十万元以下罚款。", PENALTY_ZH)
            if f.kind == "number"]


def test_a_decision_to_approve_or_not_states_both_outcomes():
    claim = "If the regulator refuses an application to set up a bank, it must explain why in writing."
    assert opposite_word(claim, [DECISION_ZH], [], DECISION_ZH) is None
    # a sentence that only approves still opposes a refusal
    assert opposite_word(claim, ["国务院银行业监督管理机构应当在规定的期限对申请事项作出批准的书面决定。"], [],
                         "国务院银行业监督管理机构应当在规定的期限对申请事项作出批准的书面决定。")


def test_the_modal_verb_of_a_case_is_not_the_rules():
    claim = "因合并需要转移网络数据的，接收方应当继续履行网络数据安全保护义务。"
    assert _predicate(claim).startswith("应当继续履行")
    assert subject_of(claim) == "接收方"
    # with no rule after it, the case's own modal verb is the claim's
    assert _predicate("银行需要转移数据的").startswith("需要")


def test_a_partys_staff_in_one_compound_or_joined_by_its_own_are_staff():
    assert actors_in("银行业监管人员违反规定查询账户") == ["staff"]
    assert actors_in("银行业监督管理机构工作人员，应当忠于职守") == ["staff"]
    # (the 银行 inside the regulator's name is no bank once the whole compound is its staff)
    assert _duty_pairs("银行业监督管理机构工作人员，应当忠于职守，不得在金融机构等企业中兼任职务。") == [
        ("staff", "obligation"), ("staff", "prohibition")]
    # 网络数据安全管理条例第五十三条: the departments and their staff both hold the duty of secrecy
    pairs = _duty_pairs("有关主管部门及其工作人员对在履行职责中知悉的个人信息应当依法予以保密，不得泄露或者非法向他人提供。")
    assert ("staff", "prohibition") in pairs and ("authority", "prohibition") in pairs
    # a bank's rules or its work are no staff
    assert actors_in("银行管理制度应当") == ["institution"]
