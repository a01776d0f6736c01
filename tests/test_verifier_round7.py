"""Round 7 of the contradiction checks (issue 11), rule by rule on real clause texts from the shared corpus: named
authorities told apart, "由X…" / "X会同Y…" / present-tense English as statements of whose task it is, a list of duties
with no modal verb, a universal word inside the case a clause opens, "all" of what a clause lists. The claims are
written for these tests (not copied from the eval sets); the clauses are the laws' own words."""

from assistant.lexis.parties import actors_in
from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.polarity import contradictions
from tests.clause_texts import article_text

FILES = {"pboc": "zh/pboc-law-2003.md", "esig": "zh/electronic-signature-law-2019.md", "pipl": "zh/pipl-2021.md",
         "dsl": "zh/data-security-law-2021.md", "consumer": "zh/consumer-protection-law-2013.md",
         "cbl": "zh/commercial-bank-law-2015.md", "gdpr": "en/gdpr.md"}


def article(law: str, number: int) -> str:
    return article_text(FILES[law], number)


def kinds(claim: str, law: str, number: int) -> set[str]:
    return {f.kind for f in contradictions(claim, article(law, number))}


def test_named_authorities_are_told_apart():
    # 中国人民银行法第二十七条 中国人民银行会同国务院银行业监督管理机构制定支付结算规则
    assert "actor" in kinds("支付结算规则由国务院银行业监督管理机构制定。", "pboc", 27)
    assert "actor" not in kinds("支付结算规则由中国人民银行会同国务院银行业监督管理机构制定。", "pboc", 27)
    # a generic authority agrees with a named one
    assert "actor" not in kinds("清算系统的具体办法由主管部门制定。", "pboc", 27)
    # 商业银行法第十九条 设立分支机构必须经国务院银行业监督管理机构审查批准: the approver, named after 经
    assert "actor" in kinds("商业银行设立分支机构，应当经中国人民银行审查批准。", "cbl", 19)
    assert "actor" not in kinds("商业银行设立分支机构，应当经国务院银行业监督管理机构审查批准。", "cbl", 19)
    assert "actor" not in kinds("商业银行设立分支机构，应当经监管部门审查批准。", "cbl", 19)


def test_a_word_inside_a_longer_name_is_no_party():
    assert actors_in("the People's Bank of China may require it") == ["authority:pboc"]
    assert actors_in("the China Banking Regulatory Commission") == ["authority:banking"]
    assert actors_in("the Commission and the Board") == ["authority:commission", "authority:board"]


def test_by_whom_with_no_modal_verb():
    # 电子签名法第二十三条: the provider notifies the parties ninety days before, not the State Council's department
    assert "actor" in kinds("电子认证服务提供者终止服务的，由国务院信息产业主管部门在终止前九十日通知有关各方。", "esig", 23)
    assert "actor" not in kinds("电子认证服务提供者拟终止电子认证服务的，应当在终止服务九十日前通知有关各方。", "esig", 23)


def test_a_list_of_duties_binds_the_one_who_performs_them():
    # 个人信息保护法第六十一条 履行个人信息保护职责的部门履行下列个人信息保护职责：…（四）调查、处理违法个人信息处理活动
    assert "actor" in kinds("个人信息处理者应当调查、处理违法个人信息处理活动。", "pipl", 61)
    assert "actor" not in kinds("履行个人信息保护职责的部门负责调查、处理违法个人信息处理活动。", "pipl", 61)
    # 中国人民银行法第四条 中国人民银行履行下列职责：…（八）经理国库
    assert "actor" in kinds("商业银行应当经理国库。", "pboc", 4)
    assert "actor" not in kinds("中国人民银行负责经理国库。", "pboc", 4)


def test_present_tense_and_passive_name_whose_task_it_is():
    assert _duty_pairs("The Commission invites the authorities.") == [("authority:commission", "obligation")]
    assert _duty_pairs("The data subject rights include access.") == []
    # GDPR Art. 62(2): the competent supervisory authority invites the others to joint operations
    claim = "The Commission invites the supervisory authority of each of those Member States to take part in the joint operations."
    assert "actor" in kinds(claim, "gdpr", 62)
    claim = ("The competent supervisory authority invites the supervisory authority of each of those Member States to take "
             "part in the joint operations.")
    assert "actor" not in kinds(claim, "gdpr", 62)
    # GDPR Art. 73(1) The Board shall elect a chair and two deputy chairs from amongst its members by simple majority.
    assert "actor" in kinds("The chair and two deputy chairs are elected by the Commission by simple majority.", "gdpr", 73)
    assert "actor" not in kinds("The chair and two deputy chairs are elected by the Board by simple majority.", "gdpr", 73)


