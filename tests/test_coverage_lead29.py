"""The coverage gate, round 29 (the lead's probe): answerable questions it refused — a risk-graded thing
named with its qualifiers, a retention period counted from an expiry, a fee asked beside the topic, English words the
lexicon names in Chinese with an English clause among the leading hits — and the near misses that stay refused beside
them."""

from assistant.lexis.lexicon import load_lexicon
from assistant.retrieval.asked_counts import asked_period_kinds, names_period_kind
from assistant.retrieval.gate.figures import _asks_the_figure
from assistant.retrieval.sibling_kinds import kinds_named, names_other_kinds

# 模型与大模型风险管理办法第二十六条
REVALIDATION = "高风险模型每年至少进行一次重新验证，中风险模型每两年至少进行一次重新验证"


def test_a_graded_thing_named_with_its_qualifiers_is_the_kind_the_clause_names_bare():
    asked = kinds_named("行里的高风险评分卡模型多久要重新验证一次？中风险的呢", asked=True)
    assert not names_other_kinds(asked, REVALIDATION)
    # another thing graded stays another kind, however it is qualified
    assert names_other_kinds(kinds_named("高风险客户多久复核一次？", asked=True), REVALIDATION)
    assert names_other_kinds(kinds_named("高风险对公客户要多久审一次？", asked=True), REVALIDATION)
    # a clause is still read by the two characters after the grade
    assert kinds_named(REVALIDATION)["graded"] == {"模型"}


def test_an_expiry_that_starts_a_period_asks_that_period_not_a_validity():
    assert not asked_period_kinds("How long must they keep the records after a certificate expires?")
    assert not asked_period_kinds("Once the contract expires, how long do we keep the file?")
    kinds = asked_period_kinds("When does the certificate expire?")
    assert kinds and asked_period_kinds("How long is a certification valid?")
    # 电子签名法第二十四条 states a period counted from the certificate's expiry, not the certificate's validity
    assert not names_period_kind("信息保存期限至少为电子签名认证证书失效后五年", kinds)


def test_a_fee_asked_is_the_kind_of_fact_asked_not_the_topic():
    for word in ("收费", "费用", "fee", "fees"):
        assert _asks_the_figure(word), word
    assert not _asks_the_figure("手续费") and not _asks_the_figure("转移")


def test_the_un_is_named_in_the_aml_laws_words():
    words = load_lexicon().chinese_words("Do we screen against the UN Security Council sanctions lists?")
    assert "联合国" in words and "安理会" in words
    assert "联合国" not in load_lexicon().chinese_words("Is an unsigned form valid?")


def test_a_lexicon_word_is_named_in_chinese_when_an_english_clause_leads_beside_chinese_ones():
    from types import SimpleNamespace

    from assistant.catalog import load_catalog
    from assistant.retrieval.gate.assess import CoverageFloors, assess

    freq = {"commercial": 0.01, "bank": 0.01, "keep": 0.02, "report": 0.02, "接管": 0.002, "商业银行": 0.05}
    floors = CoverageFloors()
    between = (floors.similarity_en + floors.no_overlap_en) / 2  # above the weak floor, below the no-overlap floor
    chinese = SimpleNamespace(text="商业银行已经或者可能发生信用危机，严重影响存款人的利益时，国务院银行业监督管理机构可以对该银行实行"
                                   "接管。", doc_id="cbl", chunk_id="cbl:a64:0", article=64)  # 商业银行法第六十四条
    english = SimpleNamespace(text="A commercial bank shall keep its accounts in accordance with the law.",
                              doc_id="gdpr", chunk_id="gdpr:a1:0", article=1)
    hits = [SimpleNamespace(similarity=between, sources=("dense",), clause=c) for c in (english, chinese)]
    tokens = {"cbl:a64:0": ["商业银行", "信用", "危机", "接管"], "gdpr:a1:0": ["commercial", "bank", "keep", "accounts"]}

    def gate(question: str):
        return assess(question, SimpleNamespace(hits=hits, missing_refs=[]), load_catalog(),
                      lambda h: tokens[h.clause.chunk_id], floors, doc_freq=lambda w: freq.get(w, 0.0))

    assert gate("Does a commercial bank have to report a takeover?").covered  # takeover → 接管
    refused = gate("Does a commercial bank have to report a KPI?")  # a word neither the texts nor the lexicon know
    assert not refused.covered and refused.kind == "unnamed"
