"""Round 31: checks written for kinds of false claim that escaped on claims written from the law texts this round (a
threshold or a condition dropped, a figure or a doer of another case), and for true paraphrases that were flagged (a
period's extension, a case over several commas, exposure to liability). Clauses are written in the laws' style for
these tests, not copied from the eval sets."""

from assistant.lexis.quantities import extract_quantities
from assistant.verify.denials import _denies_what_is_stated, _without_cases_zh
from assistant.verify.figures import _labels_in_english, _numbers, extension_stated
from assistant.verify.modality import classes_in
from assistant.verify.roles.agents import stray_doer
from assistant.verify.thresholds import dropped_threshold
from assistant.verify.waived_conditions import waived_condition
from claim_helpers import kinds

THRESHOLD_ZH = "第九条 处理者处理五百万人以上客户信息的，还应当每年开展一次合规审计。处理者应当公开审计负责人的联系方式。"
VOLUME_ZH = "第十条 处理客户信息达到主管部门规定数量的处理者应当设立专门机构。"
STEP_ZH = "第十二条 经脱敏处理并通过重识别风险评估的数据，可以对外提供。未经评估的数据不得对外提供。"
EXTENSION_EN = ("The committee shall adopt its decision within four weeks of the referral. That period may be extended by a "
                "further two weeks where the matter is complex.")
PENALTY_ZH = ("第三十条 机构不履行本法第十条规定义务的，由主管部门责令改正，给予警告；拒不改正的，处一万元以上十万元以下罚款。")
ANNEX_EN = ("Licences shall be valid for the period they indicate, which shall not exceed six years for systems covered by "
            "Annex I, and three years for systems covered by Annex II.")
OBJECTION_ZH = "第二十条 报送机构收到异议，应当自收到之日起15日内进行核查，并将结果书面答复异议人。"
LIABILITY_EN = "Where several operators are involved, each operator shall be held liable for the entire damage."



def test_a_case_restated_without_its_threshold_overreaches():
    assert dropped_threshold("处理者只要处理客户信息，就得每年做合规审计。", THRESHOLD_ZH)
    assert "scope" in kinds("处理者只要处理客户信息，就得每年做合规审计。", THRESHOLD_ZH)
    assert dropped_threshold("处理客户信息的处理者都应当设立专门机构。", VOLUME_ZH)
    # the threshold kept, in figures or in words, and a sentence of the article without one
    assert not dropped_threshold("处理者处理500万人以上客户信息的，还要每年做一次合规审计。", THRESHOLD_ZH)
    assert not dropped_threshold("处理客户信息数量达到规定的处理者要设专门机构。", VOLUME_ZH)
    assert not dropped_threshold("处理者要把审计负责人的联系方式对外公开。", THRESHOLD_ZH)


def test_a_step_of_the_case_said_to_be_unneeded_drops_a_condition():
    assert waived_condition("数据脱敏以后，不用做重识别风险评估也可以对外提供。", STEP_ZH)
    assert "polarity" in kinds("数据脱敏以后，不用做重识别风险评估也可以对外提供。", STEP_ZH)
    assert not waived_condition("数据脱敏并通过重识别风险评估后，可以对外提供。", STEP_ZH)


def test_an_extension_is_compared_with_the_articles_extension():
    claim = "The committee must decide within four weeks, and that can be stretched by another two weeks if complex."
    two = extract_quantities(claim)[1]
    assert extension_stated(claim, two, EXTENSION_EN)
    assert not _numbers(claim, EXTENSION_EN.split(". ")[0] + ".", EXTENSION_EN)
    # the figures swapped: the base period is still compared with the base period
    swapped = "The committee must decide within two weeks, extendable by a further four weeks."
    assert not extension_stated(swapped, extract_quantities(swapped)[0], EXTENSION_EN)
    assert _numbers(swapped, EXTENSION_EN.split(". ")[0] + ".", EXTENSION_EN)


def test_a_case_over_several_commas_is_no_denial():
    assert _without_cases_zh("机构不履行第十条的义务，拒不改正的，要被罚一万到十万。") == "要被罚一万到十万。"
    assert not _denies_what_is_stated("机构不履行第十条的义务，拒不改正的，要被罚一万到十万。", PENALTY_ZH)
    # a 的 straight before the penalty closes a case too
    assert "没有" not in _without_cases_zh("责令改正，没有违法所得的并处十万元罚款。")
    # a statement with a modal verb before a case stays
    assert _without_cases_zh("银行应当保密，泄露的，罚款。") == "银行应当保密，罚款。"


def test_a_chinese_claims_annex_tells_an_english_sentences_cases_apart():
    assert _labels_in_english("附件二的系统") == {"annex", "ii"}
    assert _labels_in_english("第六条第二款") == {"article", "6", "paragraph", "2"}
    assert _numbers("附件二所列系统的许可证，有效期最长六年。", ANNEX_EN, ANNEX_EN)
    assert not _numbers("附件二所列系统的许可证，有效期最长三年。", ANNEX_EN, ANNEX_EN)


def test_a_body_doing_the_act_after_a_time_limit_is_read_as_its_doer():
    assert stray_doer("有异议的，由人民银行在15日内核查并书面答复。", OBJECTION_ZH)
    assert not stray_doer("有异议的，由报送机构在15日内核查并书面答复。", OBJECTION_ZH)


def test_exposure_to_liability_is_no_option():
    assert not classes_in("each of them can be held liable for the whole damage") & {"permission"}
    assert "modality" not in kinds("Each operator involved can be held liable for the entire damage.", LIABILITY_EN)


FILING_ZH = "第八条 服务机构应当制定业务规则，并向国务院工业和信息化主管部门备案。"
GENERIC_FILING_ZH = "第九条 服务机构应当制定业务规则，并向有关主管部门备案。"


def test_a_filing_sent_to_an_authority_the_article_never_names_is_the_wrong_recipient():
    from assistant.verify.governing_party import other_report_recipient

    assert other_report_recipient("服务机构的业务规则，要报人民银行备案。", FILING_ZH)
    assert not other_report_recipient("服务机构的业务规则，要报国务院工业和信息化主管部门备案。", FILING_ZH)
    # a generic recipient (有关主管部门) may be any body
    assert not other_report_recipient("服务机构的业务规则，要报人民银行备案。", GENERIC_FILING_ZH)
