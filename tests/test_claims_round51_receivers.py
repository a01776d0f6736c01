"""Round 51 (escapes: wrong actors across languages). An English claim gives a party the act a Chinese sentence gives
another party, while the sentence names the claim's party only as the one the act is notified or reported to
(个人信息保护法第五十七条: 个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人); "the authority …" is
read as a public body for this check only (verify/acts_across.py). Clauses are the laws' own text; claims are written for
these tests."""

from assistant.lexis.lexicon import load_lexicon
from assistant.verify.acts_across import receiver_given_the_act_across
from claim_helpers import kinds

# 个人信息保护法第五十七条第一款; 网络数据安全管理条例第三十三条 (first sentence)
PIPL_57 = ("第五十七条 发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责"
           "的部门和个人。")
NDSR_33 = ("第三十三条 重要数据的处理者应当每年度对其网络数据处理活动开展风险评估，并向省级以上有关主管部门报送风险评估报告，"
           "有关主管部门应当及时通报同级网信部门、公安机关。")


def words(text: str) -> list[str]:
    return load_lexicon().chinese_words(text)


def test_the_receiver_of_a_notice_given_the_senders_act_is_a_wrong_actor():
    claim = ("Under PIPL Art. 57, the authority performing personal information protection duties must take remedial "
             "measures immediately after a personal information leak.")
    found = receiver_given_the_act_across(claim, PIPL_57, words)
    assert found is not None and found.kind == "actor"
    assert "actor" in kinds(claim, PIPL_57)
    claim = "Under the Network Data Security Regulation, the competent departments must carry out a risk assessment every year."
    assert receiver_given_the_act_across(claim + " of important data processing", NDSR_33, words) is not None


def test_true_paraphrases_and_the_receivers_own_part_are_left_alone():
    for claim in [
        "Under PIPL Art. 57, the processor must take remedial measures immediately and notify the authority performing "
        "personal information protection duties and the individuals.",
        "Under PIPL Art. 57, the authority performing personal information protection duties must be notified when "
        "personal information is leaked.",  # (a passive: the body receives the notice)
        "Under PIPL Art. 57, the authority may require the processor to take remedial measures.",  # (names the doer)
        "Under PIPL Art. 57, the authority does not have to take remedial measures.",  # (negated: other checks')
        "Under the Network Data Security Regulation, the competent departments must promptly pass the risk assessment "
        "reports on to the cyberspace department and the public security organs.",
    ]:
        clause = NDSR_33 if "Network Data" in claim else PIPL_57
        assert receiver_given_the_act_across(claim, clause, words) is None, claim
