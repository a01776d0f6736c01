"""An English claim citing a Chinese article that does not say it (lexis/concepts.py, grounding._check_concepts): its
concepts, bridged word by word to Chinese (CC-CEDICT read backwards, the lexicon, the glossary), are held much better
by another article of the same law. Real law texts from the shared corpus, indexed in a real CorpusView; the claims
are written for these tests."""

import re

import pytest

from assistant.lexis.concepts import Concept, article_shares, better_article, blank_references, claim_concepts
from assistant.retrieval.corpus_view import CorpusView
from assistant.settings import SHARED_REGULATIONS
from assistant.types import Clause
from assistant.verify.grounding import GroundingVerifier
from tests.test_grounding import MemoryLookup, cite, draft, retrieval

LAW = SHARED_REGULATIONS / "zh" / "electronic-signature-law-2019.md"
_ARTICLE = re.compile(r"^(第[一二三四五六七八九十百零]+条) ", re.M)
_NUMERALS = "零一二三四五六七八九"


def _number(label: str) -> int:
    digits = label[1:-1]
    tens, _, units = digits.partition("十")
    if "十" not in digits:
        return _NUMERALS.index(digits)
    return (_NUMERALS.index(tens) if tens else 1) * 10 + (_NUMERALS.index(units) if units else 0)


def _law() -> list[Clause]:
    text = LAW.read_text(encoding="utf-8")
    starts = [(m.start(), m.group(1)) for m in _ARTICLE.finditer(text)]
    clauses = []
    for (start, label), (end, _) in zip(starts, starts[1:] + [(len(text), "")]):
        body = text[start:end].split("\n#", 1)[0].strip()
        n = _number(label)
        clauses.append(Clause(chunk_id=f"esl:{n}:0", doc_id="electronic-signature-law-2019", law="电子签名法",
                              short_title="电子签名法", jurisdiction="CN", article=n, label=label, text=body,
                              version_date="2019-04-23", effective_date="2019-04-23", effective_until="",
                              status="in_force"))
    return clauses


pytestmark = pytest.mark.skipif(not LAW.is_file(), reason="shared regulations corpus not present")

# 第二十三条 (a certification service provider stopping its business: ninety days' notice), not 第二十二条 (its duty to
# keep its certificates reliable), and 第十六条 (third-party certification), not 第十五条 (the signatory's loss of control)
STOPPING = "A certification service provider that plans to stop its business must tell the parties concerned ninety days in advance."
THIRD_PARTY = ("Where an electronic signature needs third-party certification, a lawfully established certification "
               "service provider provides it.")


@pytest.fixture(scope="module")
def view():
    return CorpusView(_law())


def _verdict(view, claim, article):
    cited = view.find_article(["electronic-signature-law-2019"], article)
    verification = GroundingVerifier(lookup=view).verify("q", draft((claim, [1]), citations=[cite(1, cited)]),
                                                         retrieval(cited))
    assert verification.ran, verification.error
    return verification.verdicts[0]


@pytest.mark.parametrize("claim,cited,right", [(STOPPING, 22, 23)])
def test_a_claim_cited_to_an_article_that_does_not_say_it_is_not_supported(view, claim, cited, right):
    verdict = _verdict(view, claim, cited)
    assert verdict.verdict == "not_supported" and "wrong article" in verdict.reason
    assert _label_of(right) in verdict.reason


def test_a_plain_present_act_of_another_party_than_the_cited_articles_is_contradicted(view):
    # "a … certification service provider provides it" is the provider's act, as "must provide it" is (round 34: the
    # party named with modifiers is the doer of a plain present act); 第十五条's sentences bind the signatory, so the
    # claim cited to it names another party before any wrong article is guessed
    verdict = _verdict(view, THIRD_PARTY, 15)
    assert verdict.verdict == "contradicted" and "signatory" in verdict.reason


@pytest.mark.parametrize("claim,article", [(STOPPING, 23), (THIRD_PARTY, 16)])
def test_the_same_claim_cited_to_the_article_that_says_it_is_not_flagged(view, claim, article):
    assert "wrong article" not in _verdict(view, claim, article).reason


def _label_of(article: int) -> str:
    return next(c.label for c in _law() if c.article == article)


@pytest.mark.parametrize("claim,article", [
    # paraphrases in words of their own, each of the article it cites
    ("A reliable e-signature has the same legal force as a handwritten signature or a seal.", 14),
    ("If the law or the parties require an acknowledgement that a data message arrived, it counts as received once "
     "the sender gets the addressee's confirmation.", 10),
    ("Anyone applying for an e-signature certificate must give the certification service provider true, complete and "
     "accurate information.", 20),
])
def test_true_paraphrases_pass(view, claim, article):
    assert _verdict(view, claim, article).verdict == "supported"


def test_without_a_lookup_that_lists_the_law_nothing_is_guessed(view):
    cited = view.find_article(["electronic-signature-law-2019"], 15)
    verification = GroundingVerifier(lookup=MemoryLookup([cited])).verify(
        "q", draft((THIRD_PARTY, [1]), citations=[cite(1, cited)]), retrieval(cited))
    # (no wrong article is guessed; the cited sentence's party, the signatory, still is not the claim's, round 34)
    assert "wrong article" not in verification.verdicts[0].reason
    assert verification.verdicts[0].verdict == "contradicted"


def test_concepts_are_the_content_words_with_chinese_words_of_more_than_one_character():
    dictionary = {("keep",): ("保存", "留"), ("record",): ("记录",), ("must",): ("应当",)}
    concepts = claim_concepts("The bank must keep the records' copies.", dictionary)
    assert concepts == [Concept("keep", frozenset({"保存"})), Concept("records", frozenset({"记录"}))]
    # a word said twice is one concept; a phrase's Chinese words go to each of its words
    concepts = claim_concepts("keep keep data", dictionary, phrases=[(10, 14, ["数据"])])
    assert [c.word for c in concepts] == ["keep", "data"]


def test_law_names_and_article_numbers_are_blanked():
    text = blank_references("Article 12 of the law says Art. 5(1) applies.")
    assert "12" not in text and "5(1)" not in text and len(text) == len("Article 12 of the law says Art. 5(1) applies.")


def test_shares_weigh_concepts_by_how_few_articles_hold_them():
    articles = {1: "数据电文 保存", 2: "数据电文 发件人 收件人 保存", 3: "数据电文"}
    tokens = {n: frozenset(t.split()) for n, t in articles.items()}
    concepts = [Concept("message", frozenset({"数据电文"})), Concept("sender", frozenset({"发件人"})),
                Concept("recipient", frozenset({"收件人"})), Concept("keep", frozenset({"保存"}))]
    shares = article_shares(concepts, articles, tokens)
    assert shares[2] == pytest.approx(1.0) and shares[3] < shares[1] < 0.45
    found = better_article(concepts, [1], articles, tokens)
    assert found is not None and found.article == 2
    assert better_article(concepts, [2], articles, tokens) is None
    # too few concepts the law holds: nothing is judged
    assert article_shares(concepts[:2], articles, tokens) == {}


def test_a_two_character_word_counts_only_as_a_whole_token():
    # 合法 is not in 符合法律 (符合 / 法律)
    articles = {1: "符合法律", 2: "合法 权益 保护", 3: "其他"}
    tokens = {1: frozenset({"符合", "法律"}), 2: frozenset({"合法", "权益", "保护"}), 3: frozenset({"其他"})}
    concepts = [Concept("lawful", frozenset({"合法"})), Concept("rights", frozenset({"权益"})),
                Concept("protect", frozenset({"保护"}))]
    assert article_shares(concepts, articles, tokens)[1] == 0.0
