"""A question asking what the law says ranks the statute before the bank's policies (routing._LAW_INTENT)."""


def test_asking_what_the_law_says_puts_policies_after_the_law(small_assistant):
    from dataclasses import replace

    from assistant import wiring

    question = "客户要求删除个人信息，法律上银行必须在多少天内处理？"

    def policy_ranks(weight):
        # the customer asking lifts the rights articles too (individual_requests.py), and the sentence evidence votes
        # for the law's articles only (sentence_evidence.py): both off here, so that the policies stay among the first
        # ten on the small index and only the law cue's weight differs; so is the step back of texts governing what the
        # question does not name (catalog addressed_to: the generative-AI measures here), which lets more law articles
        # in ahead of the policies on the small index
        cfg = replace(small_assistant.retriever.config, law_cue_policy_weight=weight, individual_right_boost=1.0,
                      sentence_evidence_weight=0.0, other_addressee_weight=1.0)
        hits = wiring.local_retriever(small_assistant.ctx, cfg).retrieve(question, 10).hits
        return [n for n, h in enumerate(hits) if h.clause.kind == "policy"]

    shipped, neutral = policy_ranks(0.6), policy_ranks(1.0)
    assert neutral and shipped  # the policies are still there …
    assert shipped[0] > neutral[0]  # … but the first of them comes later
