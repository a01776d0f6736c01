"""Round 54 (true claims contradicted). A personal pronoun after an elided subject's modal verb points back to the party
the case before it opens with, which is then the one acted on, not the subject (verify/actors/holders.py); "other than"
states a claim's own exception, as it does a clause's (verify/exceptions.py); a party described by a participle ("a
bank deploying …") is the agent noun the sentence names ("deployers", verify/roles/objects.py). Clauses are the laws'
own text; claims are written for these tests."""

from assistant.verify.actors.holders import named_duty_pairs
from claim_helpers import kinds
from assistant.verify.scope import _overreaches

# 个人信息保护法第四十七条第二款
PIPL_47_2 = ("法律、行政法规规定的保存期限未届满，或者删除个人信息从技术上难以实现的，个人信息处理者应当停止除存储和采取必要的"
             "安全保护措施之外的处理。")
# 网络数据安全管理条例第二十二条第一款第五项
NDSR_22_5 = "（五）不得在个人明确表示不同意处理其个人信息后，频繁征求同意；"
# AI Act Art. 27(1), first sentence (its opening)
AI_ACT_27 = ("1. Prior to deploying a high-risk AI system referred to in Article 6(2), with the exception of high-risk AI systems "
             "intended to be used in the area listed in point 2 of Annex III, deployers that are bodies governed by public "
             "law, or are private entities providing public services, and deployers of high-risk AI systems referred to in "
             "points 5 (b) and (c) of Annex III, shall perform an assessment of the impact on fundamental rights that the "
             "use of such system may produce. For that purpose, deployers shall perform an assessment consisting of:\n\n"
             "(a) a description of the deployer’s processes in which the high-risk AI system will be used in line with its "
             "intended purpose;")


def test_a_pronoun_after_the_modal_verb_leaves_the_case_party_the_one_acted_on():
    assert named_duty_pairs("客户明确表示不同意以后，不能一再找他征求同意。") == [(None, "prohibition")]
    claim = "依据《网络数据安全管理条例》第二十二条，客户明确表示不同意以后，不能一再找他征求同意。"
    assert "actor" not in kinds(claim, NDSR_22_5)
    assert named_duty_pairs("客户撤回同意的，应当删除她们的信息。") == [(None, "obligation")]
    # (其他 / 他人 are no pronoun of the case's party; with no pronoun the case's party is still the elided subject)
    assert named_duty_pairs("个人信息处理者委托处理个人信息的，应当与他人约定。") == [("processor", "obligation")]
    assert named_duty_pairs("客户明确表示不同意以后，不能一再征求同意。") == [("individual", "prohibition")]


def test_other_than_states_the_claims_own_exception():
    claim = ("Under Article 47 of the PIPL, a handler doesn't have to delete data whose legal retention period has not "
             "expired, but it has to stop all processing other than storage and security measures.")
    assert not _overreaches(claim, PIPL_47_2)
    assert _overreaches("Under Article 47 of the PIPL, a handler has to stop all processing.", PIPL_47_2)


def test_a_party_described_by_a_participle_is_the_agent_noun_the_sentence_names():
    claim = ("Under Article 27 of the AI Act, a bank deploying a high-risk AI system for creditworthiness assessment under "
             "point 5(b) of Annex III has to carry out a fundamental rights impact assessment.")
    assert "actor" not in kinds(claim, AI_ACT_27)


# 网络数据安全管理条例第十一条第二款 (first sentence)
NDSR_11_2 = ("网络数据安全事件对个人、组织合法权益造成危害的，网络数据处理者应当及时将安全事件和风险情况、危害后果、已经采取的"
             "补救措施等，以电话、短信、即时通信工具、电子邮件或者公告等方式通知利害关系人。")


def test_an_option_among_the_listed_means_of_a_duty_is_no_option_to_do_it():
    claim = ("依据《网络数据安全管理条例》第十一条，数据安全事件损害个人权益的，网络数据处理者要及时通知利害关系人，可以用短信"
             "或者电子邮件通知。")
    assert "modality" not in kinds(claim, NDSR_11_2)
    # (a means the sentence does not list leaves the option an option to act)
    assert "modality" in kinds("依据《网络数据安全管理条例》第十一条，网络数据处理者可以用传真通知利害关系人。", NDSR_11_2)
