"""Who bears the duty, and how far a rule reaches: the actor and scope checks of the contradiction verifier, rule by
rule, in Chinese and English. Each rule catches its kind of false claim and lets the faithful paraphrase through.
Clauses are written in the laws' style for these tests, not copied from the eval sets."""

import pytest

from assistant.verify.actors.holders import _duty_pairs, lead_in_holders
from assistant.verify.modality import modal_classes
from claim_helpers import kinds

# a right of one party and a duty of another in one sentence, joined by "and" (GDPR Art. 17(1) style)
ERASE_EN = ("1. The customer shall have the right to obtain from the bank the erasure of his or her records without undue "
            "delay and the bank shall have the obligation to erase the records without undue delay where the customer "
            "withdraws consent.\n3. Paragraph 1 shall not apply to the extent that keeping the records is necessary for "
            "compliance with a legal obligation.")
# a list whose items inherit the subject of the sentence introducing them (AI Act Art. 16, GDPR Art. 28(3))
LIST_EN = "Providers of scoring systems shall:\n(a) keep the technical documentation;\n(b) affix the conformity marking to the system;"
LIST_THAT_EN = ("The contract shall stipulate, in particular, that the service firm:\n(a) processes the records only on "
                "documented instructions from the bank;\n(b) deletes the records after the end of the services;")
KIN_ZH = "自然人死亡的，其近亲属为了自身的合法、正当利益，可以查阅、复制死者的相关个人信息。"
OBTAIN_ZH = "反洗钱行政主管部门为履行职责，可以从国家有关机关获取所必需的信息，国家有关机关应当依法提供。"
ENTRUST_ZH = "个人信息处理者委托处理个人信息的，应当与受托人约定处理的目的和方式，并对受托人的处理活动进行监督。"
CONTRACT_ZH = "数据处理者向其他数据处理者提供数据的，应当通过合同等与接收方约定安全保护义务，并对接收方履行义务的情况进行监督。"
DELETE_ZH = ("处理目的已实现的，银行应当主动删除客户资料；法律规定的保存期限未届满的，银行应当停止除存储之外的处理。")
CHANNELS_ZH = "征信机构可以通过信息主体、企业交易对方、行业协会等渠道采集企业信息。"
EACH_EN = "Whatever the agreement between the lenders says, the customer may exercise his or her rights against each of the lenders."
JOINT_ZH = ("两个以上的银行共同决定处理目的的，应当约定各自的义务。但是，该约定不影响客户向其中任何一个银行要求行使权利。")
ANON_ZH = "未经客户同意，银行不得向他人提供客户信息。但是，经过处理无法识别特定个人且不能复原的除外。"
LEAK_ZH = "征信机构的工作人员不得泄露工作中获取的信息。"
SUPPORT_EN = "The bank shall support the compliance officer by providing the resources necessary to carry out his or her tasks."
POWERS_EN = "Each supervisory authority shall have all of the following powers:\n(a) to order the bank to provide any information it requires;"
WITHDRAW_EN = "The customer shall have the right to withdraw consent at any time. It shall be as easy to withdraw as to give consent."
MANDATE_EN = ("The representative shall terminate the mandate if it considers the provider to be acting contrary to its "
              "obligations under this Regulation.")
HEALTH_EN = ("1. Processing of health records shall be prohibited.\n2. Paragraph 1 shall not apply if one of the following "
             "applies:\n(a) the customer has given explicit consent, except where national law provides that the prohibition "
             "may not be lifted by the customer;")



def test_each_main_clause_has_its_own_subject():
    pairs = _duty_pairs(ERASE_EN.splitlines()[0])
    assert ("individual", "right") in pairs and ("institution", "obligation") in pairs
    # the bank's duty is the bank's: a claim that says so is no wrong actor
    assert "actor" not in kinds("The bank must erase the records without undue delay where the customer withdraws consent.",
                                ERASE_EN)


def test_a_list_item_binds_the_party_its_lead_in_names():
    assert lead_in_holders("Providers of scoring systems shall:") == ["provider_ai"]
    assert lead_in_holders("The contract shall stipulate, in particular, that the service firm and the processor:") == ["processor_eu"]
    assert "actor" in kinds("Deployers of scoring systems must affix the conformity marking to the system.", LIST_EN)
    assert "actor" not in kinds("Providers of scoring systems must affix the conformity marking to the system.", LIST_EN)
    assert "actor" not in kinds("The service firm must delete the records after the end of the services.", LIST_THAT_EN)


