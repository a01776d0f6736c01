"""Round 53 (escapes). A Chinese focus construction ("对…严格保密，是消费者的义务", "对…保密的，是被调查的个人") is read in
plain order, the duty noun as 应当 (verify/clefts.py, applied in GroundingVerifier); a Chinese subject before a
prepositional phrase (经营者及其工作人员对收集的消费者个人信息必须严格保密) is the party before 对, not a noun of its object
(verify/actors/subjects.py); an English claim that negates a Chinese clause's equal standing ("does not have the same
legal effect" against 同等的法律效力) is an opposite (verify/antonyms.py). Clauses are the laws' own text; claims are
written for these tests."""

from assistant.verify.actors.holders import named_duty_pairs
from assistant.verify.antonyms import opposite_word
from assistant.verify.clefts import uncleft_zh
from claim_helpers import kinds

# 消费者权益保护法第二十九条第二款 (first sentence)
CPL_29 = "经营者及其工作人员对收集的消费者个人信息必须严格保密，不得泄露、出售或者非法向他人提供。"
# 电子签名法第十四条
ESL_14 = "第十四条 可靠的电子签名与手写签名或者盖章具有同等的法律效力。"


def test_a_chinese_focus_construction_is_read_in_plain_order():
    assert uncleft_zh("依据《消费者权益保护法》第二十九条，对收集的消费者个人信息严格保密，是消费者自己的责任。") == \
        "依据《消费者权益保护法》第二十九条，消费者应当对收集的消费者个人信息严格保密。"
    assert uncleft_zh("对收集来的个人信息严格保密是行业协会的事情。") == "行业协会应当对收集来的个人信息严格保密。"
    assert uncleft_zh("依据《网络数据安全管理条例》第五十三条，对履职中知悉的商业秘密予以保密的，是被调查的个人。") == \
        "依据《网络数据安全管理条例》第五十三条，被调查的个人对履职中知悉的商业秘密予以保密。"
    for text in ["依据《数据安全法》第二十一条，重要数据是指一旦遭到篡改可能危害国家安全的数据。",  # (no party focused)
                 "经营者对收集的消费者个人信息严格保密，是法律的要求。",  # (the act has its own subject)
                 "未经同意提供个人信息的，是违法行为。",
                 "Under Article 29, it is the operator that keeps the data confidential."]:
        assert uncleft_zh(text) == text


def test_the_subject_before_a_prepositional_phrase_is_the_party_before_it():
    assert named_duty_pairs("经营者及其工作人员对收集的消费者个人信息必须严格保密") == \
        [("institution", "obligation"), ("staff", "obligation")]
    assert named_duty_pairs("经营者的工作人员对收集的消费者个人信息必须严格保密") == [("staff", "obligation")]
    assert named_duty_pairs("个人信息处理者向境外提供个人信息的，应当") == [("processor", "obligation")]
    claim = "依据《消费者权益保护法》第二十九条，经营者及其工作人员必须对收集的消费者个人信息严格保密。"
    assert "actor" not in kinds(claim, CPL_29)
    assert "actor" in kinds(uncleft_zh("依据《消费者权益保护法》第二十九条，对收集的消费者个人信息严格保密，是消费者的义务。"),
                            CPL_29)


def test_an_english_claim_negating_a_chinese_equal_standing_is_turned_around():
    claim = ("Under Article 14 of the Electronic Signature Law, a reliable electronic signature does not have the same legal "
             "effect as a handwritten signature or seal.")
    assert opposite_word(claim, [ESL_14], [], ESL_14)[:2] == ("同等", "not have the same")
    restated = ("Under Article 14 of the Electronic Signature Law, a reliable electronic signature has the same legal effect "
                "as a handwritten signature or seal.")
    assert opposite_word(restated, [ESL_14], [], ESL_14) is None


def test_a_lesser_standing_in_other_comparatives_is_an_opposite():
    for said in ["has lesser legal effect than", "carries weaker legal effect than", "is not as legally effective as",
                 "never has the same legal effect as"]:
        claim = f"Under Article 14, a reliable electronic signature {said} a handwritten signature or seal."
        assert opposite_word(claim, [ESL_14], [], ESL_14) is not None, said
    claim = "Under Article 14, a reliable electronic signature is not weaker in law than a handwritten signature."
    assert opposite_word(claim, [ESL_14], [], ESL_14) is None
