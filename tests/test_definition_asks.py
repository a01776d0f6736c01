"""A question asking what counts as a defined category reaches the clause defining it (definition_asks.py)."""

from dataclasses import replace

import pytest

from assistant.retrieval.definition_asks import asks_meaning, states_definition


@pytest.mark.parametrize("question, asks", [
    ("Does a vendor that just follows our instructions count as a PI handler under PIPL?", True),
    ('What exactly counts as "network data" under the regulation?', True),
    ("How does the e-signature law define an electronic signature?", True),
    ("这算不算敏感个人信息？", True),
    ("在电子签名法里我们算什么角色？", True),  # the spoken forms of asking for one's category (round 20)
    ("我们子公司会不会被认成征信机构？", True),
    ("这笔交易要不要报可疑？", False),
    ("What conditions make an e-signature count as reliable?", False),  # conditions, not a category
    ("How long do we keep KYC files?", False),
])
def test_asking_for_a_definition(question, asks):
    assert asks_meaning(question) is asks


def test_the_defining_clause_is_read_from_its_text():
    assert states_definition("第七十三条 本法下列用语的含义：  （一）个人信息处理者，是指……")
    assert states_definition("第二条 本条例所称征信业务，是指对企业、事业单位等组织的信用信息……")
    assert states_definition("(1) ‘personal data’ means any information relating to an identified or identifiable natural person")
    assert not states_definition("第二十八条 敏感个人信息是一旦泄露或者非法使用……")  # defines inside a duty, no 所称/含义


def test_a_question_whether_something_counts_as_a_defined_category_ranks_the_definitions_first(small_assistant):
    """PIPL's definitions (Article 73, in the 附则: 个人信息处理者，是指…) against the articles that use the term: the boost
    and the lifted 附则 discount rank the definitions first; without them they are not among the first ten."""
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    retriever = small_assistant.retriever
    question = 'Under PIPL, who counts as a "personal information handler"?'

    def rank(**config):
        r = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                            replace(retriever.config, **config))
        found = [(h.clause.doc_id, h.clause.article) for h in r.retrieve(question, 10).hits]
        return found.index(("pipl-2021", 73)) + 1 if ("pipl-2021", 73) in found else 99

    assert rank() == 1
    # the boost alone: since round 23 the clause the fused lists rank first keeps half its 附则 discount
    # (structure_escape_fused), which alone brings the definitions to rank 2 here
    assert rank(definition_boost=1.0, structure_escape_fused=False) > 10


@pytest.mark.parametrize("question, asks", [
    ("Who interprets the AML law if a provision is unclear?", True),
    ("Which agencies have the power to interpret the algorithm recommendation rules?", True),
    ("Compliance owns interpretation of the records policy, right?", True),
    ("这个办法由谁负责解释？", True),
    ("算法推荐规定的解释权归哪个部门？", True),
    ("How should we interpret the consent article for minors?", False),
    ("我们该怎么理解这一条？", False),
])
def test_asking_who_interprets_a_text(question, asks):
    from assistant.retrieval.definition_asks import asks_interpreter

    assert asks_interpreter(question) is asks


def test_the_interpreting_body_is_read_from_the_clause():
    from assistant.retrieval.definition_asks import states_interpreter

    assert states_interpreter("第三十一条 本办法由法律合规部负责解释和修订。")
    assert not states_interpreter("第十条 个人信息处理者应当向个人解释说明处理规则。")
