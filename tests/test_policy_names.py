"""English shortenings of the bank's policy names ("the model risk policy") route to that policy (policy_names.py)."""

from dataclasses import replace

from assistant.retrieval.policy_names import named_policies


def test_shortened_english_policy_names_are_recognised(small_assistant):
    catalog = small_assistant.catalog
    assert named_policies("Who approves it under the model risk policy?", catalog) == {"policy-model-risk"}
    assert named_policies("per our customer-information policy", catalog) == {"policy-customer-information"}
    assert named_policies("What does our internal records policy say?", catalog) == {"policy-record-retention"}
    assert named_policies("our cross-border data policy", catalog) == {"policy-outsourcing-crossborder"}
    # everyday abbreviations of the alias' words
    assert named_policies("owns interpretation of the customer info policy", catalog) == {"policy-customer-information"}
    assert named_policies("under the model risk mgmt policy", catalog) == {"policy-model-risk"}
    assert named_policies("our info policy", catalog) == set()  # "information" alone stays generic
    # generic words name no policy; another company's policy is not the bank's
    assert named_policies("our data policy", catalog) == set()
    assert named_policies("our risk management policy", catalog) == set()
    assert named_policies("our privacy policy", catalog) == set()
    assert named_policies("purged under YouTube's retention policy", catalog) == set()
    assert named_policies("in line with standard data retention policies", catalog) == set()


def test_a_shortened_policy_name_leads_retrieval_to_that_policy(small_assistant):
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    base = small_assistant.retriever
    question = "Under the model risk policy, who approves how long chatbot conversation records may be kept?"

    # without the name the question has no cue: since round 13 the Chinese side's lists hold the policies too
    # (cn_default_policies), which would bring the article up on their own; off here, the name alone is measured
    def ranked(on):
        retriever = HybridRetriever(base.view, base.store, base.embedder, base.catalog,
                                    replace(base.config, english_policy_names=on, cn_default_policies=on))
        return [(h.clause.doc_id, h.clause.article) for h in retriever.retrieve(question, 10).hits]

    with_names, without = ranked(True), ranked(False)
    assert ("policy-model-risk", 18) in with_names[:5]  # 对话记录的保存期限 … 经个人信息保护负责人审批
    assert all(doc == "policy-model-risk" for doc, _ in with_names[:5])
    assert ("policy-model-risk", 18) not in without[:5]
