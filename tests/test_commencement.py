"""A question about when a text takes effect reaches the clause stating its commencement (commencement.py)."""

from dataclasses import replace

import pytest

from assistant.retrieval.commencement import asks_commencement, states_commencement


@pytest.mark.parametrize("question, asks", [
    ("Is it true China's Cybersecurity Law took effect on 1 June 2017?", True),
    ("When did the CII protection regulation come into force?", True),
    ("Did the non-bank payment regs kick in on 1 May 2024?", True),
    ("Since when has the credit reporting regulation been in effect?", True),
    ("个人信息保护法什么时候施行的？", True),
    # the texts' own "shall apply from" (GDPR Art. 99, AI Act Art. 113) asked back
    ("When does the AI Act start to apply to high-risk systems?", True),
    ("Does the GDPR apply from 25 May 2018 for everyone?", True),
    ("征信业管理条例从什么时候开始适用？", True),
    # round 22: a which-word before the verb, and "been around since"
    ("From which exact date has the GDPR applied?", True),
    ("What day did the e-signature law become effective?", True),
    ("The credit reporting rules have been around since 2013, right?", True),
    ("What year of data applies to the audit?", False),
    ("Which date must the suspicious transaction report be filed by?", False),
    ("Does the GDPR apply to our Shanghai branch?", False),
    ("这个办法适用于银行吗？", False),
    ("Since when do we need separate consent for face data?", False),
    ("How long does a consent stay in effect?", False),  # in effect, not since when
    ("What does the PIPL say about separate consent?", False),
])
def test_asking_when_a_text_takes_effect(question, asks):
    assert asks_commencement(question) is asks


def test_the_commencement_clause_is_read_from_its_text():
    assert states_commencement("第四十七条 本条例自2013年3月15日起施行。")
    assert states_commencement("第五十三条 本法自公布之日起施行。")
    assert states_commencement("1. This Regulation shall enter into force on the twentieth day following …")
    assert not states_commencement("第十六条 征信机构对个人不良信息的保存期限，自不良行为或者事件终止之日起为5年")


def test_a_question_about_commencement_ranks_the_commencement_article_first(small_assistant):
    """Without the boost the 附则's date article weighs less (final_weight) and the regulation's substantive
    articles lead."""
    from assistant.retrieval.hybrid.retriever import HybridRetriever

    retriever = small_assistant.retriever
    question = "Since when has the credit reporting regulation been in effect? Need the exact date for the audit memo."

    def first(**config):
        r = HybridRetriever(retriever.view, retriever.store, retriever.embedder, retriever.catalog,
                            replace(retriever.config, **config))
        hit = r.retrieve(question, 10).hits[0]
        return hit.clause.doc_id, hit.clause.article

    assert first() == ("credit-reporting-regulation-2013", 47)
    assert first(commencement_boost=1.0) != ("credit-reporting-regulation-2013", 47)
