"""Round 52, verifier precision (claims52fa): the bound before a figure the clause states with the age named between; the
wording a claim shares with its article read without the citation it opens with."""

from assistant.lexis.quantities import elliptical_mismatches
from tests.test_claims_round8 import article, gdpr, verdict


def test_a_bound_reads_past_the_age_named_before_the_clauses_figure():
    # GDPR Art. 8(1): "Where the child is below the age of 16 years, such processing shall be lawful only if … consent is
    # given or authorised by the holder of parental responsibility" and "… such lower age is not below 13 years"
    clause = ("Where the child is below the age of 16 years, such processing shall be lawful only if consent is given. "
              "Member States may provide for a lower age provided that such lower age is not below 13 years.")
    assert elliptical_mismatches("where a child is below 16, consent is needed", clause) == []
    assert [b for b, _, _ in elliptical_mismatches("where a child is below 15, consent is needed", clause)] == ["below"]
    assert verdict("Under Article 8 of the GDPR, where a child is below 16, processing for an information society service "
                   "offered directly to the child is lawful only if consent is given or authorised by the holder of "
                   "parental responsibility.", gdpr(8)).verdict != "contradicted"
    # "not below" still reads only the clause's "not below 13 years"
    assert verdict("Member States may lower that age by law, but not below sixteen.", gdpr(8)).verdict == "contradicted"


def test_the_wording_share_leaves_out_the_citation_the_claim_opens_with():
    # 生成式人工智能服务管理暂行办法第十一条: "提供者……不得收集非必要个人信息": a claim copying the rule under a long title
    # shared 44% of its wording with the article (the title's bigrams counted against it), under MIN_WORDING_SHARE
    ga11 = article("zh/generative-ai-measures-2023.md", "生成式人工智能服务管理暂行办法", 11, "第十一条")
    said = verdict("依据《生成式人工智能服务管理暂行办法》第十一条，提供者不得收集非必要个人信息。", ga11)
    assert said.verdict == "supported", said.reason
    # a rule the article does not hold stays unsupported however its citation reads
    other = verdict("依据《生成式人工智能服务管理暂行办法》第十一条，提供者应当每年向主管部门缴纳服务费用。", ga11)
    assert other.verdict != "supported"


def test_a_chinese_subject_described_as_working_at_a_party_is_its_staff():
    from assistant.verify.actors.described_subjects import described_subject_zh

    # 商业银行法第五十三条: "商业银行的工作人员不得泄露其在任职期间知悉的国家秘密、商业秘密"
    cb53 = article("zh/commercial-bank-law-2015.md", "商业银行法", 53, "第五十三条")
    said = verdict("依据《商业银行法》第五十三条，在商业银行上班的人不能泄露其在任职期间知道的商业秘密。", cb53)
    assert said.verdict != "contradicted", said.reason
    assert described_subject_zh("在银行工作的人") == ["staff"]
    assert described_subject_zh("向银行借钱的人") is None  # a borrower, not staff: read as before
    # the staff are still not the bank: a duty the article puts on the bank itself (第三十三条) given to its staff
    cb33 = article("zh/commercial-bank-law-2015.md", "商业银行法", 33, "第三十三条")
    assert verdict("依据《商业银行法》第三十三条，在商业银行上班的人应当保证存款本金和利息的支付。", cb33).verdict == "contradicted"
