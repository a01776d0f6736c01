"""Verifier round 25 (issue 11, false alarms found from the law texts themselves): every sentence of every indexed
article, cited to its own article with a modal verb swapped for its synonym (应当→必须, 不得→禁止, shall→must), is true
by construction; 46 of 1,378 such claims were contradicted (evals/restated.py measures a sample). The
classes: an article the clause itself refers to that the index lacks (the AI Act extract's Article 78, 刑法 cited by a
judicial interpretation) read as "does not exist"; 禁止超过 read as a floor; 禁止 read as the opposite of a 支持 that is
the help a ban forbids (不得为其提供技术支持); 必须经… / 必须通过… read as a body doing the act. Real clause texts; the
claims are written for these tests."""

import pytest

from assistant.lexis.quantities import extract_quantities
from assistant.settings import SHARED_REGULATIONS
from assistant.verify.grounding import GroundingVerifier
from tests.test_claims_round8 import article, verdict
from tests.test_claims_round14 import eu
from tests.test_grounding import MemoryLookup, cite, draft, retrieval, run

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

AI21 = eu("en/eu-ai-act-2024-chapter3-annex3.md", 21)  # 3. … confidentiality obligations set out in Article 78
AI6 = eu("en/eu-ai-act-2024-chapter3-annex3.md", 6)
SPC9 = article("zh/spc-spp-personal-info-crime-interpretation-2017.md", "最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释",
               9, "第九条")  # 应当依照刑法第二百八十六条之一的规定 …
SPC9 = SPC9.model_copy(update={"doc_id": "spc-spp-personal-info-crime-interpretation-2017",
                               "chunk_id": "spc-spp-personal-info-crime-interpretation-2017:9:0"})
AML1 = article("zh/aml-law-2024.md", "反洗钱法", 1, "第一条")
AML45 = article("zh/aml-law-2024.md", "反洗钱法", 45, "第四十五条")  # 临时冻结不得超过四十八小时
CSL29 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 29, "第二十九条")  # 不得提供…程序、工具；…不得为其提供技术支持
CSL31 = article("zh/cybersecurity-law-2025-amended.md", "网络安全法", 31, "第三十一条")  # 国家支持网络运营者之间…进行合作
NDS37 = article("zh/network-data-security-regulation-2024.md", "网络数据安全管理条例", 37, "第三十七条")  # 应当通过国家网信部门组织的…评估


class ExtractLookup(MemoryLookup):
    """A lookup that, like the corpus view, lists each law's indexed article numbers."""

    def law_articles(self, doc_id):
        return {c.article: c.text for c in self.clauses if c.doc_id == doc_id}


@pytest.fixture(scope="module")
def catalog():
    from assistant.catalog import load_catalog

    return load_catalog()


def judged(verifier, claim, clause):
    [cv] = run(verifier, draft((claim, [1]), citations=[cite(1, clause)]), retrieval(clause)).verdicts
    return cv


def test_an_article_the_cited_clause_refers_to_is_no_invented_article(catalog):
    v = GroundingVerifier(lookup=ExtractLookup([AI21, AI6]), catalog=catalog)
    cv = judged(v, "Any information a competent authority obtains under this Article must be treated in line with the "
                   "confidentiality obligations of Article 78.", AI21)
    assert cv.verdict != "contradicted" and "does not exist" not in cv.reason
    cv = judged(v, "网络服务提供者拒不履行信息网络安全管理义务，致使用户信息泄露、造成严重后果的，必须依照刑法第二百八十六条之一定罪处罚。",
                SPC9)
    assert cv.verdict != "contradicted" and "does not exist" not in cv.reason


def test_an_article_beyond_an_extract_or_of_a_law_not_indexed_is_not_checked_rather_than_denied(catalog):
    v = GroundingVerifier(lookup=ExtractLookup([AI21, AI6]), catalog=catalog)
    cv = judged(v, "Under Article 80, providers must give the competent authority all the information needed to show "
                   "conformity upon a reasoned request.", AI21)
    assert cv.verdict == "not_supported" and "extract" in cv.reason
    cv = judged(v, "网络服务提供者拒不履行信息网络安全管理义务，致使用户信息泄露、造成严重后果的，依照刑法第二百五十三条之一定罪处罚。",
                SPC9)
    assert cv.verdict == "not_supported" and "not in the indexed texts" in cv.reason


def test_an_article_a_whole_indexed_law_lacks_still_does_not_exist(catalog):
    v = GroundingVerifier(lookup=ExtractLookup([AML1, AML45]), catalog=catalog)  # numbered from 第一条: the whole law
    cv = judged(v, "根据《反洗钱法》第九十九条，临时冻结最长四十八小时。", AML45)
    assert cv.verdict == "contradicted" and "does not exist" in cv.reason


def test_a_banned_excess_is_a_ceiling():
    [q] = extract_quantities("临时冻结禁止超过四十八小时")
    assert q.bound == "max"
    [q] = extract_quantities("检查人员严禁少于二人")
    assert q.bound == "min"
    assert verdict("临时冻结禁止超过四十八小时。", AML45).verdict != "contradicted"
    assert verdict("临时冻结禁止超过七十二小时。", AML45).verdict == "contradicted"


def test_a_ban_in_other_words_is_no_opposite_of_the_help_it_bans():
    claim = "任何个人和组织禁止提供专门用于侵入网络、干扰网络正常功能、窃取网络数据的程序和工具。"
    assert verdict(claim, CSL29).verdict != "contradicted"
    # the state's support turned into a ban is still caught
    assert verdict("国家禁止网络运营者之间在网络安全信息收集、分析、通报和应急处置等方面进行合作。", CSL31).verdict == "contradicted"


def test_a_body_named_after_a_modal_and_a_coverb_is_no_doer():
    claim = "网络数据处理者在境内运营中收集和产生的重要数据确需向境外提供的，必须通过国家网信部门组织的数据出境安全评估。"
    assert verdict(claim, NDS37).verdict != "contradicted"
