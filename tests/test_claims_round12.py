"""Verifier round 12 (issue 11): a bound on a figure written with a negator (不超过五万元 for 五万元以下) is no negation
of the clause (edits.py); a State Council bureau named …局 and the EDPB / EDPS acronyms are bodies the article must name
(bodies.py); 递增 / 递减 are opposites (antonyms.py). Real clause texts from the corpus; the claims are written for these
tests."""

from pathlib import Path

import pytest

from assistant.settings import SHARED_REGULATIONS
from assistant.verify.antonyms import opposite_word
from assistant.verify.bodies import unnamed_body, unnamed_body_en
from tests.test_claims_round8 import article, gdpr, verdict

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

PBOC44 = article("zh/pboc-law-2003.md", "中国人民银行法", 44, "第四十四条")  # 并处五万元以下罚款
DSL48 = article("zh/data-security-law-2021.md", "数据安全法", 48, "第四十八条")  # 并处五万元以上五十万元以下罚款
DSL24 = article("zh/data-security-law-2021.md", "数据安全法", 24, "第二十四条")  # 国家建立数据安全审查制度
BSL30 = article("zh/banking-supervision-law-2006.md", "银行业监督管理法", 30, "第三十条")  # 国务院银行业监督管理机构…编制
GDPR97, GDPR71 = gdpr(97), gdpr(71)  # the Commission reports; the Board's annual report
POLICIES = Path(__file__).resolve().parents[1] / "corpus" / "policies"


def policy_article(name: str, label: str, article_no: int):
    line = next(x for x in (POLICIES / f"{name}.md").read_text(encoding="utf-8").splitlines() if x.startswith(label + " "))
    fields = dict(chunk_id=f"{name}:{article_no}:0", doc_id=name, law=name, short_title=name, article=article_no,
                  label=label, text=line)
    return PBOC44.__class__(**{**PBOC44.__dict__, **fields})


DC17 = policy_article("policy-data-classification", "第十七条", 17)  # 控制措施的强度随级别提高而递增


@pytest.mark.parametrize("claim, clause", [
    ("在宣传品上非法使用人民币图样的，中国人民银行除责令改正、销毁图样、没收违法所得外，还要处不超过五万元的罚款。", PBOC44),
    ("拒不配合数据调取的，有关主管部门除责令改正、给予警告外，还要处不少于五万元、不超过五十万元的罚款。", DSL48),
])
def test_a_bound_written_with_a_negator_is_no_negation(claim, clause):
    assert verdict(claim, clause).verdict != "contradicted"


@pytest.mark.parametrize("claim, clause", [
    # the bound is read, and a wrong ceiling is still wrong
    ("拒不配合数据调取的，有关主管部门除责令改正、给予警告外，还要处不少于五万元、不超过五百万元的罚款。", DSL48),
    # a bare negation beside no figure is still one
    ("国家不建立数据安全审查制度，对影响或者可能影响国家安全的数据处理活动进行国家安全审查。", DSL24),
])
def test_a_wrong_bound_and_a_bare_negation_are_still_contradicted(claim, clause):
    assert verdict(claim, clause).verdict == "contradicted"


def test_a_bureau_the_article_does_not_name_is_the_wrong_body():
    assert verdict("全国银行业金融机构的统计数据和报表由国家统计局统一编制并公布。", BSL30).verdict == "contradicted"
    assert verdict("国务院银行业监督管理机构统一编制全国银行业金融机构的统计数据和报表，并予以公布。", BSL30).verdict != "contradicted"
    # 局 only after the words that make it a bureau: 局部 is no body
    assert unnamed_body("关键信息基础设施丧失局部功能的，运营者应当报告。", "运营者发现关键信息基础设施丧失局部功能的，应当报告。") is None


def test_the_edpb_by_its_acronym():
    claim = "The EDPB must submit a report evaluating and reviewing the GDPR to the European Parliament and the Council every four years."
    assert unnamed_body_en(claim, GDPR97.text) is not None
    assert verdict(claim, GDPR97).verdict == "contradicted"
    # the Board's own report, named by the acronym, is its own
    assert unnamed_body_en("The EDPB shall draw up an annual report regarding the protection of natural persons.",
                           GDPR71.text) is None


def test_rising_turned_into_falling():
    assert verdict("各级数据安全控制措施的强度随数据级别的提高而递减。", DC17).verdict == "contradicted"
    assert verdict("数据安全控制措施的强度随数据级别提高而递增。", DC17).verdict != "contradicted"
    assert opposite_word("控制措施的强度随级别提高而递增。", [DC17.text]) is None
