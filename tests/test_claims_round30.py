"""Round 30: how a claim's party, modal verb and act are aligned to the clause sentence it rests on. Each rule catches
its kind of false claim and lets the faithful paraphrase through. Clauses are written in the laws' style for these
tests, not copied from the eval sets."""

from assistant.verify.antonyms import opposite_word
from assistant.verify.demands import duty_at_the_demand_of
from assistant.verify.modality import _classes, modal_classes
from assistant.verify.polarity import contradictions
from assistant.verify.roles.agents import topic_doer

CHECK_ZH = ("第十七条 运营者应当自行或者委托服务机构对系统每年至少进行一次安全检测，对发现的问题及时整改，"
            "并按照主管部门要求报送情况。")
PREPAID_ZH = "第五十三条 经营者以预收款方式提供商品的，应当按照约定提供。未按照约定提供的，应当按照消费者的要求退回预付款。"
ENTRUST_EN = ("The handler shall agree with the entrusted party on the purpose and duration, and shall supervise the "
              "entrusted party's processing. Where the contract ends, the entrusted party shall return or delete the data "
              "and shall not retain it.")


def kinds(claim: str, clause: str) -> set[str]:
    return {f.kind for f in contradictions(claim, clause)}


def test_as_a_party_requires_is_no_duty_of_that_party():
    # 按照主管部门要求报送: the manner of the operator's report, not a duty of the authority
    assert [c for _, c in modal_classes(CHECK_ZH)] == ["obligation"]
    # the verb "to demand" with the party demanded of after it stays no modal of its own either way
    assert "obligation" in _classes("主管部门应当按照规定要求运营者报送")


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
    assert "exemption" in _classes("每年的检测评估，建议做一次，不是强制的。")
    assert "exemption" in _classes("这项评估并非强制要求。")


def test_keeping_an_eye_on_a_party_keeps_no_record():
    claim = "The handler must agree the purpose and duration with the entrusted party and keep an eye on its processing."
    assert opposite_word(claim, [ENTRUST_EN], [ENTRUST_EN]) is None
    assert "polarity" not in kinds(claim, ENTRUST_EN)
    # keeping the data itself where the sentence deletes it is still the opposite
    assert opposite_word("When the contract ends, the entrusted party may keep the data.",
                         ["Where the contract ends, the entrusted party shall delete the data."])
