"""Verifier round 20 (issue 11): "nobody may" is a ban, a body after a coverb is no actor, 鼓励性要求 is no duty; real
clause texts from the corpus; the claims are written for these tests."""

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.modality import modal_classes
from tests.test_claims_round8 import article, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

DSL36 = article("zh/data-security-law-2021.md", "数据安全法", 36, "第三十六条")  # 非经…批准，境内的组织、个人不得向外国…提供
DSL40 = article("zh/data-security-law-2021.md", "数据安全法", 40, "第四十条")  # 受托方…不得擅自留存、使用…政务数据
CIIO17 = article("zh/ciio-security-regulation-2021.md", "关键信息基础设施安全保护条例", 17, "第十七条")  # 运营者应当…每年至少…


@pytest.mark.parametrize("text,cls", [
    ("Nobody may disclose the data.", "prohibition"), ("Without approval, no one in China can provide it.", "prohibition"),
    ("None of them may keep it.", "prohibition"), ("Nobody needs to ask for consent.", "exemption"),
    ("Anybody may ask for it.", "permission"),
])
def test_a_subject_that_names_nobody_negates_its_modal_verb(text, cls):
    assert [c for _, c in modal_classes(text)] == [cls]


def test_nobody_may_restates_a_ban():
    ban = "Without approval from the competent Chinese authority, nobody in China may provide data stored in China to a " \
          "foreign court."
    assert verdict(ban, DSL36).verdict != "contradicted"
    allowed = "Without approval from the competent Chinese authority, organisations in China may provide data stored in " \
              "China to a foreign court."
    assert verdict(allowed, DSL36).verdict == "contradicted"


def test_a_body_after_a_coverb_is_not_who_acts():
    true = "替政府建设电子政务系统的受托方，不得擅自留存、使用或者向他人提供政务数据。"
    assert verdict(true, DSL40).verdict != "contradicted"
    # a body that opens the sentence as its subject is still read as the actor
    wrong = "地方人民政府不得擅自留存、使用或者向他人提供政务数据。"
    assert verdict(wrong, DSL40).verdict == "contradicted"


def test_an_encouraging_requirement_is_no_duty():
    optional = "运营者每年进行网络安全检测和风险评估只是鼓励性要求，是否进行由运营者自行决定。"
    assert verdict(optional, CIIO17).verdict == "contradicted"
    assert [c for _, c in modal_classes("这是强制性要求")] == ["obligation"]
    assert "obligation" not in [c for _, c in modal_classes("这只是鼓励性要求")]


BSL28 = article("zh/banking-supervision-law-2006.md", "银行业监督管理法", 28, "第二十八条")  # 向…负责人报告；向国务院报告，并告知中国人民银行


def test_a_report_goes_to_the_body_the_article_names_for_it():
    from assistant.verify.governing_party import other_report_recipient

    wrong = "银行业监督管理机构发现可能引发系统性银行业风险的突发事件，应当立即报告中国人民银行行长。"
    assert other_report_recipient(wrong, BSL28.text)
    assert verdict(wrong, BSL28).verdict == "contradicted"
    # the regulator by another of its names, and the State Council, are the bodies the article reports to
    for true in ("银行业监督管理机构发现可能引发系统性银行业风险的突发事件，应当立即向金融监管总局负责人报告。",
                 "国务院银行业监督管理机构负责人认为需要的，应当立即报告国务院，并告知中国人民银行。"):
        assert not other_report_recipient(true, BSL28.text)
        assert verdict(true, BSL28).verdict != "contradicted"


CIIO39 = article("zh/ciio-security-regulation-2021.md", "关键信息基础设施安全保护条例", 39, "第三十九条")  # 对直接负责的主管人员处…


def test_the_person_directly_in_charge_is_no_duty():
    # 负责的 modifies whom the fine hits (直接负责的主管人员): the penalty clause states no duty for "may fine" to oppose
    assert "obligation" not in [c for _, c in modal_classes("对直接负责的主管人员处1万元以上10万元以下罚款")]
    assert [c for _, c in modal_classes("信息安全部负责数据分级")] == ["obligation"]
    fine = "运营者未设置专门安全管理机构，拒不改正的，可以处10万元以上100万元以下罚款。"
    assert verdict(fine, CIIO39).verdict != "contradicted"


CBL29 = article("zh/commercial-bank-law-2015.md", "商业银行法", 29, "第二十九条")  # 商业银行有权拒绝任何单位或者个人查询、冻结、扣划
AML43 = article("zh/aml-law-2024.md", "反洗钱法", 43, "第四十三条")  # 应当配合反洗钱调查；调查人员少于二人…的，有权拒绝接受调查
PIPL24 = article("zh/pipl-2021.md", "个人信息保护法", 24, "第二十四条")  # 个人…有权拒绝个人信息处理者仅通过自动化决策…