def test_a_universal_word_inside_the_case_licenses_none_in_the_rule():
    # 数据安全法第二十六条 / 个人信息保护法第四十三条: 任何国家或者地区…采取歧视性…措施的，…对该国家或者地区对等采取措施
    for law, number in (("dsl", 26), ("pipl", 43)):
        assert "scope" in kinds("中国可以对任何国家或者地区对等采取措施。", law, number)
        faithful = "任何国家或者地区对中华人民共和国采取歧视性的禁止、限制措施的，中华人民共和国可以对该国家或者地区对等采取措施。"
        assert "scope" not in kinds(faithful, law, number)


def test_all_of_what_a_clause_lists():
    # GDPR Art. 89(2): derogations from the rights referred to in Articles 15, 16, 18 and 21
    assert "scope" in kinds("Where personal data are processed for statistical purposes, Member State law may provide for "
                            "derogations from all the rights of the data subject.", "gdpr", 89)
    assert "scope" not in kinds("Where personal data are processed for statistical purposes, Member State law may provide for "
                                "derogations from the rights referred to in Articles 15, 16, 18 and 21.", "gdpr", 89)


def test_whatever_the_reason_across_languages():
    # 消费者权益保护法第二十四条: every way to return goods comes with its case (不符合质量要求的, 没有国家规定和当事人约定的 …)
    assert "scope" in kinds("Whatever the reason, a consumer may send the goods back and get a refund.", "consumer", 24)
    assert "scope" not in kinds("Consumers may return goods within seven days of receipt where no state rule or agreement "
                                "provides otherwise.", "consumer", 24)


def test_an_exception_is_not_the_rule():
    # 中国人民银行法第三十条 不得向非银行金融机构…提供贷款，但国务院决定…可以向特定的非银行金融机构提供贷款的除外
    assert "scope" in kinds("人民银行可以给非银行金融机构发放贷款。", "pboc", 30)
    assert "scope" not in kinds("经国务院决定，人民银行可以向特定的非银行金融机构提供贷款。", "pboc", 30)
    assert kinds("人民银行不得向非银行金融机构提供贷款，但国务院决定可以向特定的非银行金融机构提供贷款的除外。", "pboc", 30) == set()


def test_what_a_clause_says_something_does_not_have_or_affect():
    # 商业银行法第二十二条 商业银行分支机构不具有法人资格
    assert "polarity" in kinds("商业银行的分支机构具有法人资格。", "cbl", 22)
    assert "polarity" not in kinds("商业银行分支机构不具有法人资格，其民事责任由总行承担。", "cbl", 22)
    # 个人信息保护法第十五条 个人撤回同意，不影响撤回前基于个人同意已进行的个人信息处理活动的效力
    assert "polarity" in kinds("个人撤回同意，影响撤回前基于个人同意已进行的个人信息处理活动的效力。", "pipl", 15)
    # a passive negation restates it (不受影响)
    assert "polarity" not in kinds("个人撤回同意的，撤回前基于同意已进行的处理活动的效力不受影响。", "pipl", 15)


def test_every_one_of_a_noun_the_clause_restricts():
    # 电子签名法第四条 能够有形地表现所载内容，并可以随时调取查用的数据电文，视为符合法律、法规要求的书面形式
    assert "scope" in kinds("所有数据电文都视为符合法律、法规要求的书面形式。", "esig", 4)
    assert "scope" not in kinds("能够有形地表现所载内容并可以随时调取查用的数据电文，视为符合书面形式要求。", "esig", 4)


def test_english_party_names_match_whole_words():
    assert actors_in("critical information infrastructure") == []  # not the "NFRA" of a regulator's name
    assert actors_in("the National Financial Regulatory Administration") == ["authority:banking"]


def test_handed_to_another_named_authority():
    from assistant.verify.roles.receivers import other_receiver

    # 商业银行法第十四条 申请人应当向国务院银行业监督管理机构提交下列文件、资料
    sentence = "设立商业银行，申请人应当向国务院银行业监督管理机构提交下列文件、资料:"
    assert other_receiver("申请人应当向中国人民银行提交申请书。", sentence) is not None
    assert other_receiver("申请人应当向国务院银行业监督管理机构提交申请书。", sentence) is None
    assert other_receiver("申请人应当向主管部门提交申请书。", sentence) is None  # a generic authority may be it
    assert "actor" in kinds("设立商业银行，申请人应当向中国人民银行提交申请书和可行性研究报告。", "cbl", 14)
