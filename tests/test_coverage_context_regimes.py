"""The coverage gate, issue 11 round 32: a product or relationship no indexed text deals with (a mortgage, a
social-security card, an insurance policy, a consumer-finance company) named as the occasion of the case told, while
the question asks the indexed laws' matter, is not a regime the corpus lacks (gate/context_regimes.py)."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import _regime, _unindexed_named
from assistant.retrieval.gate.context_regimes import _told_apart, named_as_context
from assistant.retrieval.named_laws import load_regimes
from assistant.text.tokens import tokenize

# 征信业管理条例第十六条, 反洗钱法第三十五条, 数据安全法第二十七条 (in part)
CR_16 = "征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年；超过5年的，应当予以删除。"
AML_35 = ("金融机构应当按照规定执行大额交易报告制度，客户单笔交易或者在一定期限内的累计交易超过规定金额的，应当及时向"
          "反洗钱监测分析机构报告。")
CR_18 = "向征信机构查询个人信息的，应当取得信息主体本人的书面同意并约定用途。"
RARE = {"征信", "不良", "不良信息", "大额", "监测", "书面", "信用报告", "营销", "逾期"}

LENDING = "Retail and consumer lending products (mortgages, car loans, loan extensions, consumer finance companies, " \
          "large-denomination CDs)"
FIELDS = ("Deposit insurance, foreign-exchange, securities, futures, insurance, company and labour matters "
          "(not in the corpus)")


def retrieval_of(*texts: str):
    hits = [SimpleNamespace(similarity=0.88, sources=("dense",),
                            clause=SimpleNamespace(text=t, doc_id="d", chunk_id=f"d:{i}", article=i + 1))
            for i, t in enumerate(texts)]
    return SimpleNamespace(hits=hits, missing_refs=[])


def doc_freq(word: str) -> float:
    return 0.01 if word in RARE else (0.2 if word in {"客户", "机构", "报告", "交易"} else 0.0)


def context(question: str, name: str, *texts: str) -> bool:
    return named_as_context(question, _regime(name), retrieval_of(*texts), lambda h: tokenize(h.clause.text), doc_freq)


def test_the_context_entries_are_the_products_and_relationships_a_customer_or_company_holds():
    assert {r.name for r in load_regimes() if r.context} == {LENDING, FIELDS}


def test_a_product_dealt_in_before_the_question_is_the_occasion_of_the_case():
    assert context("客户之前办房贷的时候查过一次征信，里面有一笔逾期，这个不良记录要在征信上挂多久才删？", LENDING, CR_16)
    assert context("客户用社保卡的金融账户收了一笔大额转账，我们的大额交易报告要报给哪个机构？", FIELDS, AML_35)
    # in English, the product inside an adverbial of purpose; tied to the Chinese clause by the lexicon's 征信
    assert context("Can marketing reuse the credit report data we pulled for a mortgage to target card offers?",
                   LENDING, CR_18)


def test_the_product_asked_about_stays_a_regime_the_corpus_lacks():
    # named in the clause that asks (an A-not-A question asks too)
    assert not context("办房贷查征信要客户书面同意吗？", LENDING, CR_18)
    assert not context("房贷提前还款能不能收违约金，最多收几个月利息？", LENDING, CR_16)
    assert not context("What is the maximum loan-to-value for a mortgage on a second home?", LENDING, CR_16)
    # a bare "for" names what a rule is for; the case's act told by its actor names the occasion
    told_apart = [_told_apart(q, _regime(LENDING).pattern.search(q)) for q in (
        "What disclosures are required for mortgages?", "How long must we keep the loan files for a mortgage?",
        "Can marketing reuse the credit report data we pulled for a mortgage?",
        "Do we need his written consent to check his credit report when he applies for a car loan?")]
    assert told_apart == [False, False, True, True]
    # told as a condition, not as what a customer dealt in: the product's measure is the topic
    assert not context("保险公司偿付能力不良，监管会采取哪些措施？", FIELDS, CR_16)


def test_a_question_whose_other_words_reach_no_leading_clause_is_not_lifted():
    assert not context("客户办房贷的时候，最多能贷多少万？", LENDING, CR_16)
    # nor a statement (a finding told), which asks nothing
    assert not context("客户办房贷的时候查过征信，不良记录挂了五年。", LENDING, CR_16)


def test_an_entry_without_context_is_never_lifted():
    assert not named_as_context("客户用比特币买了理财，征信上的不良记录挂多久？",
                                next(r for r in load_regimes() if "Crypto" in r.name), retrieval_of(CR_16),
                                lambda h: tokenize(h.clause.text), doc_freq)


def test_the_gate_lets_the_case_through_signal_two():
    def refusal(question: str, *texts: str):
        return _unindexed_named(question, retrieval_of(*texts), load_catalog(), lambda h: tokenize(h.clause.text),
                                doc_freq, False)

    assert refusal("客户拿保单来做质押借款，我们去查他的征信，需要他本人书面同意吗？", CR_18) is None
    assert refusal("客户买了分红险才两年就想退保，现金价值一般能退回多少？", CR_16) is not None


# GDPR Article 17(1) (in part)
GDPR_17 = ("The data subject shall have the right to obtain from the controller the erasure of personal data concerning "
           "him or her without undue delay")


def en_doc_freq(word: str) -> float:
    return 0.01 if word in {"erasure", "erase", "delay", "her"} else doc_freq(word)


def test_an_english_product_told_in_a_sentence_of_its_own_before_the_sentence_that_asks_is_the_occasion():
    # round 55: the English counterpart of a Chinese clause that tells the case while another clause asks
    q = "She still has a live mortgage with us. Can she obtain erasure of her personal data without delay?"
    assert _told_apart(q, _regime(LENDING).pattern.search(q))
    assert named_as_context(q, _regime(LENDING), retrieval_of(GDPR_17), lambda h: tokenize(h.clause.text),
                            en_doc_freq)
    # so told, two rare words must tie it, no personal pronoun counting as one (the adverbial reading needs one)
    q = "She still has a live mortgage with us. Can she obtain erasure of her data?"
    assert not named_as_context(q, _regime(LENDING), retrieval_of(GDPR_17), lambda h: tokenize(h.clause.text),
                                en_doc_freq)
    told_apart = [_told_apart(q, _regime(LENDING).pattern.search(q)) for q in (
        "She has a mortgage with us. Her credit report shows a late payment; can she have it corrected?",
        # the sentence naming it asks, or nothing asks after it: the product is what is asked about
        "Can she get a mortgage with us? She has a late payment on her credit report.",
        "She has a mortgage with us and wants it erased.")]
    assert told_apart == [True, False, False]
    # named again in the sentence that asks: the product's own matter
    q = "She has a mortgage with us. What is the maximum loan-to-value on a second mortgage?"
    assert not named_as_context(q, _regime(LENDING), retrieval_of(GDPR_17), lambda h: tokenize(h.clause.text),
                                en_doc_freq)
