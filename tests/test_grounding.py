"""Deterministic grounding verifier and the quantity extractor, on real clause texts."""

import re
import zlib
from datetime import date

import numpy as np
import pytest

from assistant.interfaces import verifiers
from assistant.lexis.quantities import Quantity, compare, extract_quantities
from assistant.settings import SHARED_REGULATIONS
from assistant.types import Citation, Claim, ClaimVerdict, Clause, Draft, Hit, Retrieval, Verification
from assistant.verdicts import all_ran, combine
from assistant.verify.grounding import GroundingVerifier, quote_in

pytestmark = pytest.mark.skipif(not SHARED_REGULATIONS.is_dir(), reason="shared regulations corpus not present")

# --- real clauses, cut from the shared corpus ------------------------------------------------

LAWS = {
    "aml-law-2024": ("zh/aml-law-2024.md", "中华人民共和国反洗钱法", "反洗钱法", "2024-11-08", "2025-01-01", "", "in_force"),
    "aml-law-2006": ("zh/aml-law-2006.md", "中华人民共和国反洗钱法", "反洗钱法", "2006-10-31", "2007-01-01", "2025-01-01",
                     "superseded"),
    "pipl-2021": ("zh/pipl-2021.md", "中华人民共和国个人信息保护法", "个人信息保护法", "2021-08-20", "2021-11-01", "", "in_force"),
    "gdpr": ("en/gdpr.md", "General Data Protection Regulation", "GDPR", "2016-04-27", "2018-05-25", "", "in_force"),
}
CN_NUMS = "零一二三四五六七八九十百"


def cut(doc_id: str, article: int, label: str) -> Clause:
    path, law, short, version, effective, until, status = LAWS[doc_id]
    lines = (SHARED_REGULATIONS / path).read_text(encoding="utf-8").splitlines()
    if doc_id == "gdpr":
        start = next(i for i, l in enumerate(lines) if l.startswith(f"### Article {article} "))
        end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("#"))
        body = "\n".join(lines[start + 1 : end]).strip()
        text = f"Article {article}\n{body}"
    else:
        start = next(i for i, l in enumerate(lines) if l.startswith(label + " "))
        end = next((i for i in range(start + 1, len(lines))
                    if re.match(f"^第[{CN_NUMS}]+条 ", lines[i]) or lines[i].startswith("#")), len(lines))
        text = "\n".join(lines[start:end]).strip()
    return Clause(chunk_id=f"{doc_id}:{article}:0", doc_id=doc_id, law=law, short_title=short,
                  jurisdiction="EU" if doc_id == "gdpr" else "CN", article=article, label=label, text=text,
                  version_date=version, effective_date=effective, effective_until=until, status=status)


AML34 = cut("aml-law-2024", 34, "第三十四条")
AML35 = cut("aml-law-2024", 35, "第三十五条")
AML40 = cut("aml-law-2024", 40, "第四十条")
AML41 = cut("aml-law-2024", 41, "第四十一条")
AML65 = cut("aml-law-2024", 65, "第六十五条")
AML06_19 = cut("aml-law-2006", 19, "第十九条")
PIPL13 = cut("pipl-2021", 13, "第十三条")
PIPL66 = cut("pipl-2021", 66, "第六十六条")
GDPR33 = cut("gdpr", 33, "Article 33")
ALL = [AML34, AML35, AML40, AML41, AML65, AML06_19, PIPL13, PIPL66, GDPR33]


class MemoryLookup:
    """The ArticleLookup protocol over a handful of clauses."""

    def __init__(self, clauses):
        self.clauses = clauses

    def find_article(self, doc_ids, article, suffix=0, as_of=None):
        for doc_id in doc_ids:
            for c in self.clauses:
                if c.doc_id == doc_id and c.article == article and (as_of is None or c.in_force_on(as_of)):
                    return c
        return None


