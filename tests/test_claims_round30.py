"""Round 30: how a claim's party, modal verb and act are aligned to the clause sentence it rests on. Each rule catches
its kind of false claim and lets the faithful paraphrase through. Clauses are written in the laws' style for these
tests, not copied from the eval sets."""

from assistant.verify.antonyms import opposite_word
from assistant.verify.demands import duty_at_the_demand_of
from assistant.verify.modality import classes_in, modal_classes
from assistant.verify.roles.agents import topic_doer
from claim_helpers import kinds

CHECK_ZH = ("第十七条 运营者应当自行或者委托服务机构对系统每年至少进行一次安全检测，对发现的问题及时整改，"
            "并按照主管部门要求报送情况。")
PREPAID_ZH = "第五十三条 经营者以预收款方式提供商品的，应当按照约定提供。未按照约定提供的，应当按照消费者的要求退回预付款。"
ENTRUST_EN = ("The handler shall agree with the entrusted party on the purpose and duration, and shall supervise the "
              "entrusted party's processing. Where the contract ends, the entrusted party shall return or delete the data "
              "and shall not retain it.")



def test_as_a_party_requires_is_no_duty_of_that_party():
    # 按照主管部门要求报送: the manner of the operator's report, not a duty of the authority
    assert [c for _, c in modal_classes(CHECK_ZH)] == ["obligation"]
    # the verb "to demand" with the party demanded of after it stays no modal of its own either way
    assert "obligation" in classes_in("主管部门应当按照规定要求运营者报送")


def test_the_act_named_first_and_done_by_another_party_is_the_wrong_actor():
    assert topic_doer("系统每年的安全检测，由主管部门自己来做。", CHECK_ZH)
    assert topic_doer("系统每年的安全检测，由运营者自己来做。", CHECK_ZH) is None
    assert topic_doer("系统每年的安全检测，由运营者委托服务机构来做。", CHECK_ZH) is None


def test_an_option_to_demand_restates_the_duty_done_at_that_demand():
    assert duty_at_the_demand_of("没按约定提供的，消费者可以要求退回预付款。", "未按照约定提供的，应当按照消费者的要求退回预付款。")
    assert not duty_at_the_demand_of("没按约定提供的，经营者可以要求消费者退货。", "未按照约定提供的，应当按照消费者的要求退回预付款。")
    assert duty_at_the_demand_of("The authority may request the documentation.",
                                 "Upon request of the authority, the provider shall provide the documentation.")
    assert "modality" not in kinds("经营者没按约定提供的，消费者可以要求退回预付款。", PREPAID_ZH)
    # the business's own option where the clause binds it is still a wrong modality
    assert kinds("经营者没按约定提供的，可以自行决定是否退回预付款。", PREPAID_ZH) & {"modality", "polarity"}


def test_not_mandatory_is_no_duty():
    assert "exemption" in classes_in("每年的检测评估，建议做一次，不是强制的。")
    assert "exemption" in classes_in("这项评估并非强制要求。")


def test_keeping_an_eye_on_a_party_keeps_no_record():
    claim = "The handler must agree the purpose and duration with the entrusted party and keep an eye on its processing."
    assert opposite_word(claim, [ENTRUST_EN], [ENTRUST_EN]) is None
    assert "polarity" not in kinds(claim, ENTRUST_EN)
    # keeping the data itself where the sentence deletes it is still the opposite
    assert opposite_word("When the contract ends, the entrusted party may keep the data.",
                         ["Where the contract ends, the entrusted party shall delete the data."])


DISTRIBUTOR_EN = ("Before making a high-risk system available on the market, distributors shall verify that it bears the "
                  "required marking and is accompanied by the instructions for use.")
REVIEW_ZH = "第二十四条 国家建立数据安全审查制度，对有关活动进行安全审查。\n\n依法作出的安全审查决定为最终决定。"
LICENCE_ZH = "第十一条 支付机构设立后无正当理由连续2年以上未开展支付业务的，由中国人民银行注销支付业务许可。"
DECISIONS_ZH = ("第二十二条 监督管理机构应当在规定的期限，对下列申请事项作出批准或者不批准的书面决定；决定不批准的，应当说明理由：\n\n"
                "（一）机构的设立，自收到申请文件之日起六个月内；\n\n（二）机构的变更、终止，自收到申请文件之日起三个月内。")


def test_after_the_event_the_sentence_puts_before_is_the_opposite():
    # the same event named by other words on each side ("after … is on the market" / "Before making … available on the
    # market"): the relational word swapped
    assert opposite_word("Distributors only need to check the marking after the high-risk system is already on the market.",
                         [DISTRIBUTOR_EN])
    assert opposite_word("Distributors must check the marking before the high-risk system is on the market.",
                         [DISTRIBUTOR_EN]) is None
    # "after" of another event is no opposite
    assert opposite_word("After checking the marking, distributors must also check the instructions for use.",
                         [DISTRIBUTOR_EN]) is None


