"""Round 46 (precision of the deterministic checks, issue 11: a true claim contradicted at most 5% of the time on unseen
claims). General readings, each test failing on the code before the round: a citation written "Under the AML Law,
Art. 39, …" or "Under GDPR Art. 12(3), …" (the short "Art." label) is the claim's citation, not its words, so the
condition the claim opens with is still read as its condition; and a law's title opening a claim does not choose the
case a figure is read with. Clauses are the laws' own text; claims are written for these tests."""

from assistant.verify.cases import figure_of_another_case
from assistant.verify.polarity import contradictions
from assistant.verify.wording import statement

# 反洗钱法第三十九条
AML_39 = ("第三十九条 单位和个人对金融机构采取洗钱风险管理措施有异议的，可以向金融机构提出。金融机构应当在十五日内进行处理，"
          "并将结果答复当事人；涉及客户基本的、必需的金融服务的，应当及时处理并答复当事人。相关单位和个人逾期未收到答复，"
          "或者对处理结果不满意的，可以向反洗钱行政主管部门投诉。")
# 非银行支付机构监督管理条例第四十七条
NBP_47 = ("第四十七条 未经依法批准，擅自设立非银行支付机构、从事或者变相从事支付业务的，由中国人民银行依法予以取缔，没收违法所得，"
          "违法所得50万元以上的，并处违法所得1倍以上5倍以下罚款；没有违法所得或者违法所得不足50万元的，单处或者并处50万元以上"
          "200万元以下罚款。对其法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员给予警告，并处10万元以上50万元以下"
          "罚款。地方人民政府应当予以配合。")


def test_a_citation_with_the_short_article_label_is_no_part_of_the_claim():
    assert statement("Under the AML Law, Art. 39, when a customer objects, the bank must reply.") == \
        "when a customer objects, the bank must reply."
    assert statement("Under GDPR Art. 12(3), the controller must answer within one month.") == \
        "the controller must answer within one month."
    assert statement("Commercial Bank Law Art. 42: the borrower shall repay the loan on time.") == \
        "the borrower shall repay the loan on time."
    assert statement("Under Article 30 of the GDPR, a controller keeps records.") == "a controller keeps records."
    # the claim's own words after the citation stay
    assert statement("Under the AML Law, the bank must reply within fifteen days.") == \
        "the bank must reply within fifteen days."


def test_the_duty_holder_after_an_opening_condition_is_read_past_the_short_citation():
    bridge = "洗钱 风险 金融机构 答复 回复"
    claim = ("Under the AML Law, Art. 39, when a customer objects to a money laundering risk control measure, the "
             "financial institution has to deal with it within fifteen days and reply to the customer.")
    assert not [f for f in contradictions(claim, AML_39, bridge) if f.kind == "actor"]
    # the same claim cited with the long label after the title ("…Law, Article 39, …")
    assert not [f for f in contradictions(claim.replace("Art. 39", "Article 39"), AML_39, bridge) if f.kind == "actor"]


def test_a_law_title_does_not_choose_the_case_of_a_figure():
    claim = "非银行支付机构监督管理条例第四十七条：擅自从事支付业务的，对直接负责的主管人员给予警告，并处十万元以上五十万元以下罚款。"
    assert not figure_of_another_case(claim, NBP_47)
    # the figure of another case is still found: the managers' fine given to the unlicensed business itself
    other = "非银行支付机构监督管理条例第四十七条：没有违法所得的，单处或者并处10万元以上50万元以下罚款。"
    assert figure_of_another_case(other, NBP_47)


# 征信业管理条例第四十二条
CR_42 = ("第四十二条 信息使用者违反本条例规定，未按照与个人信息主体约定的用途使用个人信息或者未经个人信息主体同意向第三方提供个人"
         "信息，情节严重或者造成严重后果的，由国务院征信业监督管理部门或者其派出机构对单位处2万元以上20万元以下的罚款；对个人处1万元"
         "以上5万元以下的罚款；有违法所得的，没收违法所得。给信息主体造成损失的，依法承担民事责任；构成犯罪的，依法追究刑事责任。")


def test_the_party_a_figure_is_for_is_whom_the_sanction_is_for_not_the_offender():
    from assistant.lexis.lexicon import load_lexicon

    bridge = load_lexicon().chinese_words
    claim = ("Under the Credit Reporting Regulation, Art. 42, where a user of information gives personal information to a "
             "third party without consent and the circumstances are serious, an entity is fined 20,000 to 200,000 yuan "
             "and an individual 10,000 to 50,000 yuan.")
    assert not figure_of_another_case(claim, CR_42, bridge)
    # the individual's fine given the entity's figures is still another case's
    swapped = claim.replace("an individual 10,000 to 50,000 yuan", "an individual 20,000 to 200,000 yuan").replace(
        "an entity is fined 20,000 to 200,000 yuan", "an entity is fined 10,000 to 50,000 yuan")
    assert figure_of_another_case(swapped, CR_42, bridge)


# 征信业管理条例第十八条
CR_18 = ("第十八条 向征信机构查询个人信息的，应当取得信息主体本人的书面同意并约定用途。但是，法律规定可以不经同意查询的除外。\n\n"
         "征信机构不得违反前款规定提供个人信息。")


def test_a_rule_with_no_subject_binds_whoever_does_its_act():
    from assistant.verify.absent_parties import absent_party_across

    assert absent_party_across("a bank may query a person's credit information without written consent only where "
                               "the law allows it.", CR_18) is None
    # a party doing no act the subjectless rule names is still one the article leaves out
    assert absent_party_across("a bank must not provide personal information in breach of the preceding paragraph.",
                               CR_18) is not None
