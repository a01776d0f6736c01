"""Round 49 (precision: true claims judged contradicted). A claim whose first modal verb's subject is no party the
lexicon knows (本人) while a later one names a party does not give the first act to that party; 本人 / 该人 / 其人 refer back
to a party, they name none of their own; 不管是 X 还是 Y lists the parties a rule is about, as 任何 X、Y does, and is no
"whatever the circumstances". Clauses are the laws' own text; claims are written for these tests."""

from claim_helpers import kinds

# 征信业管理条例第十六条
CRR_16 = ("第十六条 征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。\n"
          "在不良信息保存期限内，信息主体可以对不良信息作出说明，征信机构应当予以记载。")
# 数据安全法第三十二条
DSL_32 = ("第三十二条 任何组织、个人收集数据，应当采取合法、正当的方式，不得窃取或者以其他非法方式获取数据。\n"
          "法律、行政法规对收集、使用数据的目的、范围有规定的，应当在法律、行政法规规定的目的和范围内收集、使用数据。")


def test_an_unnamed_first_subject_does_not_give_its_act_to_the_party_named_later():
    claim = "在不良信息保存期内，本人可以对不良信息作出说明，征信机构应当记下来。"
    assert "actor" not in kinds(claim, CRR_16)


def test_the_act_given_to_the_wrong_named_party_is_still_found():
    claim = "在不良信息保存期内，征信机构可以对不良信息作出说明，信息主体应当予以记载。"
    assert "actor" in kinds(claim, CRR_16)


def test_ben_ren_refers_back_and_names_no_party_of_its_own():
    assert "actor" not in kinds("本人可以对不良信息作出说明。", CRR_16)
    # a party noun the article nowhere uses is still one
    assert "actor" in kinds("数据经纪人可以对不良信息作出说明。", CRR_16)


def test_whether_x_or_y_lists_the_parties_as_any_does():
    claim = "不管是单位还是个人，收集数据都得用合法正当的方式，不能偷。"
    assert "scope" not in kinds(claim, DSL_32)


def test_whether_or_not_stays_unconditional():
    # an alternative negating the other drops a condition: "whether the law provides for it or not"
    from assistant.verify.scope import _alternatives

    claim = "不管法律有没有规定，收集数据都可以不受目的和范围限制。"
    assert not _alternatives(claim, claim.index("不管") + 2)
    claim = "无论是否取得同意，都可以收集数据。"
    assert not _alternatives(claim, claim.index("无论") + 2)


# 商业银行法第五十三条
CBL_53 = "第五十三条 商业银行的工作人员不得泄露其在任职期间知悉的国家秘密、商业秘密。"


def test_a_party_after_at_is_where_a_person_works_not_the_duty_holder():
    from assistant.verify.actors.holders import _duty_pairs

    claim = "People working at a commercial bank must keep the commercial secrets they learn on the job."
    assert _duty_pairs(claim, pronouns=False) == [(None, "obligation")]
    assert "actor" not in kinds(claim, CBL_53)
    # the bank itself as the subject is still the bank
    assert _duty_pairs("A commercial bank at its own discretion may refuse.", pronouns=False) == \
        [("institution", "permission")]
