"""Round 48 (precision: true English claims on Chinese articles that name individuals beside organisations). A party
word ending a prepositional phrase on the subject ("… with a bank must") is its object, not the subject; "no entity or
individual may" after an opening phrase left without its comma is a ban. Clauses are the laws' own text; claims are
written for these tests."""

from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.modality import modal_classes
from claim_helpers import kinds

# 反洗钱法（2024）第三十八条第一款
AML_38 = ("第三十八条 与金融机构存在业务关系的单位和个人应当配合金融机构的客户尽职调查，提供真实有效的身份证件或者其他身份证明文件，"
          "准确、完整填报身份信息，如实提供与交易和资金相关的资料。")
# 商业银行法第十一条第二款
CBL_11 = ("未经国务院银行业监督管理机构批准，任何单位和个人不得从事吸收公众存款等商业银行业务，任何单位不得在名称中使用“银行”"
          "字样。")


def test_a_party_after_with_ends_the_subject_as_its_object():
    claim = ("Entities and individuals with a business relationship with a bank must cooperate with its customer due "
             "diligence.")
    assert _duty_pairs(claim, pronouns=False) == [("individual", "obligation")]
    assert "actor" not in kinds(claim, AML_38)


def test_the_bank_still_holds_a_duty_it_is_the_subject_of():
    # the wrong-actor claim in the same wording is still read as the bank's duty
    claim = "A bank with a business relationship with individuals must cooperate with their due diligence."
    assert _duty_pairs(claim, pronouns=False) == [("institution", "obligation")]


def test_no_entity_after_an_opening_phrase_without_comma_is_a_ban():
    claim = ("Without approval of the banking regulator no entity or individual may take deposits from the public.")
    assert [c for _, c in modal_classes(claim)] == ["prohibition"]
    assert "modality" not in kinds(claim, CBL_11)
    # a party described by "without" keeps its option ("a bank without a licence may apply")
    assert [c for _, c in modal_classes("A bank without a licence may apply for one.")] == ["permission"]