def fake_embed(texts):
    """Hashed bag of tokens (English words, Chinese characters) and token bigrams, L2-normalised:
    word overlap ≈ similarity. Deterministic, no model."""
    out = np.zeros((len(texts), 1024))
    for row, text in enumerate(texts):
        tokens = re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", text.lower())
        for gram in tokens + [" ".join(tokens[i : i + 2]) for i in range(len(tokens) - 1)]:
            out[row, zlib.crc32(gram.encode()) % 1024] += 1
        out[row] /= max(np.linalg.norm(out[row]), 1e-9)
    return out


def retrieval(*clauses, as_of=date(2025, 6, 1)):
    return Retrieval(query="q", hits=[Hit(clause=c, score=1.0 - i / 10) for i, c in enumerate(clauses)], as_of=as_of)


def draft(*claims, citations):
    return Draft(text=" ".join(c[0] for c in claims), claims=[Claim(text=t, markers=m) for t, m in claims],
                 citations=citations)


def cite(marker, clause, quote=""):
    return Citation.from_clause(marker, clause, quote)


@pytest.fixture(scope="module")
def catalog():
    from assistant.catalog import load_catalog

    return load_catalog()


@pytest.fixture
def verifier(catalog):
    return GroundingVerifier(lookup=MemoryLookup(ALL), embed=fake_embed, catalog=catalog, support_threshold=0.5)


def run(verifier, d, r):
    v = verifier.verify("q", d, r)
    assert v.ran, v.error
    return v


