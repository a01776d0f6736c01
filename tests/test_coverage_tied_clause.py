"""Round 31: an English question asked of Chinese text, whose leading Chinese clause holds the laws' words for three of
its words or phrases (lexicon.toml, glossary.toml), is not refused for a casual word no indexed clause uses (the "cap"
on lending to one borrower); a clause tied by two words is no such evidence (a complaint's reply days), nor is an
English clause, nor a word most clauses hold. Real lexicon and glossary; the corpus statistics stubbed."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.gate.topic import _tied_to_a_leading_clause, glossary_bridges

# 商业银行法第三十九条 (in part) and 征信业管理条例第二十六条 (in part)
CBL_39 = "第三十九条 商业银行贷款，应当遵守下列资产负债比例管理的规定：（三）对同一借款人的贷款余额与商业银行资本余额的比例不得超过百分之十；"
CRR_26 = "受理投诉的机构应当及时进行核查和处理，自受理之日起30日内书面答复投诉人。"
DOC_FREQ = {"贷款": 0.023, "借款人": 0.006, "资本": 0.01, "投诉": 0.015, "答复": 0.004, "share": 0.01, "capital": 0.01,
            "lend": 0.001, "borrower": 0.001}
CAP = "What's the cap on how much we can lend to one borrower as a share of our capital?"


def doc_freq(word: str) -> float:
    return DOC_FREQ.get(word, 0.0)


def retrieval_of(*texts: str, similarity: float = 0.8):
    hits = [SimpleNamespace(similarity=similarity, sources=("dense-cn",),
                            clause=SimpleNamespace(text=t, doc_id="commercial-bank-law-2015", chunk_id=f"c{i}",
                                                   article=39, kind="law"))
            for i, t in enumerate(texts)]
    return SimpleNamespace(hits=hits, missing_refs=[], best_similarity=similarity)


def test_three_of_the_questions_words_in_one_leading_clause_tie_it():
    assert _tied_to_a_leading_clause(CAP, retrieval_of(CBL_39), doc_freq, glossary_bridges(CAP))


def test_two_words_or_an_english_clause_or_common_words_do_not():
    question = "How many days do we have to give a customer a reply to a formal complaint?"
    assert not _tied_to_a_leading_clause(question, retrieval_of(CRR_26), doc_freq, glossary_bridges(question))
    english = "The cap on loans to one borrower is a share of the bank's capital."
    assert not _tied_to_a_leading_clause(CAP, retrieval_of(english), doc_freq, {})
    common = {**DOC_FREQ, "贷款": 0.2}  # a word one clause in five holds tells no clause apart
    assert not _tied_to_a_leading_clause(CAP, retrieval_of(CBL_39), lambda w: common.get(w, 0.0), {})
    # the words spread over three clauses are not one clause's
    spread = retrieval_of("商业银行贷款", "同一借款人", "资本余额")
    assert not _tied_to_a_leading_clause(CAP, spread, doc_freq, {})


def test_a_casual_word_beside_a_tied_clause_is_no_unnamed_topic():
    floors = CoverageFloors()
    between = (floors.similarity_en_zh + floors.no_overlap_en_zh) / 2

    def gate(question, text):
        retrieval = retrieval_of(text, similarity=between)
        return assess(question, retrieval, load_catalog(), lambda h: [], floors, doc_freq=doc_freq)

    refused = gate("What's the cap on the reply to a Zendesk complaint?", CRR_26)  # a name (round 41: unnamed_names.py)
    assert not refused.covered and refused.kind == "unnamed"
    coverage = gate(CAP, CBL_39)
    assert coverage.kind != "unnamed"


def test_the_dictionary_ties_an_english_word_to_a_leading_chinese_clause():
    from assistant.retrieval.gate.topic import dictionary_words

    freq = {"本金": 0.002, "利息": 0.004}.get
    words = dictionary_words("principal", lambda w: freq(w, 0.0))
    assert "本金" in words
    # a word the corpus holds in most clauses, or not at all, is no tie
    assert dictionary_words("principal", lambda w: 0.3) == []
    assert dictionary_words("principal", lambda w: 0.0) == []


def test_a_word_the_leading_chinese_clause_names_in_the_dictionarys_words_is_named():
    floors = CoverageFloors()
    between = (floors.similarity_en_zh + floors.no_overlap_en_zh) / 2
    cbl_33 = "第三十三条 商业银行应当保证存款本金和利息的支付，不得拖延、拒绝支付存款本金和利息。"
    # the question's English words in a few clauses; principal and kombucha in none
    freq = {"本金": 0.002, "利息": 0.004, "存款": 0.02, "bank": 0.01, "hold": 0.01, "paying": 0.01, "depositor": 0.01,
            "days": 0.01}

    def doc_freq(word: str) -> float:
        return freq.get(word, 0.0)

    def gate(question):
        return assess(question, retrieval_of(cbl_33, similarity=between), load_catalog(), lambda h: [], floors,
                      doc_freq=doc_freq)

    assert gate("Can the bank hold off paying a depositor's principal for a few days?").kind != "unnamed"
    refused = gate("Can the bank hold off paying a depositor's principal and Kombucha for a few days?")  # a name (round 41)
    assert not refused.covered and refused.kind == "unnamed"
