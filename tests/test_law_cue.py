"""A question asking what the law says ranks the statute before the bank's policies (routing._LAW_INTENT)."""


def test_asking_what_the_law_says_puts_policies_after_the_law(small_assistant):
    from dataclasses import replace

    from assistant import wiring

    question = "客户要求删除个人信息，法律上银行必须在多少天内处理？"

    def policy_ranks(weight):
        cfg = replace(small_assistant.retriever.config, law_cue_policy_weight=weight)
        hits = wiring.local_retriever(small_assistant.ctx, cfg).retrieve(question, 10).hits
        return [n for n, h in enumerate(hits) if h.clause.kind == "policy"]

    shipped, neutral = policy_ranks(0.6), policy_ranks(1.0)
    assert neutral and shipped  # the policies are still there …
    assert shipped[0] > neutral[0]  # … but the first of them comes later
