"""Search on a real index of a few real laws: exact clause lookup, versions, filters, ranking."""

from datetime import date

import pytest

from assistant.types import Filters


def top(assistant, question, **filters):
    return assistant.search(question, k=10, filters=Filters(**filters) if filters else None)


@pytest.mark.parametrize(
    "question, doc_id, label",
    [
        ("个人信息保护法第十三条", "pipl-2021", "第十三条"),
        ("个保法第13条", "pipl-2021", "第十三条"),
        ("PIPL Art. 13", "pipl-2021", "第十三条"),
        ("GDPR Article 6(1)(a)", "gdpr", "Article 6"),
        ("商业银行法第三十九条规定了什么", "commercial-bank-law-2015", "第三十九条"),
        ("民法商法商业银行法第二十七条的内容是什么？", "commercial-bank-law-2015", "第二十七条"),
        ("What does Article 17 GDPR say about erasure?", "gdpr", "Article 17"),
    ],
)
def test_named_clause_ranks_first(small_assistant, question, doc_id, label):
    hit = top(small_assistant, question).hits[0]
    assert (hit.clause.doc_id, hit.clause.label) == (doc_id, label)
    assert "exact" in hit.sources


def test_nonexistent_clause_is_reported_not_replaced(small_assistant):
    retrieval = top(small_assistant, "个人信息保护法第九十九条")
    assert retrieval.missing_refs and "不存在" in retrieval.missing_refs[0] and "七十四" in retrieval.missing_refs[0]
    assert all("exact" not in h.sources for h in retrieval.hits)


def test_as_of_picks_the_version_in_force(small_assistant):
    today = top(small_assistant, "反洗钱法 客户身份资料和交易记录 保存期限")
    assert {h.clause.doc_id for h in today.hits if "aml" in h.clause.doc_id} == {"aml-law-2024"}
    past = top(small_assistant, "反洗钱法 客户身份资料和交易记录 保存期限", as_of=date(2020, 1, 1))
    assert {h.clause.doc_id for h in past.hits if "aml" in h.clause.doc_id} == {"aml-law-2006"}
    assert past.hits[0].clause.doc_id == "aml-law-2006" and past.hits[0].clause.label == "第十九条"
    cyber_2025 = top(small_assistant, "网络安全法第一条", as_of=date(2026, 3, 1)).hits[0].clause
    cyber_2020 = top(small_assistant, "网络安全法第一条", as_of=date(2020, 3, 1)).hits[0].clause
    assert (cyber_2025.doc_id, cyber_2020.doc_id) == ("cybersecurity-law-2025-amended", "cybersecurity-law-2016")


def test_clause_in_force_only_in_another_version(small_assistant):
    # the 2024 AML law has 65 articles, the 2006 one 37: 第五十条 exists only in the current version
    retrieval = top(small_assistant, "反洗钱法第五十条", as_of=date(2020, 1, 1))
    assert retrieval.missing_refs and "其他版本" in retrieval.missing_refs[0]


def test_filters_restrict_results(small_assistant):
    policy_hits = top(small_assistant, "客户信息保护", kind="policy").hits
    assert policy_hits and all(h.clause.kind == "policy" for h in policy_hits)
    eu = top(small_assistant, "personal data breach notification", jurisdiction="EU").hits
    assert eu and all(h.clause.jurisdiction == "EU" for h in eu)
    pipl_only = top(small_assistant, "同意", laws=["个保法"]).hits
    assert pipl_only and {h.clause.doc_id for h in pipl_only} == {"pipl-2021"}


@pytest.mark.parametrize(
    "question, expected",
    [
        ("处理敏感个人信息需要取得个人的单独同意吗", ("pipl-2021", 29)),
        ("向境外提供个人信息需要满足什么条件", ("pipl-2021", 38)),
        ("金融机构应当保存客户身份资料和交易记录多长时间", ("aml-law-2024", 34)),
        ("征信机构查询个人信息需要取得本人书面同意吗", ("credit-reporting-regulation-2013", 18)),
        ("When must a controller notify a personal data breach to the supervisory authority?", ("gdpr", 33)),
        ("利用自动化决策作出对个人权益有重大影响的决定，个人有权要求说明", ("pipl-2021", 24)),
    ],
)
def test_ranking_on_real_questions(small_assistant, question, expected):
    ranked = [(h.clause.doc_id, h.clause.article) for h in top(small_assistant, question).hits[:5]]
    assert expected in ranked, ranked


def test_results_are_article_level(small_assistant):
    hits = top(small_assistant, "Lawfulness of processing consent contract legal obligation").hits
    keys = [(h.clause.doc_id, h.clause.label) for h in hits]
    assert len(keys) == len(set(keys))


def test_full_article_joins_pieces(small_assistant):
    hit = top(small_assistant, "GDPR Article 6").hits[0]
    article = small_assistant.article(hit.clause.chunk_id)
    assert article.text.startswith("Article 6") and "(f) processing is necessary for the purposes of the legitimate" in article.text
    assert article.text.count("Article 6 – Lawfulness of processing") == 1