@pytest.mark.parametrize("claim, clause, kind", [
    # a party of the law's own (the next of kin) given to another
    ("自然人死亡的，个人信息处理者为了自身的合法、正当利益，可以查阅、复制死者的相关个人信息。", KIN_ZH, "actor"),
    # the option is the authority's; a bank gets nothing in the clause, whatever the state organs named in both
    ("金融机构为履行义务，可以从国家有关机关获取所必需的信息，国家有关机关应当依法提供。", OBTAIN_ZH, "actor"),
    # the other party of an agreement agrees; it does not supervise
    ("个人信息处理者委托处理个人信息的，受托人应当对个人信息处理者的处理活动进行监督。", ENTRUST_ZH, "actor"),
    # 同 of 合同 is no preposition: the recipient is not a party bound to supervise
    ("数据处理者向其他数据处理者提供数据的，接收方应当对数据处理者履行义务的情况进行监督。", CONTRACT_ZH, "actor"),
    # modal words that are not duties: "not required" (no duty: the opposite of "shall"), a power is a right
    ("The bank is encouraged, but not required, to provide the compliance officer with the resources for the tasks.",
     SUPPORT_EN, "polarity"),
    ("The bank has the power to order the supervisory authority to provide any information it requires.", POWERS_EN, "actor"),
    # "if it wishes" is discretion, not a case; the inflected paraphrase still finds its sentence
    ("The bank may, if it wishes, make withdrawing consent as easy as giving it.", WITHDRAW_EN, "modality"),
])
def test_wrong_actor_or_modality_is_caught(claim, clause, kind):
    assert kind in kinds(claim, clause)


@pytest.mark.parametrize("claim, clause", [
    ("自然人死亡的，其近亲属可以为了自身合法、正当的利益查阅、复制死者的相关个人信息。", KIN_ZH),
    ("反洗钱行政主管部门为履行职责，可以从国家有关机关获取必需的信息。", OBTAIN_ZH),
    ("个人信息处理者委托处理个人信息的，须与受托人约定处理目的和方式，并监督受托人的处理活动。", ENTRUST_ZH),
    ("受托人应当与个人信息处理者约定处理的目的和方式。", ENTRUST_ZH),  # an agreement binds both parties
    ("The bank must support the compliance officer by providing the resources needed for the tasks.", SUPPORT_EN),
    ("A supervisory authority has the power to order the bank to provide any information it requires.", POWERS_EN),
    ("The customer can withdraw consent at any time, and withdrawing must be as easy as giving consent.", WITHDRAW_EN),
    # the parties of a relative clause on the subject are not the subject
    ("A representative who considers that the provider is acting contrary to its obligations must terminate the mandate.",
     MANDATE_EN),
    # a modal verb inside the clause's exception ("…may not be lifted by the customer") is not the rule
    ("Processing of health records is allowed where the customer has given explicit consent, unless national law "
     "provides otherwise.", HEALTH_EN),
])
def test_faithful_paraphrase_passes(claim, clause):
    assert not kinds(claim, clause)


@pytest.mark.parametrize("claim, clause", [
    # universal words do not count as wording the clause must hold, and "没有例外" is one
    ("处理目的实现后，银行对所有客户资料都必须全部删除，没有例外。", DELETE_ZH),
    # a claim stating its case may not add "always / without exception" to a rule the clause makes exceptions to
    ("Where the customer withdraws consent, the bank must always erase the records, without exception.", ERASE_EN),
    # "only" narrows what the clause allows in several ways, or opens to any one of a group
    ("征信机构只能通过信息主体采集企业信息。", CHANNELS_ZH),
    ("The customer may exercise his or her rights only against the lender named in the agreement.", EACH_EN),
    ("两个以上的银行共同决定处理目的的，客户只能向约定中负责的那一个银行要求行使权利。", JOINT_ZH),
    # "even if" the case the clause excepts
    ("未经客户同意，银行不得向他人提供客户信息，即使经过处理无法识别特定个人且不能复原也一样。", ANON_ZH),
    # "any" under a ban the clause makes an exception to
    ("未经客户同意，银行不得向他人提供任何客户信息。", ANON_ZH),
])
def test_overreaching_scope_is_caught(claim, clause):
    assert "scope" in kinds(claim, clause)


@pytest.mark.parametrize("claim, clause", [
    ("处理目的已实现的，银行应当主动删除客户资料。", DELETE_ZH),
    ("Where the customer withdraws consent, the bank must erase the records without undue delay.", ERASE_EN),
    ("征信机构可以通过行业协会等渠道采集企业信息。", CHANNELS_ZH),
    ("The customer may exercise his or her rights against each of the lenders, whatever their agreement says.", EACH_EN),
    ("The customer can only exercise the rights against a lender where the agreement names it.", EACH_EN),  # a condition
    ("即使客户同意，银行也应当遵守法律的规定。", ANON_ZH),  # not the case the clause excepts
    # "any" under a ban the clause states without exception is how the ban reads
    ("征信机构的工作人员不得泄露工作中获取的任何信息。", LEAK_ZH),
])
def test_scope_passes_faithful_paraphrase(claim, clause):
    assert "scope" not in kinds(claim, clause)


def test_modal_words_for_encouragement_power_and_asides():
    assert {c for _, c in modal_classes("国家鼓励银行开展数据开发利用。")} == {"permission"}
    assert {c for _, c in modal_classes("The bank is not required to appoint an officer.")} == {"exemption"}
    assert {c for _, c in modal_classes("The authority shall have the power to order an audit.")} == {"right"}
    assert {c for _, c in modal_classes("The records may, apart from storage, only be processed with consent.")} == {"restriction"}
