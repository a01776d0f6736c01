"""Round 36: readings of English claims. A multiple written "N times the amount"; "all or part of" an extent, no universal
word; an English claim's act tied to the sentence that holds all of its words; a case the article states by a negated act
(未予拒绝的) turned into the act done; a claim that says its rule has no exception where the article makes one; a status said
to follow "automatically"; every owner's thing where the clause restricts the thing. Each rule catches its kind of false
claim and lets the faithful paraphrase through. Clauses are written in the laws' style for these tests, not copied from
the eval sets."""

from assistant.lexis.lexicon import load_lexicon
from assistant.lexis.quantities import compare, extract_quantities
from assistant.verify.acts_across import act_of_another_party_across
from assistant.verify.exceptions import denies_stated_exception
from assistant.verify.negated_cases import affirmed_negated_case
from claim_helpers import kinds

PURCHASE_ZH = "第三十条 运营者采购未经安全审查的产品的，由主管部门责令改正，处采购金额1倍以上10倍以下罚款。"
RETENTION_ZH = ("第九条 征信机构对不良信息的保存期限为5年；超过5年的，应当予以删除。\n\n"
                "在保存期限内，信息主体可以对不良信息作出说明，征信机构应当予以记载。")
STAFF_ZH = "第十条 银行工作人员收受回扣，发放贷款造成损失的，应当承担全部或者部分赔偿责任。"
ORDERS_ZH = "第十一条 银行工作人员对他人强令其发放贷款未予拒绝的，应当给予纪律处分。"
BANNED_ZH = "第十二条 银行工作人员不得拒绝客户依法查询本人账户信息的请求。"
DEROGATION_EN = ("Article 9 – Classification\n\n1. Systems listed in the Annex shall be considered to be high-risk.\n\n"
                 "2. By derogation from paragraph 1, a system listed in the Annex shall not be considered to be high-risk "
                 "where it performs a narrow procedural task.")
NO_DEROGATION_EN = "Article 10 – Registration\n\n1. Providers shall register each high-risk system in the database."
PROVIDER_EN = ("Article 11 – Value chain\n\n1. Any distributor or deployer shall be considered to be a provider of a high-risk "
               "system in any of the following circumstances:\n\n(a) they put their name on a high-risk system;\n\n"
               "(b) they make a substantial modification to a high-risk system.")
SYSTEMS_ZH = "第十三条 为国家机关提供服务的信息系统应当参照电子政务系统的管理要求加强安全管理。"


def test_a_multiple_of_a_sum_in_words_is_compared_with_the_clauses_multiple():
    said = extract_quantities("can be fined one to five times the purchase amount")
    assert [q.unit for q in said] == ["multiple", "multiple"]
    assert compare(said, extract_quantities(PURCHASE_ZH))
    assert not compare(extract_quantities("fined one to ten times the purchase amount"), extract_quantities(PURCHASE_ZH))
    # a count of a rate is no multiple
    assert extract_quantities("three times a year") == []


def test_all_or_part_of_an_extent_is_no_universal_word():
    right = "Bank staff who take kickbacks and grant loans that cause losses must compensate all or part of the losses."
    assert "scope" not in kinds(right, STAFF_ZH, bridge="回扣 贷款 损失 赔偿")
    assert "scope" not in kinds("The processor must erase some or all of the data on request.",
                                "The processor shall erase the personal data where the controller so instructs.")


def test_an_act_is_judged_by_the_sentence_holding_all_of_its_words():
    words = load_lexicon().chinese_words
    right = "A credit reporting agency has to delete negative records once five years have passed."
    assert not act_of_another_party_across(right, RETENTION_ZH, words)
    moved = "The credit reporting agency may add an explanation to the negative information."
    assert act_of_another_party_across(moved, RETENTION_ZH, words)


