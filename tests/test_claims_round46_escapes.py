"""Round 46 (claims46esc): a duty given to the party an article names only as the owner of a thing."""

from assistant.verify.polarity import contradictions
from assistant.verify.roles.possessors import owner_as_duty_holder

# 反洗钱法（2024）第三十四条
AML_34 = ("第三十四条 金融机构应当按照规定建立客户身份资料和交易记录保存制度。\n\n在业务关系存续期间，客户身份信息发生变更的，应当"
          "及时更新。\n\n客户身份资料在业务关系结束后、客户交易信息在交易结束后，应当至少保存十年。\n\n金融机构解散、被撤销或者被宣告"
          "破产时，应当将客户身份资料和客户交易信息移交国务院有关部门指定的机构。")
# 商业银行法第三十六条: the borrower is named as an owner (借款人资信良好) and as a duty holder (借款人应当提供担保)
CBL_36 = ("第三十六条 商业银行贷款，借款人应当提供担保。商业银行应当对保证人的偿还能力，抵押物、质物的权属和价值以及实现抵押权、"
          "质权的可行性进行严格审查。\n\n经商业银行审查、评估，确认借款人资信良好，确能偿还贷款的，可以不提供担保。")


def test_the_owner_of_the_records_made_their_keeper():
    for claim in ("客户应当在业务关系结束后把自己的身份资料保存十年。",
                  "Customers must themselves keep their transaction records for ten years after each transaction."):
        found = owner_as_duty_holder(claim, AML_34)
        assert found and found.kind == "actor" and "客户" in found.message
        assert any(f.kind == "actor" for f in contradictions(claim, AML_34))


def test_the_article_s_own_duty_holder_and_other_parties_stand():
    for claim in ("金融机构应当在业务关系结束后将客户身份资料保存至少十年。",
                  "A financial institution must keep customer identity records for at least ten years.",
                  "客户身份资料在业务关系结束后至少要保存十年。"):
        assert owner_as_duty_holder(claim, AML_34) is None
    # a party the article makes act somewhere is left to the sentence-level checks
    assert owner_as_duty_holder("借款人资信良好的，可以不提供担保，但一般应当提供担保。", CBL_36) is None
    # an option of the owner is not read here
    assert owner_as_duty_holder("客户可以要求金融机构更新其身份信息。", AML_34) is None


# 商业银行法第四十条第一款
CBL_40 = "第四十条 商业银行不得向关系人发放信用贷款；向关系人发放担保贷款的条件不得优于其他借款人同类贷款的条件。"


def test_a_ban_on_one_kind_made_a_ban_on_every_kind():
    from assistant.verify.widened_bans import widened_ban

    for claim in ("商业银行对关系人不能发放任何贷款。", "银行不得给关系人放信用贷款，担保贷款也不行。"):
        found = widened_ban(claim, CBL_40)
        assert found and found.kind == "scope" and "担保贷款" in found.message
        assert any(f.kind == "scope" for f in contradictions(claim, CBL_40))
    for claim in ("商业银行不能给关系人发放信用贷款。",
                  "银行不能给关系人发放信用贷款，给关系人的担保贷款条件也不能比其他借款人优惠。"):
        assert widened_ban(claim, CBL_40) is None


# 商业银行法第四十一条
CBL_41 = "第四十一条 任何单位和个人不得强令商业银行发放贷款或者提供担保。商业银行有权拒绝任何单位和个人强令要求其发放贷款或者提供担保。"


def test_a_right_to_refuse_made_a_ban_on_refusing():
    from assistant.verify.denied_refusals import ban_on_a_granted_act

    wrong = "政府部门强令银行提供担保的，商业银行只能配合，不能拒绝。"
    found = ban_on_a_granted_act(wrong, CBL_41)
    assert found and found.kind == "polarity"
    assert any(f.kind == "polarity" for f in contradictions(wrong, CBL_41))
    for right in ("商业银行可以拒绝任何单位强令其发放贷款。", "任何单位不得强令商业银行发放贷款，商业银行有权拒绝。",
                  "任何单位和个人不能拒绝商业银行的合法经营。"):
        assert ban_on_a_granted_act(right, CBL_41) is None


# 电子签名法第二十八条
ESL_28 = ("第二十八条 电子签名人或者电子签名依赖方因依据电子认证服务提供者提供的电子签名认证服务从事民事活动遭受损失，电子认证服务"
          "提供者不能证明自己无过错的，承担赔偿责任。")


def test_the_one_who_suffers_the_loss_made_liable():
    from assistant.verify.liable_victims import victim_made_liable

    for claim in ("Where a signatory loses money relying on a certification service, the relying party must compensate it.",
                  "电子签名人因使用认证服务遭受损失的，由电子签名人自己承担赔偿责任。"):
        found = victim_made_liable(claim, ESL_28)
        assert found and found.kind == "actor"
        assert any(f.kind == "actor" for f in contradictions(claim, ESL_28))
    for claim in ("A certification service provider that cannot prove it was not at fault is liable for the losses of "
                  "signatories and relying parties.",
                  "依赖方因认证服务遭受损失的，电子认证服务提供者证明不了自己没过错，就要赔偿。"):
        assert victim_made_liable(claim, ESL_28) is None