# --- quantities ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("五年", [(5, "year")]), ("5年", [(5, "year")]), ("five years", [(5, "year")]), ("十年", [(10, "year")]),
        ("72小时", [(72, "hour")]), ("72 hours", [(72, "hour")]), ("七十二小时内", [(72, "hour")]),
        ("三日", [(3, "day")]), ("3 days", [(3, "day")]), ("15个工作日", [(15, "workday")]),
        ("5 working days", [(5, "workday")]), ("30 days", [(30, "day")]),
        ("百分之五", [(5, "percent")]), ("5%", [(5, "percent")]), ("千分之五", [(0.5, "percent")]),
        ("二十万元", [(200_000, "yuan")]), ("500,000 yuan", [(500_000, "yuan")]), ("¥1,000,000", [(1e6, "yuan")]),
        ("€20 million", [(2e7, "eur")]), ("EUR 20 000 000", [(2e7, "eur")]), ("1.5亿元", [(1.5e8, "yuan")]),
        ("一亿二千万元", [(1.2e8, "yuan")]), ("一千万元", [(1e7, "yuan")]),
        ("4 % of the total worldwide annual turnover", [(4, "percent")]),
        ("1 month", [(1, "month")]), ("within one month", [(1, "month")]), ("十二个月", [(12, "month")]),
        ("twenty-four hours", [(24, "hour")]), ("二倍以下", [(2, "multiple")]),
        ("二十万元以上五十万元以下", [(2e5, "yuan"), (5e5, "yuan")]),
        ("二十万以上五十万元以下", [(2e5, "yuan"), (5e5, "yuan")]),
        ("20至50万元", [(2e5, "yuan"), (5e5, "yuan")]),
        ("20万至50万元", [(2e5, "yuan"), (5e5, "yuan")]),
        ("三年以上七年以下", [(3, "year"), (7, "year")]),
        ("between 10 and 20 million EUR", [(1e7, "eur"), (2e7, "eur")]),
        ("10-20 days", [(10, "day"), (20, "day")]),
        ("１５日", [(15, "day")]),
        ("不满十四周岁", [(14, "age")]),
        # an approximate pair (约数) is both of its values, never 35 or 23
        ("三五年", [(3, "year"), (5, "year")]), ("两三个月", [(2, "month"), (3, "month")]),
        ("三五万元", [(3e4, "yuan"), (5e4, "yuan")]), ("三十五年", [(35, "year")]), ("二十三天", [(23, "day")]),
    ],
)
def test_extract_quantities(text, expected):
    assert [(q.value, q.unit) for q in extract_quantities(text)] == [(float(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "text",
    ["第十三条", "Article 6(1)(a)", "2021年8月20日", "二〇二一年", "本法自2025年1月1日起施行", "2025-01-01",
     "20250101", "in 2018", "第五年", "一次性支付", "名单", "一般规定", "统一社会信用代码", "Regulation (EU) 2016/679"],
)
def test_no_quantities(text):
    assert extract_quantities(text) == []


def test_quantities_in_real_clauses():
    assert [(q.value, q.unit) for q in extract_quantities(AML34.text)] == [(10, "year")]
    assert (72, "hour") in [(q.value, q.unit) for q in extract_quantities(GDPR33.text)]
    assert [q.value for q in extract_quantities(PIPL66.text) if q.unit == "yuan"] == [1e6, 1e4, 1e5, 5e7, 1e5, 1e6]
    assert "一年" not in [q.raw for q in extract_quantities(PIPL66.text)]  # 上一年度 is not a duration


def test_compare():
    clause = extract_quantities("应当在七十二小时内报告，处二十万元以上二百万元以下罚款")
    claim = lambda t: compare(extract_quantities(t), clause)  # noqa: E731
    assert claim("3 days and up to 2,000,000 yuan") == []  # 72 hours = 3 days
    [m] = claim("within 7 days")
    assert m.kind == "contradiction" and m.describe("the clause") == "claim says 7 days, the clause says 七十二小时"
    [m] = claim("罚款五十万元")
    assert m.kind == "contradiction" and [q.raw for q in m.clause] == ["二十万元", "二百万元"]
    [m] = claim("保存五年")
    assert m.kind == "unsupported" and "does not appear" in m.describe()
    assert compare(extract_quantities("一个月"), extract_quantities("三十日")) != []  # a month is not 30 days
    assert compare(extract_quantities("一年"), extract_quantities("十二个月")) == []
    assert compare([Quantity(5, "percent", "5%")], extract_quantities("百分之五")) == []


# --- per-claim checks ------------------------------------------------------------------------


def test_grounded_claim_is_supported_with_its_score(verifier):
    d = draft(("客户身份资料在业务关系结束后应当至少保存十年", [1]), citations=[cite(1, AML34)])
    v = run(verifier, d, retrieval(AML34))
    [cv] = v.verdicts
    assert cv.verdict == "supported" and re.fullmatch(r"support 0\.\d\d", cv.reason)
    assert float(cv.reason.split()[1]) >= 0.5
    assert v.conclusion == "supported" and "grounded" in v.findings[0]


def test_wrong_retention_period_is_contradicted(verifier):
    d = draft(("客户身份资料在业务关系结束后应当至少保存五年", [1]), citations=[cite(1, AML34)])
    [cv] = run(verifier, d, retrieval(AML34)).verdicts
    assert cv.verdict == "contradicted"
    assert "claim says 五年, 《反洗钱法》第三十四条 says 十年" in cv.reason


def test_seven_days_vs_72_hours(verifier):
    r = retrieval(GDPR33)
    claims = [
        ("The controller must notify the supervisory authority within 7 days of becoming aware of a breach", [1]),
        ("The controller shall notify the personal data breach to the supervisory authority not later than 72 hours "
         "after having become aware of it", [1]),
        ("The controller shall notify the personal data breach to the supervisory authority within three days "
         "after having become aware of it", [1]),
    ]
    v = run(verifier, draft(*claims, citations=[cite(1, GDPR33)]), r)
    assert [cv.verdict for cv in v.verdicts] == ["contradicted", "supported", "supported"]
    assert "claim says 7 days, GDPR Article 33 says 72 hours" in v.verdicts[0].reason
    assert v.conclusion == "contradicted"
    assert v.findings[0].startswith("claim 1 (contradicted): claim says 7 days")


def test_number_of_a_kind_the_clause_never_states_is_unsupported(verifier):
    d = draft(("客户身份资料应当至少保存十年，违者处五十万元罚款", [1]), citations=[cite(1, AML34)])
    [cv] = run(verifier, d, retrieval(AML34)).verdicts
    assert cv.verdict == "not_supported" and "五十万元 does not appear in 《反洗钱法》第三十四条" in cv.reason


def test_claim_without_marker_and_citations_outside_retrieval(verifier):
    d = draft(
        ("客户身份资料应当至少保存十年", []),
        ("客户身份资料应当至少保存十年", [2]),
        ("客户身份资料应当至少保存十年", [3]),
        citations=[cite(1, AML34), cite(2, PIPL13)],
    )
    v = run(verifier, d, retrieval(AML34))
    assert [cv.verdict for cv in v.verdicts] == ["not_supported"] * 3
    assert "cites no clause" in v.verdicts[0].reason
    assert "[2] cites nothing that was retrieved (pipl-2021:13:0)" in v.verdicts[1].reason
    assert "marker [3] has no citation" in v.verdicts[2].reason


def test_quotes_must_be_verbatim(verifier):
    r = retrieval(AML34, GDPR33)
    good_quote = "客户身份资料在业务关系结束后、客户交易信息在交易结束后，\n 应当至少保存十年。"  # whitespace differs
    claims = [
        ("客户身份资料应当至少保存十年", [1]),
        ("客户身份资料应当至少保存十年", [2]),
        ("法律要求「客户身份资料在业务关系结束后……应当至少保存十年」", [1]),
        ("法律要求“客户身份资料应当永久保存”", [1]),
        ('The controller shall notify the personal data breach to the supervisory authority '
         '"not later than 72 hours after having become aware of it"', [3]),
    ]
    citations = [cite(1, AML34, good_quote), cite(2, AML34, "客户身份资料应当永久保存"), cite(3, GDPR33)]
    # a citation carries one quote; markers 1 and 2 point at the same clause with different quotes
    v = run(verifier, draft(*claims, citations=citations), r)
    verdicts = [cv.verdict for cv in v.verdicts]
    assert verdicts[0] == "supported" and verdicts[2] == "supported" and verdicts[4] == "supported"
    assert verdicts[1] == "not_supported" and "quote 「客户身份资料应当永久保存」 is not in 《反洗钱法》第三十四条" in v.verdicts[1].reason
    assert verdicts[3] == "not_supported" and "does not occur in" in v.verdicts[3].reason


def test_quote_helper():
    assert quote_in("a  b…d", ["a b c d"])
    assert not quote_in("a b…x", ["a b c d"])
    assert not quote_in("……", ["anything"])
    assert quote_in("个人信息，", ["个人信息,"])  # full-width vs ASCII comma


def test_weak_support_is_recorded(catalog):
    v = GroundingVerifier(lookup=MemoryLookup(ALL), embed=fake_embed, catalog=catalog, support_threshold=0.5)
    d = draft(("数据出境前须通过国家网信部门组织的安全评估", [1]), citations=[cite(1, AML34)])
    [cv] = run(v, d, retrieval(AML34)).verdicts
    assert cv.verdict == "not_supported" and re.search(r"weak support 0\.\d\d \(threshold 0\.50\)", cv.reason)
    strict = GroundingVerifier(embed=fake_embed, support_threshold=0.999)
    d = draft(("客户身份资料在业务关系结束后应当至少保存十年", [1]), citations=[cite(1, AML34)])
    assert run(strict, d, retrieval(AML34)).verdicts[0].verdict == "not_supported"
    no_embed = GroundingVerifier()
    assert run(no_embed, d, retrieval(AML34)).verdicts[0].reason == "grounded in the cited clauses"


def test_paragraph_level_support():
    """A claim about one paragraph of a long article is scored against that paragraph."""
    v = GroundingVerifier(embed=fake_embed, support_threshold=0.0)
    d = draft(("In short, the processor shall notify the controller without undue delay after becoming aware of a "
               "personal data breach", [1]), citations=[cite(1, GDPR33)])
    claim_vec, whole_vec = fake_embed([d.claims[0].text, GDPR33.text])
    whole = float(claim_vec @ whole_vec)
    score = float(run(v, d, retrieval(GDPR33)).verdicts[0].reason.split()[1])
    assert score > whole + 0.2 and score > 0.8


def test_verbatim_quote_is_not_embedded():
    """A claim that is the cited clause's own words needs no similarity score, so answering embeds nothing for it
    (the offline answer is all quotes); a paraphrase of the same clause is still scored."""
    calls: list[list[str]] = []

    def counting_embed(texts):
        calls.append(list(texts))
        return fake_embed(texts)

    v = GroundingVerifier(embed=counting_embed, support_threshold=0.0)
    quote = "The processor shall notify the controller without undue delay after becoming aware of a personal data breach."
    d = draft((f"GDPR Article 33: \u201c{quote}\u201d", [1]), citations=[cite(1, GDPR33)])
    [cv] = run(v, d, retrieval(GDPR33)).verdicts
    assert cv.verdict == "supported" and calls == []
    d = draft(("A processor must tell the controller about a personal data breach without undue delay", [1]),
              citations=[cite(1, GDPR33)])
    run(v, d, retrieval(GDPR33))
    assert len(calls) == 1


# --- named laws and articles ----------------------------------------------------------------


def test_named_article_that_does_not_exist(verifier):
    d = draft(("根据《反洗钱法》第九十九条，客户身份资料应当至少保存十年", [1]), citations=[cite(1, AML34)])
    [cv] = run(verifier, d, retrieval(AML34)).verdicts
    assert cv.verdict == "contradicted" and "《反洗钱法》第九十九条 does not exist" in cv.reason


def test_named_article_not_yet_in_force(verifier):
    r = retrieval(AML06_19, as_of=date(2024, 6, 1))
    d = draft(("依照《反洗钱法》第六十五条，客户身份资料在业务关系结束后应当至少保存五年", [1]),
              citations=[cite(1, AML06_19)])
    [cv] = run(verifier, d, r).verdicts
    assert cv.verdict == "contradicted"
    assert "第六十五条 is not yet in force on 2024-06-01" in cv.reason and "2025-01-01" in cv.reason


def test_named_article_of_a_superseded_law():
    from assistant.catalog import catalog_from_tables

    only_2006 = catalog_from_tables([{"doc_id": "aml-law-2006", "title": "中华人民共和国反洗钱法", "short_title": "反洗钱法",
                                      "version_date": "2006-10-31", "effective_date": "2007-01-01",
                                      "effective_until": "2025-01-01", "status": "superseded"}])
    v = GroundingVerifier(lookup=MemoryLookup(ALL), catalog=only_2006)
    d = draft(("《反洗钱法》第十九条规定客户身份资料应当至少保存十年", [1]), citations=[cite(1, AML34)])
    [cv] = run(v, d, retrieval(AML34)).verdicts
    assert cv.verdict == "contradicted"
    assert "《反洗钱法》第十九条 is not in force on 2025-06-01" in cv.reason and "superseded" in cv.reason


def test_citing_a_clause_not_in_force(verifier):
    d = draft(("客户身份资料在业务关系结束后应当至少保存五年", [1]), citations=[cite(1, AML06_19)])
    [cv] = run(verifier, d, retrieval(AML06_19)).verdicts
    assert cv.verdict == "contradicted" and "《反洗钱法》第十九条（2006-10-31）, which is not in force" in cv.reason
    then = run(verifier, d, retrieval(AML06_19, as_of=date(2020, 1, 1)))
    assert then.verdicts[0].verdict == "supported"


def test_named_article_differs_from_the_cited_one(verifier):
    r = retrieval(AML34, AML41)
    claims = [
        ("《反洗钱法》第三十五条规定客户身份资料在业务关系结束后应当至少保存十年", [1]),
        ("《反洗钱法》第三十四条规定客户身份资料在业务关系结束后应当至少保存十年", [1]),
        ("金融机构应当及时获取本法第四十条第一款规定的名单，对客户及其交易对象进行核查", [2]),
    ]
    v = run(verifier, draft(*claims, citations=[cite(1, AML34), cite(2, AML41)]), r)
    assert [cv.verdict for cv in v.verdicts] == ["not_supported", "supported", "supported"]
    assert "names 《反洗钱法》第三十五条 but cites 《反洗钱法》第三十四条" in v.verdicts[0].reason


def test_named_articles_skipped_without_catalog():
    v = GroundingVerifier(lookup=MemoryLookup(ALL))
    d = draft(("根据《反洗钱法》第九十九条，客户身份资料应当至少保存十年", [1]), citations=[cite(1, AML34)])
    assert run(v, d, retrieval(AML34)).verdicts[0].verdict == "supported"


# --- robustness, registry, combine -----------------------------------------------------------


def test_internal_errors_do_not_raise(catalog):
    def broken_embed(texts):
        raise RuntimeError("embedder exploded")

    d = draft(("客户身份资料应当至少保存十年", [1]), citations=[cite(1, AML34)])
    v = GroundingVerifier(embed=broken_embed).verify("q", d, retrieval(AML34))
    assert not v.ran and "embedder exploded" in v.error and v.verdicts == []

    class BrokenLookup:
        def find_article(self, *a, **k):
            raise KeyError("index gone")

    v = GroundingVerifier(lookup=BrokenLookup(), catalog=catalog)
    d = draft(("《反洗钱法》第三十四条规定保存十年", [1]), citations=[cite(1, AML34)])
    assert GroundingVerifier().verify("q", d, retrieval(AML34)).ran
    assert not v.verify("q", d, retrieval(AML34)).ran


def test_empty_and_odd_inputs(verifier):
    empty = run(verifier, Draft(text=""), Retrieval(query=""))
    assert empty.verdicts == [] and empty.conclusion is None
    d = draft(("", [1]), ("   ", []), citations=[cite(1, AML34)])
    v = run(verifier, d, Retrieval(query="q"))  # nothing retrieved, as_of None → today
    assert [cv.verdict for cv in v.verdicts] == ["not_supported", "not_supported"]


def test_registered_factory_takes_the_stage_context(catalog, tmp_path):
    from assistant.settings import Settings
    from assistant.verify import grounding  # noqa: F401  (registers)
    from assistant.stage_context import StageContext

    lookup = MemoryLookup(ALL)
    v = verifiers.create("grounding", StageContext(Settings(data_dir=tmp_path), view=lookup, catalog=catalog))
    assert isinstance(v, GroundingVerifier) and v.name == "grounding" and v.support_threshold == 0.80
    assert v.lookup is lookup and v.catalog is catalog and v.embed is None  # no embedder: no support scores


def V(name, *verdicts, ran=True):  # noqa: N802
    return Verification(verifier=name, ran=ran,
                        verdicts=[ClaimVerdict(claim=i, verdict=v, reason=f"{name} says {v}")
                                  for i, v in enumerate(verdicts) if v])


def test_combine_weakest_wins_and_failed_verifiers_count_for_nothing():
    g = V("grounding", "supported", "supported", "not_supported", None)
    llm = V("llm", "supported", "contradicted", "supported", None)
    out = combine([g, llm], 4)
    assert [v for v, _ in out] == ["supported", "contradicted", "not_supported", "not_supported"]
    assert out[0][1] == ["grounding: grounding says supported", "llm: llm says supported"]
    assert out[1][1] == ["llm: llm says contradicted"]
    assert out[3][1] == ["no verifier checked this claim"]
    failed = V("llm", "contradicted", "contradicted", "contradicted", "contradicted", ran=False)
    out = combine([g, failed], 4)
    assert [v for v, _ in out] == ["supported", "supported", "not_supported", "not_supported"]
    assert not all_ran([g, failed]) and all_ran([g, llm]) and not all_ran([])
    assert combine([], 2) == [("not_supported", ["no verifier checked this claim"])] * 2
