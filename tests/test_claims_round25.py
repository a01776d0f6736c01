"""Verifier round 25 (issue 11): true paraphrases that the checks misread. 不足 / 不满 before a figure is a bound, not a
negation; the alternative a claim excludes ("rather than …") does not choose its case, and the alternatives of one
sentence share its main clause; "any" under a ban an English claim restates of a Chinese article that states it; 也 / 还
after a case goes on with the party of the rule before. Real clause texts from the shared corpus; the claims are
written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.cases import figure_of_another_case, parts
from assistant.verify.actors.holders import _duty_pairs
from assistant.verify.edits import single_edit
from tests.test_claims_round8 import article, verdict
from tests.test_claims_round9b import ai_act

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

AML22 = article("zh/aml-law-2024.md", "反洗钱法", 22, "第二十二条")  # 检查人员少于二人…的，金融机构有权拒绝接受检查
AI30 = ai_act(30)  # 4. … within two weeks … accreditation certificate …, or within two months … documentary evidence
CII27 = article("zh/ciio-security-regulation-2021.md", "关键信息基础设施安全保护条例", 27, "第二十七条")  # 检查工作不得收取费用
NDSR22 = article("zh/network-data-security-regulation-2024.md", "网络数据安全管理条例", 22, "第二十二条")  # (五) 不得…频繁征求同意


def test_less_than_a_figure_is_a_bound_not_a_negation():
    sentence = "检查人员少于二人或者未出示执法证件和检查通知书的，金融机构有权拒绝接受检查。"
    assert single_edit("检查人员不足二人或者未出示执法证件和检查通知书的，金融机构有权拒绝接受检查。", sentence) is None
    assert verdict("来检查的人员不足两人的，银行有权拒绝接受反洗钱检查。", AML22).verdict != "contradicted"
    # a negation of the act itself is still one, and so is another figure
    assert verdict("检查人员少于二人的，金融机构无权拒绝接受检查。", AML22).verdict == "contradicted"
    assert verdict("检查人员不足三人的，金融机构有权拒绝接受检查。", AML22).verdict == "contradicted"


def test_alternatives_of_one_sentence_each_keep_its_main_clause():
    four = [p for p in parts(AI30.text) if "no objections are raised" in p]
    assert len(four) == 2 and all("may perform the activities of a notified body" in p for p in four)


def test_the_excluded_alternative_does_not_choose_the_claims_case():
    true = ("When the notifying authority sends documentary evidence instead of an accreditation certificate, the body "
            "may work as a notified body only if nobody objects within two months.")
    assert figure_of_another_case(true, AI30.text) == []
    assert verdict(true, AI30).verdict != "contradicted"
    false = true.replace("two months", "two weeks")
    assert verdict(false, AI30).verdict == "contradicted"


def test_any_under_a_ban_the_chinese_article_states():
    assert verdict("Authorities running security checks of critical information infrastructure may not ask the operator "
                   "for any payment.", CII27).verdict != "contradicted"


def test_also_after_a_case_goes_on_with_the_party_of_the_rule_before():
    claim = "银行基于同意处理个人信息时须取得同意；个人明确表示不同意后，也不得反复征求其同意。"
    assert ("individual", "prohibition") not in _duty_pairs("个人明确表示不同意后，也不得反复征求其同意。")
    assert verdict(claim, NDSR22).verdict != "contradicted"
    # a party the case opens with still holds the act when it is named as the subject
    assert verdict("个人明确表示不同意后，个人不得反复征求同意。", NDSR22).verdict == "contradicted"


PIPL44 = article("zh/pipl-2021.md", "个人信息保护法", 44, "第四十四条")  # 享有知情权、决定权，有权限制或者拒绝…；…另有规定的除外
AI26 = ai_act(26)  # 2. Deployers shall assign human oversight to natural persons who have the necessary competence …
AI27 = ai_act(27)  # 1. Prior to deploying …, with the exception of …, deployers that are bodies governed by public law … shall perform


def test_a_right_denied_on_the_very_verb_beside_one_restated():
    from assistant.verify.subclauses import _opposed_for_the_same_verb

    sentence = "个人对其个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对其个人信息进行处理；"
    assert _opposed_for_the_same_verb("个人虽然享有知情权，但无权拒绝银行处理其个人信息。", sentence) == [("no_right", "right")]
    assert verdict("个人虽然享有知情权，但无权拒绝银行处理其个人信息。", PIPL44).verdict == "contradicted"
    assert verdict("个人享有知情权和决定权，有权拒绝他人处理其个人信息，法律另有规定的除外。", PIPL44).verdict != "contradicted"


def test_as_they_see_fit_is_discretion_not_a_case():
    from assistant.verify.exceptions import _DISCRETION

    assert _DISCRETION.search("the bank may, as it sees fit, keep the data") and _DISCRETION.search("at their own discretion")
    assert verdict("Deployers may, as they see fit, assign human oversight to natural persons with the necessary "
                   "competence.", AI26).verdict == "contradicted"
    assert verdict("Deployers shall assign human oversight to natural persons with the necessary competence, training "
                   "and authority.", AI26).verdict != "contradicted"


def test_an_exception_set_off_by_commas_leaves_the_rule_around_it():
    from assistant.verify.exceptions import _rule_part
    from assistant.verify.wording import sentences

    first = next(s for s in sentences(AI27.text) if s.startswith("1."))
    rule = _rule_part(first)
    assert "with the exception of" not in rule and "shall perform an assessment" in rule
    # an exception at the end still leaves only the rule before it
    assert _rule_part("The controller shall erase the data, except where Union law requires storage.") == \
        "The controller shall erase the data, "


CBL42 = article("zh/commercial-bank-law-2015.md", "商业银行法", 42, "第四十二条")  # 借款人应当按期归还贷款的本金和利息
AML60 = article("zh/aml-law-2024.md", "反洗钱法", 60, "第六十条")  # 由登记机关责令… / 虚假…由国务院反洗钱行政主管部门…责令


def test_the_lender_is_the_bank_never_the_borrower():
    from assistant.lexis.parties import actors_in

    assert actors_in("贷款人") == ["institution"] and actors_in("the lender") == ["institution"]
    assert verdict("贷款人须按时归还借款本金和利息。", CBL42).verdict == "contradicted"
    assert verdict("The lender has to pay back the loan principal and interest when due.", CBL42).verdict == "contradicted"
    # a true claim naming the lender after a case about the borrower keeps the lender as its subject
    assert verdict("借款人到期不归还担保贷款的，贷款人有权要求保证人归还贷款本金和利息。", CBL42).verdict != "contradicted"


def test_the_body_of_another_case_of_the_same_article():
    from assistant.verify.cases import agent_of_another_case

    wrong = "提交虚假的受益所有人信息的，由登记机关责令其限期改正。"
    found = agent_of_another_case(wrong, AML60.text)
    assert found and found[0] == "登记机关" and found[1].startswith("国务院反洗钱行政主管部门")
    assert verdict(wrong, AML60).verdict == "contradicted"
    assert verdict("法人没有按规定向登记机关提交受益所有人信息的，由反洗钱行政主管部门责令限期改正。", AML60).verdict == "contradicted"
    # each case with its own body
    assert verdict("提交虚假的受益所有人信息的，由国务院反洗钱行政主管部门责令其限期改正。", AML60).verdict != "contradicted"
    assert verdict("法人没有按规定向登记机关提交受益所有人信息的，由登记机关责令限期改正。", AML60).verdict != "contradicted"


AML59 = article("zh/aml-law-2024.md", "反洗钱法", 59, "第五十九条")  # 对单位…二十万元以下罚款，对个人…五万元以下罚款
CSL64 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 64, "第六十四条")  # 五万元以上五十万元以下 / 一万元以上十万元以下


def test_an_english_claim_giving_the_figure_of_one_party_to_another():
    from assistant.lexis.lexicon import load_lexicon

    bridge = load_lexicon().chinese_words
    wrong = ("Where a non-financial entity fails to take the special preventive measures and the case is serious, the "
             "unit may be fined up to RMB 200,000, and an individual up to RMB 200,000 too.")
    assert [o.claim.raw for o in figure_of_another_case(wrong, AML59.text, bridge)] == ["RMB 200,000"]
    assert verdict(wrong, AML59).verdict == "contradicted"
    # the parties of the case the claim opens with are not the party the figure is for
    true = ("If a unit or individual other than a financial institution does not take the special preventive measures "
            "and the case is serious, a unit may be fined up to RMB 200,000.")
    assert figure_of_another_case(true, AML59.text, bridge) == []
    assert verdict("In serious cases a unit can be fined up to RMB 200,000 and an individual up to RMB 50,000.",
                   AML59).verdict != "contradicted"
    # a figure whose sub-clause names no party is left to the other checks
    assert figure_of_another_case("An operator serving users without real identity information is ordered to correct "
                                  "it, and if it refuses it can be fined between RMB 50,000 and 500,000.",
                                  CSL64.text, bridge) == []


def test_a_party_after_the_gerund_a_subject_opens_with_is_its_object():
    from assistant.verify.actors.subjects import _english_subjects
    from tests.test_claims_round8 import gdpr

    assert _english_subjects("designating a DPO ") == [] and _english_subjects("appointing the processor ") == []
    # an -ing adjective before a party leaves it the subject
    assert _english_subjects("Existing providers ") == ["provider_ai"]
    assert verdict("Outside the cases of paragraph 1, designating a DPO is voluntary unless Union or Member State law "
                   "makes it mandatory.", gdpr(37)).verdict != "contradicted"


DSL2 = article("zh/data-security-law-2021.md", "数据安全法", 2, "第二条")  # 境外开展数据处理活动，损害…国家安全…的，依法追究法律责任


def test_a_rule_denied_in_the_very_case_the_clause_states_it_for():
    from assistant.lexis.lexicon import load_lexicon
    from assistant.verify.concessions import denied_in_its_case

    bridge = load_lexicon().chinese_words
    assert denied_in_its_case("境外的数据处理活动即便损害我国国家安全，也不用承担法律责任。", DSL2.text, bridge)
    assert verdict("境外的数据处理活动即便损害我国国家安全，也不用承担法律责任。", DSL2).verdict == "contradicted"
    assert verdict("Offshore data processing is not covered by the DSL even if it harms China's national security.",
                   DSL2).verdict == "contradicted"
    # a concession whose rule the claim affirms, or one the clause itself denies, is no contradiction
    assert denied_in_its_case("即使在境外处理数据，损害我国国家安全的，也要依法追究法律责任。", DSL2.text, bridge) is None
    assert denied_in_its_case("即使业务关系已经结束，客户身份资料也要至少保存十年。", AML22.text, bridge) is None


PIPL13 = article("zh/pipl-2021.md", "个人信息保护法", 13, "第十三条")  # 但是有前款第二项至第七项规定情形的，不需取得个人同意


def test_a_concession_of_what_the_exception_itself_frees_is_no_denial_of_it():
    from assistant.verify.exceptions import _denies_exception

    true = "即使没有取得个人同意，为履行法定义务所必需的，处理者也可以处理个人信息。"
    assert not _denies_exception(true, PIPL13.text)
    assert verdict(true, PIPL13).verdict != "contradicted"