def _position(retriever, doc_id, label):
    return next(i for i, c in enumerate(retriever.view.clauses) if c.doc_id == doc_id and c.label == label)


def test_a_clause_stating_the_figure_asked_for_gains(small_assistant):
    """反洗钱法 (2024) Art. 34 states 十年; Art. 28 states no period. Asked "how long", the first gains, the other not."""
    from assistant.retrieval.routing import route

    retriever = small_assistant.retriever
    period, other = _position(retriever, "aml-law-2024", "第三十四条"), _position(retriever, "aml-law-2024", "第二十八条")
    for question, gains in (("交易记录要保存多久？", True), ("交易记录要保存吗？", False)):
        fused = {period: 1.0, other: 1.0}
        retriever._reweigh(fused, route(question, []))
        assert (fused[period] > fused[other]) is gains


def test_a_penalty_article_the_question_points_at_keeps_more_of_its_weight(small_assistant):
    """个人信息保护法第六十六条 (法律责任) is discounted as a penalty article for a question that asks no consequence,
    unless the question's own dense list ranks it first: then by less (structure_escape_share)."""
    from assistant.retrieval.routing import route

    retriever = small_assistant.retriever
    penalty = _position(retriever, "pipl-2021", "第六十六条")
    config = retriever.config
    question = "合作方拿了我们客户的个人信息去用，个保法有说法吗？"
    plain, picked = {penalty: 1.0}, {penalty: 1.0}
    retriever._reweigh(plain, route(question, []), question=question)
    retriever._reweigh(picked, route(question, []), question=question, picked=frozenset({penalty}))
    assert plain[penalty] == pytest.approx(config.penalty_weight)
    assert picked[penalty] == pytest.approx(config.penalty_weight ** config.structure_escape_share)
    # … and of the discount of a text governing other institutions, the same way
    elsewhere = {penalty: 1.0}
    retriever._reweigh(elsewhere, route(question, []), {"pipl-2021"}, question=question, picked=frozenset({penalty}))
    share = config.structure_escape_share
    assert elsewhere[penalty] == pytest.approx((config.other_addressee_weight * config.penalty_weight) ** share)
    ranks = {penalty: {"dense": 1}, penalty + 1: {"dense": 2, "bm25": 1}}
    assert retriever._picked_out(ranks) == {penalty}


def test_the_clause_the_fused_lists_rank_first_escapes_in_part(small_assistant):
    """The clause the fused lists rank first before any prior (all the question's evidence together) takes the
    chapter discounts in part, like the one its dense list ranks first (structure_escape_fused); only that one."""
    from dataclasses import replace

    retriever = small_assistant.retriever
    penalty = _position(retriever, "pipl-2021", "第六十六条")
    fused = {penalty: 0.09, penalty - 1: 0.05, penalty + 1: 0.05}
    assert retriever._fused_first(fused) == {penalty}
    assert retriever._fused_first({}) == frozenset()
    original = retriever.config
    retriever.config = replace(original, structure_escape_fused=False)
    try:
        assert retriever._fused_first(fused) == frozenset()
    finally:
        retriever.config = original


def test_texts_governing_other_institutions_wait_unless_asked_about(small_assistant):
    """A text whose scope excludes banks (catalog `addressed_to`) steps back for a bank's question that does not
    use a word for the institutions it governs."""
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    base = small_assistant.retriever

    class Catalog:  # the real catalog, with the generative-AI measures marked as governing AI providers only
        def __getattr__(self, name):
            return getattr(base.catalog, name)

        def addressed_to(self, doc_id):
            return ("生成式",) if doc_id == "generative-ai-measures-2023" else ()

    retriever = HybridRetriever(base.view, base.store, base.embedder, Catalog(), base.config)
    gen_ai = _position(retriever, "generative-ai-measures-2023", "第七条")
    pipl = _position(retriever, "pipl-2021", "第十三条")
    for question, steps_back in (("训练数据要注意什么？", True), ("生成式服务的训练数据要注意什么？", False)):
        routed = retriever.route(question, [])
        fused = {gen_ai: 1.0, pipl: 1.0}
        retriever._reweigh(fused, routed, retriever._addressed_elsewhere(question, routed))
        assert (fused[gen_ai] < fused[pipl]) is steps_back


class BatchLog:
    """The real embedder, with the size of every query batch it was asked to embed."""

    def __init__(self, inner):
        self.inner, self.batches = inner, []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def embed_queries(self, texts):
        self.batches.append(len(texts))
        return self.inner.embed_queries(texts)


