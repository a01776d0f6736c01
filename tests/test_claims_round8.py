"""Verifier round 8 (issue 11): a figure of another case of the same article (cases.py), a claim in the words of the
article beside the cited one (grounding._check_neighbour_wording), English figures spelt "a month" or "sixty (60) days"
(quantities.py). Real clause texts from the shared corpus; the claims are written for these tests."""

import re

import pytest

from assistant.lexis.quantities import extract_quantities
from assistant.settings import SHARED_REGULATIONS
from assistant.types import Clause
from assistant.verify.cases import figure_of_another_case
from assistant.verify.grounding import GroundingVerifier
from tests.test_grounding import GDPR33, MemoryLookup, cite, draft, retrieval

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

CN_NUMS = "零一二三四五六七八九十百"


def article(path: str, law: str, article_no: int, label: str) -> Clause:
    """One article of a Chinese law file, cut as the index cuts it (its label line to the next article)."""
    lines = (SHARED_REGULATIONS / path).read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(label + " "))
    end = next((i for i in range(start + 1, len(lines))
                if re.match(f"^第[{CN_NUMS}]+条 ", lines[i]) or lines[i].startswith("#")), len(lines))
    doc_id = path.split("/")[-1].removesuffix(".md")
    return Clause(chunk_id=f"{doc_id}:{article_no}:0", doc_id=doc_id, law=law, short_title=law, jurisdiction="CN",
                  article=article_no, label=label, text="\n".join(lines[start:end]).strip(), version_date="2023-12-09",
                  effective_date="2024-05-01", effective_until="", status="in_force")


