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


# round 44: the article defining the very term a question asks the meaning of (definition_asks.defines_asked_term)
_CRR_DEFINES = "第五条 本条例所称征信机构，是指依法设立，主要经营征信业务的机构。"
_PIPL_DEFINES = "第七十三条 本法下列用语的含义：\n（四）匿名化，是指个人信息经过处理无法识别特定自然人且不能复原的过程。"


@pytest.mark.parametrize("question, text, defines", [
    ("一家只卖企业信用评分的科技公司，算不算征信条例里的征信机构？", _CRR_DEFINES, True),  # the term after the asking word
    ("做企业评分的公司会不会被认成征信机构", _CRR_DEFINES, True),
    ("征信机构到底是怎么界定的？", _CRR_DEFINES, True),  # the term ending the piece before it
    ("这家公司算不算金融机构？", _CRR_DEFINES, False),  # another term than the one defined
    ("脱敏后的数据算不算例外？", _PIPL_DEFINES, False),  # asks about an exception; 匿名化 is defined but not asked
    ("匿名化算不算个人信息处理？", _PIPL_DEFINES, True),
])
def test_the_article_defining_the_term_asked_about(question, text, defines):
    from assistant.retrieval.definition_asks import defines_asked_term

    assert defines_asked_term(question)(text) is defines


def test_a_question_asking_no_meaning_gets_no_test():
    from assistant.retrieval.definition_asks import defines_asked_term

    assert defines_asked_term("征信机构应当保存信用报告多久？") is None


def test_the_article_defining_the_asked_term_leads_its_law_in_the_word_order():
    # the definitions article, third of its law, carries few of the question's words; the penalty articles using the
    # term carry more: without the test the word order leaves it third, with it the article leads the law's slots
    from assistant.retrieval.law_neighbours import order_law_neighbours
    from assistant.retrieval.definition_asks import defines_asked_term
    from assistant.types import Clause, Hit

    texts = ["第四十一条 信息提供者向征信机构提供个人不良信息，未事先告知信息主体本人的，处罚款。",
             "第四十条 向征信机构提供信息的机构违反本条例规定，有下列行为之一的，处罚款：（一）提供不良信息的。",
             "第四十四条 本条例下列用语的含义：\n（三）不良信息，是指对信息主体信用状况构成负面影响的信息。",
             "第九条 征信机构的董事、监事、高级管理人员，应当熟悉与征信业务相关的法律法规。"]
    clauses = [Clause(chunk_id=f"crr:{i}", doc_id="crr", law="征信业管理条例", short_title="征信业管理条例",
                      article=int(n), label=t.split(" ")[0], text=t)
               for i, (n, t) in enumerate(zip([41, 40, 44, 9], texts))]

    class View:
        def __init__(self):
            self.clauses = clauses
            self.articles = {("crr", c.article, 0): [i] for i, c in enumerate(clauses)}
            self._derived = {}

        def derived(self, name, factory):
            return self._derived.setdefault(name, factory())

    question = "法院强制执行信息、行政处罚信息算不算不良信息？"
    hits = [Hit(clause=c, score=1.0 - i / 10) for i, c in enumerate(clauses)]
    plain = order_law_neighbours(View(), question, hits, 0.1, 10)
    led = order_law_neighbours(View(), question, hits, 0.1, 10, defines_asked=defines_asked_term(question))
    assert [h.clause.article for h in plain][0] != 44
    assert [h.clause.article for h in led][0] == 44
    assert sorted(h.clause.article for h in led) == sorted(h.clause.article for h in plain)