def test_an_act_the_party_may_refuse_is_not_its_duty():
    from assistant.lexis.lexicon import load_lexicon
    from assistant.verify.refusals import refusal_made_duty

    for wrong in ("商业银行必须按照任何单位的要求冻结个人储蓄存款。",
                  "A bank has to freeze an individual savings deposit whenever any organisation asks it to."):
        assert refusal_made_duty(wrong, CBL29.text, load_lexicon().chinese_words)
        assert verdict(wrong, CBL29).verdict == "contradicted"
    # the right itself, the law's own exception, a duty of the article's other sentence
    for true in ("A bank may refuse any organisation that asks to freeze an individual savings deposit.",
                 "Banks must freeze a savings deposit where the law provides for it.",
                 "商业银行办理个人储蓄存款业务，应当遵循存款自愿、取款自由的原则。"):
        assert not refusal_made_duty(true, CBL29.text, load_lexicon().chinese_words)


def test_a_right_to_refuse_in_one_case_or_of_the_other_side_leaves_the_duty():
    from assistant.lexis.lexicon import load_lexicon
    from assistant.verify.refusals import refusal_made_duty

    # the refusal holds only when the examiners are fewer than two; the duty to cooperate is the article's rule
    assert not refusal_made_duty("金融机构应当配合反洗钱调查，如实提供有关文件、资料。", AML43.text)
    # the handler's duty is not the individual's right to refuse
    assert not refusal_made_duty("Handlers must explain automated decisions that significantly affect an individual.",
                                 PIPL24.text, load_lexicon().chinese_words)


def _policy_article(name: str, label: str) -> str:
    from pathlib import Path

    lines = (Path(__file__).parent.parent / "corpus" / "policies" / f"{name}.md").read_text(encoding="utf-8").splitlines()
    return next(line for line in lines if line.startswith(label + " "))


def test_the_department_that_acts_is_the_one_the_policy_names_as_acting():
    from assistant.verify.departments import other_department

    appraisal = _policy_article("policy-record-retention", "第二十六条")  # 办公室每年组织…，会同…法律合规部、审计部…鉴定
    for wrong in ("Under the records policy, the Audit Department organises the annual appraisal of expired records.",
                  "审计部每年组织一次档案鉴定。"):
        assert other_department(wrong, appraisal)
    for true in ("Under the records policy, the Office organises the annual appraisal, with the Audit Department.",
                 "办公室每年组织一次档案鉴定，法律合规部和审计部参加。"):
        assert not other_department(true, appraisal)
    # an agent after "by", and two departments acting together
    interpret = _policy_article("policy-record-retention", "第三十三条")  # 本办法由办公室会同会计结算部负责解释和修订
    assert not other_department("The policy is interpreted by the Office together with the Accounting and Settlement "
                                "Department.", interpret)
    assert other_department("The policy is interpreted by the Legal and Compliance Department.", interpret)
    # an article naming no department as acting says nothing about who acts
    assert not other_department("The Audit Department keeps these records.", "第十条 会计档案保存三十年。")


CRR17 = article("zh/credit-reporting-regulation-2013.md", "征信业管理条例", 17, "第十七条")  # 有权每年两次免费获取本人的信用报告


@pytest.mark.parametrize("claim,clause,kept", [
    ("个人一年里有两次机会免费拿到自己的信用报告。", "个人信息主体有权每年两次免费获取本人的信用报告", []),
    ("Subjects get two free credit reports a year.", "个人信息主体有权每年两次免费获取本人的信用报告", []),
    ("Subjects get three free credit reports a year.", "个人信息主体有权每年两次免费获取本人的信用报告", ["a year"]),
    ("运营者一年起码做一次检测。", "运营者应当每年至少进行一次检测", ["一次"]),
    ("信息安全部每半年检查一次。", "信息安全部每半年开展检查", []),
    # a time limit is no period of a rate: the clause must state it
    ("一年内完成检测。", "运营者应当每年至少进行一次检测", ["一年"]),
    ("Reports are due within a year.", "每年报告", ["a year"]),
])
def test_one_period_of_a_rate_is_not_a_duration(claim, clause, kept):
    from assistant.lexis.quantities import extract_quantities, period_of_a_rate

    left = [q.raw for q in extract_quantities(claim) if not period_of_a_rate(q, claim, clause)]
    assert [r for r in left if r not in ("两次", "一次")] == [r for r in kept if r not in ("两次", "一次")]


def test_a_rate_restated_per_year_is_grounded_and_a_wrong_count_is_not():
    assert verdict("Information subjects are entitled to two free credit reports a year.", CRR17).verdict == "supported"
    # "three … reports" states no 次 to oppose to 两次: the period stays unbacked, as before (never verified)
    assert verdict("Information subjects are entitled to three free credit reports a year.", CRR17).verdict != "supported"
    assert verdict("个人一年里有三次机会免费获取本人的信用报告。", CRR17).verdict == "contradicted"