def test_retrieve_many_embeds_once_per_batch_and_ranks_as_retrieve_does(small_assistant):
    from dataclasses import replace

    from assistant.wiring import local_retriever, query_memo

    questions = ["客户身份资料保存多久？", "处理敏感个人信息需要单独同意吗？", "客户身份资料保存多久？",
                 "When must a controller notify a personal data breach?"]
    log = BatchLog(small_assistant.ctx.embedder)
    ctx = replace(small_assistant.ctx, embedder=log)
    filters = Filters(as_of=date(2025, 1, 1))
    one_by_one = [local_retriever(ctx).retrieve(q, 5, filters) for q in questions]
    assert log.batches == [1, 1, 1, 1]

    log.batches.clear()
    memo = query_memo(ctx)
    shared = local_retriever(ctx, queries=memo)
    batched = shared.retrieve_many(questions, 5, filters)
    assert log.batches == [3]  # the repeated question is embedded once
    key = lambda r: [(h.clause.chunk_id, h.sources) for h in r.hits]  # noqa: E731
    assert [key(r) for r in batched] == [key(r) for r in one_by_one]
    # another configuration asking the dense index the same texts, over the same memo, embeds nothing again (the
    # glossary switch would not do: the EU heading words join an English question's dense query)
    from assistant.retrieval import RetrievalConfig

    local_retriever(ctx, RetrievalConfig(obligations=True, heading_boost=1.0), memo).retrieve_many(questions, 5, filters)
    assert log.batches == [3]
    # a retriever without a memo batches within the call
    log.batches.clear()
    assert [key(r) for r in local_retriever(ctx).retrieve_many(questions, 5, filters)] == [key(r) for r in one_by_one]
    assert log.batches == [3]


def test_an_article_whose_heading_names_the_question_gains(small_assistant):
    """GDPR articles have headings: Art. 15 "Right of access by the data subject" is what a question about the
    right of access asks for, more than Art. 13 on information to be provided."""
    from assistant.lexis.english_stems import stems as _stems
    from assistant.retrieval.routing import route
    from assistant.text.tokens import tokenize

    retriever = small_assistant.retriever
    access, info = _position(retriever, "gdpr", "Article 15"), _position(retriever, "gdpr", "Article 13")
    assert _stems(["deployers", "access", "is"]) == {"deployer", "access", "is"}
    for question, gains in (("What does the data subject's right of access cover?", True),
                            ("What must we tell customers when we collect their data?", False)):
        fused = {access: 1.0, info: 1.0}
        retriever._reweigh(fused, route(question, []), set(), _stems(tokenize(question)))
        assert (fused[access] > fused[info]) is gains


def test_english_words_reach_chinese_text_through_the_lexicon(small_assistant):
    """No glossary phrase fits "a decision made only by the algorithm"; the lexicon's words (拒绝, 决策, 算法, 说明) let
    BM25 find 个人信息保护法第二十四条 for the English question, which it cannot without them."""
    from dataclasses import replace

    from assistant.lexis.lexicon import load_lexicon
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    assert load_lexicon().chinese_words("Automated decisions: can a customer refuse?") == ["自动化", "决策", "决定", "拒绝"]
    assert load_lexicon().chinese_words("the kids' parents") == ["未成年人", "父母", "监护人"]
    assert load_lexicon().chinese_words("a fine-tuned refinery") == []  # words start with a key, not contain it
    # whole-word keys and everyday words: a minority shareholder is no minor, "is it fine" is no fine
    assert load_lexicon().chinese_words("a minority stakeholder: is it fine to use personal information?") == ["个人信息"]
    assert load_lexicon().chinese_words("a minor's stake; fines") == ["未成年人", "股份", "罚款"]

    question = "Under PIPL, can a customer refuse a decision made only by the algorithm and ask us to explain it?"
    base = small_assistant.retriever

    def bm25_rank(word_bridge):
        retriever = HybridRetriever(base.view, base.store, base.embedder, base.catalog,
                                    replace(base.config, word_bridge=word_bridge))
        hits = retriever.retrieve(question, 10).hits
        return next((h.sources.get("bm25") for h in hits if (h.clause.doc_id, h.clause.article) == ("pipl-2021", 24)), None)

    with_words, without = bm25_rank(True), bm25_rank(False)
    assert with_words is not None and with_words <= 3
    assert without is None or without > with_words


def test_a_clause_one_list_picks_out_outranks_one_every_list_finds_mediocre(small_assistant):
    # RRF sums agreement: rank 1 in one list (0.0164) loses to rank 8 in four (0.059). The best-rank term gives the
    # clearly picked clause its due (config.RetrievalConfig.best_rank_weight) while agreement still counts.
    retriever = small_assistant.retriever
    picked = {"bm25": 1}
    mediocre = {"dense": 8, "dense-paragraph": 8, "bm25": 8, "bm25-bigram": 8}
    fused = {0: 0.0, 1: 0.0}
    retriever._best_rank_votes(fused, {0: picked, 1: mediocre, 2: {"penalty-item": 1}})
    k, w = retriever.config.best_rank_k, retriever.config.best_rank_weight
    assert fused[0] == pytest.approx(w / (k + 1)) and fused[1] == pytest.approx(w / (k + 8))
    assert 2 not in fused or fused[2] == 0.0  # only the question's own four lists count
