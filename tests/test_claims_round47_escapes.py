"""Round 47 (claims47esc): one body's staff given another's rule, a time limit said to be the party's own choice, and
what 不影响…的效力 keeps valid said to be void."""

from assistant.verify.polarity import contradictions
from assistant.verify.staff_employers import staff_of_another_employer
from assistant.verify.unbounded_periods import lifted_validity_bound

# 反洗钱法（2024）第五十一条 (first paragraph and the last one)
AML_51 = ("第五十一条 反洗钱行政主管部门和其他依法负有反洗钱监督管理职责的部门从事反洗钱工作的人员有下列行为之一的，依法给予处分：\n\n"
          "（二）泄露因反洗钱知悉的国家秘密、商业秘密或者个人隐私、个人信息；\n\n其他国家机关工作人员有前款第二项行为的，依法给予处分。")
# 商业银行法第五十三条
CBL_53 = "第五十三条 商业银行的工作人员不得泄露其在任职期间知悉的国家秘密、商业秘密。"


def test_the_supervisor_s_staff_made_the_bank_s():
    claim = "金融机构从事反洗钱工作的人员泄露因反洗钱知悉的个人信息的，依法给予处分。"
    found = staff_of_another_employer(claim, AML_51)
    assert found and found.kind == "actor"
    assert any(f.kind == "actor" for f in contradictions(claim, AML_51))


def test_the_same_employer_or_none_stands():
    assert staff_of_another_employer("反洗钱行政主管部门从事反洗钱工作的人员泄露个人信息的，依法给予处分。", AML_51) is None
    assert staff_of_another_employer("银行员工不得泄露在任职期间知悉的商业秘密。", CBL_53) is None
    assert staff_of_another_employer("商业银行工作人员不能泄露任职期间知道的国家秘密。", CBL_53) is None
    # an article naming no employer for its staff is left alone
    assert staff_of_another_employer("银行员工应当接受培训。", "网络运营者应当对其工作人员进行培训。") is None


# 商业银行法第四十二条第二款
CBL_42 = ("借款人到期不归还担保贷款的，商业银行依法享有要求保证人归还贷款本金和利息或者就该担保物优先受偿的权利。"
          "商业银行因行使抵押权、质权而取得的不动产或者股权，应当自取得之日起二年内予以处分。")
# 征信业管理条例第十六条第一款
CRR_16 = "征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。"


def test_a_time_limit_left_to_the_party_s_choice():
    assert lifted_validity_bound("商业银行因行使抵押权取得的不动产，想留多久就留多久。", CBL_42)
    assert lifted_validity_bound("征信机构保存个人不良信息没有期限限制。", CRR_16)
    assert lifted_validity_bound("A credit reporting agency may keep adverse information for as long as it wants.", CRR_16,
                                 lambda _: ("不良信息", "保存", "征信机构"))
    # the limit restated stands
    assert not lifted_validity_bound("商业银行因行使抵押权取得的不动产，应当在二年内处分。", CBL_42)
    assert not lifted_validity_bound("个人不良信息保存5年，超过5年的要删除。", CRR_16)


# 个人信息保护法第十五条
PIPL_15 = ("第十五条 基于个人同意处理个人信息的，个人有权撤回其同意。个人信息处理者应当提供便捷的撤回同意的方式。\n\n"
           "个人撤回同意，不影响撤回前基于个人同意已进行的个人信息处理活动的效力。")


def test_what_is_not_affected_said_to_be_void():
    claim = "个人撤回同意的，撤回前基于同意已进行的处理活动都无效。"
    assert any(f.kind == "polarity" for f in contradictions(claim, PIPL_15))
    for true in ("个人撤回同意的，之前基于同意做的处理不会因此失效。", "个人撤回同意，不影响撤回前已进行的处理活动的效力。"):
        assert not any(f.kind == "polarity" for f in contradictions(true, PIPL_15))


# 商业银行法第五十二条 (lead-in and two items)
CBL_52 = ("第五十二条 商业银行的工作人员应当遵守法律、行政法规和其他各项业务管理的规定，不得有下列行为:\n\n（一）利用职务上的便利，"
          "索取、收受贿赂或者违反国家规定收受各种名义的回扣、手续费；\n\n（三）违反规定徇私向亲属、朋友发放贷款或者提供担保；")


def test_a_ban_on_wrongful_lending_made_a_ban_on_any_lending():
    from assistant.verify.wrongful_bans import wrongful_ban_widened

    claim = "商业银行的工作人员不得向亲属、朋友发放任何贷款。"
    found = wrongful_ban_widened(claim, CBL_52)
    assert found and found.kind == "scope" and "违反规定" in found.message
    assert any(f.kind == "scope" for f in contradictions(claim, CBL_52))
    # the manner kept, or a ban the article states with no manner word, stands
    assert wrongful_ban_widened("商业银行的工作人员不得违反规定徇私向亲属发放任何贷款。", CBL_52) is None
    assert wrongful_ban_widened("商业银行不得向关系人发放任何信用贷款。", "商业银行不得向关系人发放信用贷款。") is None


def test_staff_named_by_their_line_of_work_name_no_employer():
    # 银行业监督管理法第四十九条: 银行业监管人员 are the supervisor's staff, the 银行 in it is their field
    article = "第四十九条 阻碍银行业监督管理机构工作人员依法执行检查、调查职务的，由公安机关依法给予治安管理处罚。"
    claim = "阻碍银行业监管人员依法执行检查、调查职务的，由公安机关依法给予治安管理处罚。"
    assert staff_of_another_employer(claim, article) is None
    # what the staff do names their field, not their employer (银行业监督管理法第四十三条)
    supervisors = "银行业监督管理机构从事监督管理工作的人员贪污受贿，泄露商业秘密的，依法给予行政处分。"
    assert staff_of_another_employer("从事银行业监督管理工作的人员泄露商业秘密的，依法给予行政处分。", supervisors) is None
