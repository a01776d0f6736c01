"""A text whose scope is one technology (the AI Act extract: high-risk AI systems) steps back, as a text governing other
institutions does (catalog `addressed_to`), for a question naming none of what it governs (round 25)."""

from __future__ import annotations

from assistant.retrieval.hybrid.reweigh import uses_addressee_word

AI_ACT = "eu-ai-act-2024-chapter3-annex3"


def test_the_ai_acts_addressees_are_ai_systems_and_the_parties_and_procedures_it_sets_up(small_assistant):
    words = small_assistant.catalog.addressed_to(AI_ACT)
    for question in ("Does our AI credit decisioning need a human in the loop?", "AI理财助手上线前要做什么？",
                     "Can the notified body refuse our QMS approval?", "What must the instructions for use say?",
                     "We deploy a vendor's scoring system for loans", "我们的风控模型算不算高风险？"):
        assert uses_addressee_word(words, question), question
    # "ai" inside an English word is no name of an AI system
    for question in ("A cafe installed CCTV cameras that also filmed the street. Was that lawful?",
                     "The customer said we must maintain his email address. Must we?"):
        assert not uses_addressee_word(words, question), question


def test_latin_addressee_words_start_a_word_and_short_ones_are_whole_words():
    assert uses_addressee_word(("payment licen",), "They lost their payment licence.")
    assert not uses_addressee_word(("payment licen",), "prepayment licences")
    assert uses_addressee_word(("AI",), "an AI-based tool") and uses_addressee_word(("AI",), "AI客服")
    assert not uses_addressee_word(("AI",), "the aim is to maintain records")
    assert uses_addressee_word(("支付机构",), "合作的支付机构要注销了") and not uses_addressee_word((), "anything")


def test_a_technology_scoped_text_steps_back_unless_the_question_names_it(small_assistant):
    """The real retriever with the generative-AI measures marked as governing AI services (the AI Act is not in the
    small index): a question naming AI lets them in, one with "ai" only inside a word does not."""
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    base = small_assistant.retriever

    class Catalog:
        def __getattr__(self, name):
            return getattr(base.catalog, name)

        def addressed_to(self, doc_id):
            return ("AI", "生成式") if doc_id == "generative-ai-measures-2023" else ()

    retriever = HybridRetriever(base.view, base.store, base.embedder, Catalog(), base.config)
    for question, steps_back in (("客服系统的训练数据要注意什么？", True), ("AI客服的训练数据要注意什么？", False),
                                 ("What must we maintain about training data?", True),
                                 ("What about the training data of our AI assistant?", False)):
        routed = retriever.route(question, [])
        assert ("generative-ai-measures-2023" in retriever._addressed_elsewhere(question, routed)) is steps_back



def test_the_chinese_ai_texts_addressees_are_what_their_scope_articles_govern(small_assistant):
    """生成式人工智能服务管理暂行办法 (Art. 2: generative-AI services) and 算法推荐管理规定 (Art. 2: services applying
    algorithmic recommendation) reach a bank's question first when it names their technology or acts."""
    gen_ai = small_assistant.catalog.addressed_to("generative-ai-measures-2023")
    algorithms = small_assistant.catalog.addressed_to("algorithm-recommendation-provisions-2021")
    for question in ("大模型客服的训练数据要注意什么？", "Our genAI assistant drafts replies: what applies?"):
        assert uses_addressee_word(gen_ai, question), question
    for question in ("首页的个性化推送能关掉吗？", "Can users switch off personalised recommendations?",
                     "理财社区能不能刷点赞？"):
        assert uses_addressee_word(algorithms, question), question
    for question in ("手机银行要不要专门设个数据安全投诉入口？", "An examiner showed up alone without notice: must we let him in?"):
        assert not uses_addressee_word(gen_ai, question) and not uses_addressee_word(algorithms, question), question


def test_a_space_in_an_addressee_word_may_be_a_hyphen():
    assert uses_addressee_word(("credit report",), "a credit-reporting inspection")
    assert uses_addressee_word(("high risk",), "a high-risk system") and not uses_addressee_word(("high risk",), "highrisk")