def test_wu_written_meiyou_is_one_negation():
    from assistant.verify.edits import copied_sentence_findings

    claim = "支付机构设立后如果没有正当理由连续2年以上未开展支付业务的，由中国人民银行注销支付业务许可。"
    assert copied_sentence_findings(claim, LICENCE_ZH) == []
    # a negation added beside the clause's own 无 still counts
    assert copied_sentence_findings("支付机构设立后无正当理由连续2年以上未开展支付业务的，不由中国人民银行注销支付业务许可。",
                                    LICENCE_ZH)


def test_a_sentence_adverb_before_nobody_keeps_the_ban():
    assert "prohibition" in classes_in("Generally nobody can get the reserve account frozen, unless a law provides otherwise.")
    assert "prohibition" in classes_in("In principle no person may disclose it.")


def test_a_copy_with_a_sub_clause_of_its_own_is_read_by_its_copied_part():
    from assistant.verify.edits import copied_sentence_findings

    assert copied_sentence_findings("依法作出的安全审查决定不是最终决定，企业可以申请复核。", REVIEW_ZH)
    assert not copied_sentence_findings("依法作出的安全审查决定是最终决定，企业不能再申请复核。", REVIEW_ZH)


def test_a_claim_denying_the_time_limit_the_list_sets():
    from assistant.verify.time_limits import denies_time_limit

    assert denies_time_limit("对机构变更、终止的申请，监督管理机构作出决定没有期限限制。", DECISIONS_ZH)
    assert not denies_time_limit("对机构变更、终止的申请，监督管理机构要在三个月内作出决定。", DECISIONS_ZH)
    assert denies_time_limit("The controller can answer an access request without any deadline.",
                             "The controller shall answer the request without undue delay and in any event within one "
                             "month of receipt of the request.")
    # a claim about an act the clause sets no period for is not judged
    assert not denies_time_limit("There is no deadline for appointing a representative.", DISTRIBUTOR_EN)


ASSESSMENT_ZH = ("第五十五条 有下列情形之一的，处理者应当事前进行影响评估，并对处理情况进行记录：\n\n（一）处理敏感个人信息；\n\n"
                 "（二）利用个人信息进行自动化决策；\n\n（三）向境外提供个人信息。")


def test_one_case_of_a_list_of_alternatives_made_the_only_one():
    from assistant.verify.list_cases import one_of_the_cases_made_the_only

    assert one_of_the_cases_made_the_only("影响评估只有在向境外提供个人信息时才需要做。", ASSESSMENT_ZH)
    assert "scope" in kinds("影响评估只有在向境外提供个人信息时才需要做。", ASSESSMENT_ZH)
    # one case restated without "only" is faithful
    assert not one_of_the_cases_made_the_only("向境外提供个人信息的，处理者得先做影响评估。", ASSESSMENT_ZH)
    assert "scope" not in kinds("向境外提供个人信息的，处理者得先做影响评估。", ASSESSMENT_ZH)
    # a list whose lead-in wants every item (同时符合下列条件) is not a list of alternatives
    both = ASSESSMENT_ZH.replace("有下列情形之一的", "同时符合下列条件的")
    assert not one_of_the_cases_made_the_only("影响评估只有在向境外提供个人信息时才需要做。", both)


def test_a_request_in_the_case_is_no_duty_of_the_one_requesting():
    from assistant.verify.actors.holders import _duty_pairs

    assert _duty_pairs("个人要求删除其信息或者注销账号的，处理者要及时受理。") == []
    assert classes_in("法律、行政法规要求保存的，从其规定。") == set()
    # the duty stated outright stays one
    assert "obligation" in classes_in("这是法律要求的")
    assert "obligation" in classes_in("监管机构要求银行报送材料的，银行应当报送。")


def test_can_instead_restates_the_substitute_the_sentence_puts_in_place():
    sentence = ("The communication shall not be required if it would involve disproportionate effort. In such a case, "
                "there shall instead be a public communication whereby the data subjects are informed.")
    assert "modality" not in kinds("If notifying each data subject would take disproportionate effort, the controller "
                                   "can make a public communication instead.", sentence)


def test_the_thing_set_by_another_party_than_the_sentences_active_subject():
    from assistant.verify.roles.agents import other_active_doer

    sentence = "第九条 保护工作部门结合本行业实际，制定认定规则，并报国务院公安部门备案。"
    assert other_active_doer("认定规则由国务院公安部门统一制定，保护工作部门备案就行。", sentence)
    assert other_active_doer("认定规则由保护工作部门制定，报国务院公安部门备案。", sentence) is None
    # another thing set by that party is not judged
    assert other_active_doer("收费标准由国务院公安部门制定。", sentence) is None


def test_one_of_the_listed_conditions_against_all_of_them():
    lead_in = "电子签名同时符合下列条件的，视为可靠的电子签名："
    assert opposite_word("A signature is reliable if it meets any one of the listed conditions.", [lead_in])
    assert opposite_word("A signature is reliable if it meets all of the following conditions.", [lead_in]) is None