def gdpr(article_no: int) -> Clause:
    lines = (SHARED_REGULATIONS / "en/gdpr.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"### Article {article_no} "))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("#"))
    body = "\n".join(lines[start + 1 : end]).strip()
    return GDPR33.__class__(**{**GDPR33.__dict__, "chunk_id": f"gdpr:{article_no}:0", "article": article_no,
                               "label": f"Article {article_no}", "text": f"Article {article_no}\n{body}"})


PAY = "zh/non-bank-payment-regulation-2023.md"
PAY28 = article(PAY, "非银行支付机构监督管理条例", 28, "第二十八条")  # 净资产与备付金日均余额的比例
PAY29 = article(PAY, "非银行支付机构监督管理条例", 29, "第二十九条")  # 备付金存放在中国人民银行或者…商业银行
SPC5 = article("zh/spc-spp-personal-info-crime-interpretation-2017.md",
               "最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释", 5, "第五条")
GDPR12 = gdpr(12)


def verdict(claim: str, cited: Clause, *others: Clause):
    verifier = GroundingVerifier(lookup=MemoryLookup([cited, *others]))
    verification = verifier.verify("q", draft((claim, [1]), citations=[cite(1, cited)]), retrieval(cited))
    assert verification.ran, verification.error
    return verification.verdicts[0]


# --- a figure of another case of the same article ------------------------------------------------------------------

def test_the_figure_of_another_list_item_is_contradicted():
    # 第五条 (三) 行踪轨迹信息…五十条以上; (四) 住宿信息…五百条以上: 五百条 is in the article, for another case
    found = figure_of_another_case("出售行踪轨迹信息五百条以上的，属于情节严重。", SPC5.text)
    assert len(found) == 1 and found[0].claim.value == 500 and "行踪轨迹信息" in found[0].case
    assert verdict("出售行踪轨迹信息五百条以上的，属于情节严重。", SPC5).verdict == "contradicted"


def test_each_case_with_its_own_figure_passes():
    assert figure_of_another_case("出售行踪轨迹信息五十条以上的，属于情节严重。", SPC5.text) == []
    assert figure_of_another_case("非法提供住宿信息、健康生理信息五百条以上的，属于情节严重。", SPC5.text) == []
    assert verdict("出售行踪轨迹信息五十条以上的，属于情节严重。", SPC5).verdict == "supported"


def test_a_verbatim_quote_spanning_two_cases_is_not_the_figure_of_another_case():
    # an offline answer quoting 个人信息保护法第六十六条 across its two paragraphs: 十万元 and 五千万元 each stand with their
    # own case (it was flagged 'claim says 十万元, the case it speaks of says 五千万元')
    pipl66 = article("zh/pipl-2021.md", "个人信息保护法", 66, "第六十六条")
    text = re.sub(r"\s+", "", pipl66.text)
    quote = text[text.index("拒不改正的") :]
    assert "十万元" in quote and "五千万元" in quote
    assert verdict(f"《个人信息保护法》第六十六条：「{quote}」", pipl66).verdict != "contradicted"


def test_a_claim_naming_no_case_is_left_alone():
    # words every item repeats (非法获取、出售或者提供) tell no case from another
    assert figure_of_another_case("非法获取、出售或者提供公民个人信息五百条以上的，属于情节严重。", SPC5.text) == []


def test_an_english_deadline_of_the_other_case():
    # GDPR Art. 12(3): one month to answer, extendable by two further months: the extension is not one month
    claim = "Where necessary, taking into account the complexity and number of requests, the period may be extended by one further month."
    found = figure_of_another_case(claim, GDPR12.text)
    assert len(found) == 1 and found[0].claim.value == 1 and "two further months" in found[0].case
    good = "Where necessary, taking into account the complexity and number of requests, the period may be extended by two further months."
    assert figure_of_another_case(good, GDPR12.text) == []


# --- the words of the neighbouring article -------------------------------------------------------------------------

CLAIM_29 = "非银行支付机构应当把备付金存放在中国人民银行或者符合中国人民银行要求的商业银行。"


def test_a_claim_in_the_words_of_the_next_article_is_not_supported():
    cited = verdict(CLAIM_29, PAY28, PAY29)
    assert cited.verdict == "not_supported" and "第二十九条" in cited.reason and "wrong article" in cited.reason


def test_the_same_claim_cited_to_its_own_article_passes():
    assert verdict(CLAIM_29, PAY29, PAY28).verdict == "supported"


def test_without_the_neighbour_nothing_is_guessed():
    assert "wrong article" not in verdict(CLAIM_29, PAY28).reason


# --- English figures -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("within a month of receipt of the request", [(1, "month")]),
    ("an additional year", [(1, "year")]),
    ("within sixty (60) days", [(60, "day")]),
    ("thirty (30) calendar days", [(30, "day")]),
    ("at least once a year", []),  # a rate, not a period
    ("a year's turnover", []),
    ("within two months", [(2, "month")]),
])
def test_english_figures_spelt_out(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == expected


def test_a_day_against_the_clause_s_72_hours():
    found = verdict("The controller shall notify the personal data breach to the supervisory authority within a day.", GDPR33)
    assert found.verdict == "contradicted" and "a day" in found.reason


# --- who does it, said with "by" and no modal verb -----------------------------------------------------------------

GDPR45 = gdpr(45)


def test_a_passive_agent_the_article_never_names_for_the_act():
    from assistant.verify.polarity import contradictions

    # Art. 45(9): "Decisions adopted by the Commission …" — a participle with "by", no modal verb
    wrong = "Adequacy decisions are adopted by the national supervisory authorities after assessing the level of protection."
    assert [f.kind for f in contradictions(wrong, GDPR45.text)] == ["actor"]
    right = "Adequacy decisions are adopted by the Commission after assessing the level of protection."
    assert [f.kind for f in contradictions(right, GDPR45.text)] == []


# --- "must" on the verb the clause puts "may" on, with a "shall" elsewhere in the sentence ------------------------

GDPR58 = gdpr(58)


def test_must_for_the_may_of_the_same_verb():
    from assistant.verify.modality import governed_modals
    from assistant.verify.polarity import contradictions

    # Art. 58(6): "Each Member State may provide by law that its supervisory authority shall have additional powers …"
    assert ("provi", "permission") in governed_modals(GDPR58.text)
    wrong = "Each Member State must provide by law that its supervisory authority shall have additional powers."
    assert [f.kind for f in contradictions(wrong, GDPR58.text)] == ["modality"]
    right = "A Member State may provide by law that its supervisory authority shall have additional powers."
    assert contradictions(right, GDPR58.text) == []


def test_a_restriction_and_a_predicate_adjective_govern_no_act():
    from assistant.verify.modality import governed_modals

    # "shall be dismissed only in cases of …" (Art. 53(4)) restricts; "shall be voluntary" (Art. 42(3)) states a quality
    assert governed_modals("A member shall be dismissed only in cases of serious misconduct.") == []
    assert governed_modals("The certification shall be voluntary and available via a process that is transparent.") == []


# --- a Chinese doer without a modal verb that the article never names ----------------------------------------------

PIPL = "zh/pipl-2021.md"
PIPL56 = article(PIPL, "中华人民共和国个人信息保护法", 56, "第五十六条")  # 个人信息处理者…应当…保存至少三年
PIPL60 = article(PIPL, "中华人民共和国个人信息保护法", 60, "第六十条")  # 国家网信部门负责…统筹协调


def test_a_body_the_article_never_names_doing_its_act():
    from assistant.verify.polarity import contradictions
    from assistant.verify.roles.agents import stray_doer

    assert stray_doer("公安部门负责个人信息保护工作的统筹协调和相关监督管理工作。", PIPL60.text) is not None
    assert [f.kind for f in contradictions("个人信息保护影响评估报告和处理情况记录由国家网信部门保存至少三年。", PIPL56.text)] \
        == ["actor"]


def test_the_named_body_its_short_name_and_a_competent_authority_pass():
    from assistant.verify.roles.agents import stray_doer

    assert stray_doer("国家网信部门负责个人信息保护工作的统筹协调和相关监督管理工作。", PIPL60.text) is None
    assert stray_doer("网信办负责个人信息保护工作的统筹协调和相关监督管理工作。", PIPL60.text) is None  # the lexicon's short name
    assert stray_doer("有关主管部门负责个人信息保护工作的统筹协调。", PIPL60.text) is None  # generic
    # a condition (未经…批准) names who approves another's act, not who acts
    assert stray_doer("未经我国主管机关批准，不得向外国司法或者执法机构提供个人信息。", PIPL60.text) is None


# --- counts of a thing (English) -----------------------------------------------------------------------------------

GDPR73 = gdpr(73)  # "The Board shall elect a chair and two deputy chairs from amongst its members by simple majority."


def test_a_count_of_the_same_thing_is_compared():
    from assistant.lexis.quantities import count_mismatches, counts

    assert counts(GDPR73.text)["deputy chair"] == {2.0}
    assert counts("where one has been designated, in more than one Member State") == {"member state": {1.0}}
    wrong = "The Board elects a chair and three deputy chairs from amongst its members by simple majority."
    assert count_mismatches(wrong, GDPR73.text) == [("deputy chair", 3.0, {2.0})]
    found = verdict(wrong, GDPR73)
    assert found.verdict == "contradicted" and "deputy chair" in found.reason
    right = "The Board elects a chair and two deputy chairs from amongst its members by simple majority."
    assert verdict(right, GDPR73).verdict == "supported"
