"""Round 50 (precision: true claims judged contradicted). 征信业管理条例's information subject (信息主体) is an enterprise or an
individual, so a claim giving an enterprise the subject's right agrees with it (个人信息主体 stays the individual); a verb
of thinking (认为, 觉得) ends a Chinese subject; an English claim whose first modal verb has no known subject does not give
that act to a party named later (across languages, as round 49 did within one); a bare 不 for the clause's verb of not
doing (拖延、拒绝支付 → 拖着不付) adds no negation. Clauses are the laws' own text; claims are written for these tests."""

from assistant.lexis.parties import actors_in, same_side
from assistant.verify.edits import single_edit
from assistant.verify.roles.phrases import subject_of
from claim_helpers import kinds

# 征信业管理条例第二十五条第一款、第二十六条第三款、第十七条、第十六条
CRR_25 = "第二十五条 信息主体认为征信机构采集、保存、提供的信息存在错误、遗漏的，有权向征信机构或者信息提供者提出异议，要求更正。"
CRR_26 = "信息主体认为征信机构或者信息提供者、信息使用者侵害其合法权益的，可以直接向人民法院起诉。"
CRR_17 = "第十七条 信息主体可以向征信机构查询自身信息。个人信息主体有权每年两次免费获取本人的信用报告。"
CRR_16 = ("第十六条 征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。\n"
          "在不良信息保存期限内，信息主体可以对不良信息作出说明，征信机构应当予以记载。")
# 商业银行法第三十三条
CBL_33 = "第三十三条 商业银行应当保证存款本金和利息的支付，不得拖延、拒绝支付存款本金和利息。"


def test_an_information_subject_may_be_an_enterprise():
    assert actors_in("信息主体可以向征信机构查询自身信息") == ["subject"]
    assert same_side("subject", "organisation") and same_side("subject", "individual") and same_side("subject", "body")
    assert "actor" not in kinds("企业认为征信机构保存的本企业信息有错误的，也可以提出异议，要求更正。", CRR_25)
    assert "actor" not in kinds("企业可以向征信机构查询自己的信息。", CRR_17)
    assert "actor" not in kinds("Under Article 25, a company that finds a mistake in the information a credit reporting "
                                "agency holds about it may object and ask for it to be corrected.", CRR_25)


def test_the_information_subject_is_no_named_role():
    # the agency, the providers and the users stay apart from the one the information is about
    assert not same_side("subject", "credit_agency") and not same_side("subject", "institution")
    assert "actor" in kinds("征信机构认为信息存在错误、遗漏的，有权向信息主体提出异议，要求更正。", CRR_25)


def test_the_individual_information_subject_is_the_individual():
    assert actors_in("个人信息主体有权每年两次免费获取本人的信用报告") == ["individual"]
    assert "actor" in kinds("企业有权每年两次免费获取本企业的信用报告。", CRR_17)


def test_a_verb_of_thinking_ends_the_subject():
    assert subject_of(CRR_26) == "信息主体"
    assert subject_of("企业觉得征信机构侵害了自己的合法权益，可以直接去法院起诉。") == "企业"
    assert "actor" not in kinds("企业觉得征信机构侵害了自己的合法权益，可以直接去法院起诉。", CRR_26)


def test_an_unnamed_first_subject_does_not_give_its_act_across_languages():
    claim = ("During the retention period the person concerned may add an explanation to negative information, and "
             "the credit reporting agency must record it.")
    assert "actor" not in kinds(claim, CRR_16, "说明 不良信息 记录")
    from assistant.verify.acts_across import act_of_another_party_across
    assert act_of_another_party_across(claim, CRR_16, lambda text: ["说明", "不良信息"]) is None


def test_a_bare_negation_for_a_verb_of_not_doing_adds_none():
    assert single_edit("商业银行应当保证存款本金和利息的支付，不得拖着不支付存款本金和利息。", CBL_33) is None
    # 不 added beside the clause's 拒绝, which the claim keeps, is still a negation added
    assert single_edit("商业银行应当保证存款本金和利息的支付，不得拖延、不拒绝支付存款本金和利息。", CBL_33) is not None
