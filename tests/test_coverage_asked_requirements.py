"""The coverage gate, issue 11 round 34: a Chinese question asking the requirements, materials, procedure or computation
of a thing no indexed clause names is refused under a floor of its own (gate/asked_requirements.py), unless a leading
clause lists requirements itself; a question asking whether something is allowed, or pointing back at its case, is
not so read."""

from types import SimpleNamespace

import pytest

from assistant.catalog import load_catalog
from assistant.retrieval.embeddings import E5Embedder
from assistant.retrieval.gate.asked_requirements import REQUIREMENTS_FLOOR, asks_requirements, lists_requirements
from assistant.retrieval.gate.assess import assess

# 商业银行法第三条 (in part): the business lines, 承销 named as one of them, no requirement of it
BUSINESS_LINES = "商业银行可以经营下列部分或者全部业务：（七）代理发行、代理兑付、承销政府债券；（八）买卖政府债券、金融债券；"
# 商业银行法第十二条's lead-in: the law lists the conditions of setting up a bank
CONDITIONS = "设立商业银行，应当具备下列条件：（一）有符合本法和《中华人民共和国公司法》规定的章程；"
ASKED = "我们承销地方政府专项债，主承销商的资质要求是什么"


def gate(question: str, texts: list[str], similarity: float):
    hits = [SimpleNamespace(similarity=similarity - 0.01 * i, sources=("dense-cn",),
                            clause=SimpleNamespace(text=t, doc_id="commercial-bank-law-2015", kind="law",
                                                   chunk_id=f"commercial-bank-law-2015:a{i}:0", article=i))
            for i, t in enumerate(texts, start=1)]
    retrieval = SimpleNamespace(hits=hits, missing_refs=[], best_similarity=similarity)
    # the words no clause uses: the bond and its underwriter; every other word is the texts'
    doc_freq = lambda w: 0.0 if ("专项" in w or "承销商" in w) else 0.01  # noqa: E731
    return assess(question, retrieval, load_catalog(), lambda h: [], E5Embedder.coverage_floors, doc_freq=doc_freq)


def refused_for_requirements(coverage) -> bool:
    return not coverage.covered and coverage.reason.startswith("asks the requirements")


def test_the_requirements_of_a_thing_no_clause_names_are_refused_under_the_floor():
    assert refused_for_requirements(gate(ASKED, [BUSINESS_LINES], REQUIREMENTS_FLOOR - 0.01))
    assert not refused_for_requirements(gate(ASKED, [BUSINESS_LINES], REQUIREMENTS_FLOOR + 0.01))


def test_a_leading_clause_listing_requirements_keeps_the_question():
    assert not refused_for_requirements(gate(ASKED, [BUSINESS_LINES, CONDITIONS], REQUIREMENTS_FLOOR - 0.01))


def test_whether_it_is_allowed_is_not_a_requirement_asked():
    allowed = "我们承销地方政府专项债，银行可以做吗"
    assert not refused_for_requirements(gate(allowed, [BUSINESS_LINES], REQUIREMENTS_FLOOR - 0.01))


@pytest.mark.parametrize("question", [
    "主承销商的资质要求是什么", "继承人来取存款要带哪些材料？", "归集额度上限怎么算？", "办理流程有什么要求？",
    "需要具备哪些条件？", "要填哪张表？", "要走什么流程",
])
def test_requirements_asked(question):
    assert asks_requirements(question)


@pytest.mark.parametrize("question", [
    "行里对这个有啥要求？",  # pointing back at the case told
    "这样要满足什么条件？", "这种情况要走什么流程", "银行能不能这么做？", "这个必须删吗？",
])
def test_no_requirements_asked_of_an_object_of_its_own(question):
    assert not asks_requirements(question)


def test_clauses_listing_requirements():
    assert lists_requirements(CONDITIONS)
    assert lists_requirements("申请人应当向国务院银行业监督管理机构提交下列文件、资料")
    assert not lists_requirements(BUSINESS_LINES)


def test_a_qualification_told_in_the_case_is_not_asked():
    assert not asks_requirements("我们有支付业务资质，能不能代收水电费？")
    assert asks_requirements("需要什么资质条件？")