def test_a_case_the_article_states_by_a_negated_act_turned_into_the_act_done():
    words = load_lexicon().chinese_words
    assert affirmed_negated_case("Staff who refuse an order to grant a loan are disciplined.", ORDERS_ZH, words)
    assert not affirmed_negated_case("Staff who fail to refuse an order to grant a loan are disciplined.", ORDERS_ZH, words)
    assert not affirmed_negated_case("Staff who do not refuse such an order are disciplined.", ORDERS_ZH, words)
    # a ban (不得拒绝) is no negated case
    assert not affirmed_negated_case("Staff who refuse a customer's lawful inquiry break the rule.", BANNED_ZH, words)
    assert "polarity" in kinds("Staff who refuse an order to grant a loan are disciplined.", ORDERS_ZH)
    # a Chinese claim's case, read in its own words
    assert affirmed_negated_case("银行工作人员拒绝他人强令发放贷款的，应当给予纪律处分。", ORDERS_ZH, words)
    assert not affirmed_negated_case("银行工作人员对强令发放贷款没有拒绝的，要受纪律处分。", ORDERS_ZH, words)
    # a negated case with a negated consequence states its converse too
    refused = "第五条 申请人不符合条件的，不予批准。"
    assert not affirmed_negated_case("符合条件的，予以批准。", refused, words)
    assert not affirmed_negated_case("Applicants who meet the conditions are approved.", refused, words)
    # the opposite case with another consequence is the rule's converse, which the article does not deny
    assert not affirmed_negated_case("Customers who consent can have their data shared.",
                                     "第五条 个人不同意提供的，处理者应当停止。", words)


def test_no_exception_said_of_a_rule_the_article_excepts_from():
    assert denies_stated_exception("Every system in the Annex is high-risk; the Article allows no exception.", DEROGATION_EN)
    assert "scope" in kinds("Every system in the Annex is high-risk; the Article allows no exception.", DEROGATION_EN)
    assert not denies_stated_exception("Every provider must register each high-risk system, without exception.",
                                       NO_DEROGATION_EN)
    assert not denies_stated_exception("Systems in the Annex are high-risk unless they perform a narrow task.",
                                       DEROGATION_EN)


def test_a_status_said_to_follow_automatically_overreaches_a_conditional_rule():
    wrong = "Any bank that simply deploys a high-risk system automatically becomes its provider."
    right = "A deployer that puts its name on a high-risk system is considered its provider."
    assert "scope" in kinds(wrong, PROVIDER_EN)
    assert "scope" not in kinds(right, PROVIDER_EN)
    # "automatically generated logs" is a manner, not a status
    assert "scope" not in kinds("Deployers shall keep the automatically generated logs.",
                                "Deployers shall keep the logs automatically generated by the system, unless Union law "
                                "provides otherwise.")


def test_every_owners_thing_where_the_clause_restricts_the_thing():
    assert "scope" in kinds("所有企业的信息系统都要参照电子政务系统的管理要求来管安全。", SYSTEMS_ZH)
    assert "scope" not in kinds("为国家机关提供服务的信息系统要参照电子政务系统的管理要求。", SYSTEMS_ZH)
    # the clause says it of every such owner itself
    assert "scope" not in kinds("商业银行必须保障存款人的合法权益不受任何单位和个人的侵犯。",
                                "第六条 商业银行应当保障存款人的合法权益不受任何单位和个人的侵犯。")


LOGS_EN = ("Article 12 – Logs\n\n2. Providers that are financial institutions shall maintain the logs automatically generated "
           "by their systems as part of the documentation kept under the relevant financial services law.")


def test_can_keep_it_as_part_of_what_the_duty_names_is_no_option():
    assert "modality" not in kinds("A bank that provides such a system can keep its logs as part of the documentation it "
                                   "keeps under financial services law.", LOGS_EN)
    assert "modality" in kinds("A bank that provides such a system can keep its logs as part of its documentation if it "
                               "wishes; it is optional.", LOGS_EN)
