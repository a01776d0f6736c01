"""Misconduct descriptions: which questions describe one, the penalty items they match, the rule bodies they breach,
and long descriptions searched sentence by sentence. Real law texts throughout (chunked by the real chunker)."""

import numpy as np
import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.retrieval.corpus_view import CorpusView
from assistant.retrieval.misconduct import PenaltyItems, linked_penalties, load_rule_bodies
from assistant.retrieval.routing import asks_consequences, describes_misconduct, route
from assistant.retrieval.sentences import sentence_chunks
from assistant.settings import SHARED_REGULATIONS


@pytest.fixture(scope="module")
def banking_view() -> CorpusView:
    """The Banking Supervision Law and the Commercial Bank Law as the retriever sees them (no embeddings needed)."""
    catalog = load_catalog()
    clauses = [c for name in ("banking-supervision-law-2006.md", "commercial-bank-law-2015.md")
               for c in chunk_file(SHARED_REGULATIONS / "zh" / name, catalog)]
    return CorpusView(clauses)


def _article(view: CorpusView, i: int) -> tuple[str, int]:
    return view.clauses[i].doc_id, view.clauses[i].article


@pytest.mark.parametrize("text", ["柜员未核实客户身份即办理开户", "支行违规向关系人发放信用贷款", "擅自变更注册资本",
                                  "违规发放贷款的，监管可以怎么处理",
                                  "The bank infringed Article 32 by leaving the server unpatched"])
def test_findings_describe_misconduct(text):
    assert describes_misconduct(text) and route(text, []).misconduct


@pytest.mark.parametrize("text", ["未成年人开户需要监护人同意吗", "未来三年要完成哪些整改", "能不能挪用备付金做担保？",
                                  "未经客户同意可以共享他的信息吗？", "Can we transfer data without a legal basis?"])
def test_permission_and_plain_questions_are_not_findings(text):
    assert not describes_misconduct(text)


def test_a_reported_fine_does_not_ask_for_the_sanction():
    assert asks_consequences("违反个保法会被罚多少？") and asks_consequences("What fines can the authority impose?")
    assert not asks_consequences("The company was fined €20,000 for sending marketing e-mails without consent.")
    assert not asks_consequences("The authority imposed a fine on the hospital after the breach.")


def test_a_finding_matches_the_penalty_item_that_names_it(banking_view):
    items = PenaltyItems(banking_view)
    mask = np.ones(len(banking_view.clauses), dtype=bool)
    assert all("法律责任" in banking_view.clauses[i].chapter for i in items.owner)
    # 银行业监督管理法第四十六条第（一）项 names the appointment; the long article itself is mostly penalty boilerplate
    assert _article(banking_view, items.votes("任命高级管理人员前未经任职资格审查", mask, 5)[0][0]) == \
        ("banking-supervision-law-2006", 46)
    # 商业银行法第七十四条第（四）项
    assert _article(banking_view, items.votes("出借经营许可证", mask, 5)[0][0]) == ("commercial-bank-law-2015", 74)


def test_an_item_knows_the_duty_it_sanctions_breaching(banking_view):
    items = PenaltyItems(banking_view)
    twins = {(_article(banking_view, o), _article(banking_view, t)) for o, t in zip(items.owner, items.twin) if t is not None}
    cbl, bsl = "commercial-bank-law-2015", "banking-supervision-law-2006"
    assert ((cbl, 74), (cbl, 40)) in twins  # 向关系人发放信用贷款 restated from 第四十条
    assert ((cbl, 74), (cbl, 47)) in twins  # 不正当手段吸收存款 restated from 第四十七条
    assert ((bsl, 43), (bsl, 42)) in twins  # "违反本法第四十二条规定" cites it
    assert all(t[0] == o[0] and "法律责任" not in banking_view.clauses[banking_view.articles[(*t, 0)][0]].chapter
               for o, t in twins)  # a duty of the same law, never another penalty
    mask = np.ones(len(banking_view.clauses), dtype=bool)
    penalties, duties = items.votes("违规向关系人发放信用贷款", mask, 5)
    assert _article(banking_view, penalties[0]) == (cbl, 74) and _article(banking_view, duties[0]) == (cbl, 40)


def test_a_breached_prudential_duty_ranks_the_prudential_penalty_and_its_definition(banking_view):
    assert any(b.name == "审慎经营规则" and b.source for b in load_rule_bodies())
    mask = np.ones(len(banking_view.clauses), dtype=bool)
    loan_review = banking_view.articles[("commercial-bank-law-2015", 35, 0)][0]  # 第四章: 贷款 … 严格审查
    linked = [_article(banking_view, i) for i in linked_penalties(banking_view, [loan_review], mask, 10)]
    assert linked == [("banking-supervision-law-2006", 46), ("banking-supervision-law-2006", 21)]
    # a duty outside the body (设立 in 第二章) and penalty articles link nothing
    founding = banking_view.articles[("commercial-bank-law-2015", 11, 0)][0]
    penalty = banking_view.articles[("commercial-bank-law-2015", 74, 0)][0]
    assert linked_penalties(banking_view, [founding, penalty], mask, 10) == []
    # only the first `depth` duties count; penalty articles in between are passed over
    assert linked_penalties(banking_view, [founding, penalty, loan_review], mask, 1) == []
    assert linked_penalties(banking_view, [penalty, founding, loan_review], mask, 2)


def test_sentence_chunks():
    text = ("The controller installed CCTV cameras in the staff canteen, see Art. 6 of the GDPR. Employees were not "
            "informed about the cameras at all. The footage was kept for 1.5 years. Too short.")
    chunks = sentence_chunks(text)
    assert len(chunks) == 3 and chunks[0].endswith("GDPR.") and chunks[-1].endswith("Too short.")
    assert sentence_chunks("未对借款人进行严格审查；超过实际需求发放流动资金贷款；贷后检查流于形式") == \
        ["未对借款人进行严格审查；", "超过实际需求发放流动资金贷款；", "贷后检查流于形式"]
    assert sentence_chunks("What must we tell customers when we collect their data?") == []
    assert len(sentence_chunks(" ".join(f"Sentence number {n} says something long enough." for n in range(20)))) == 8


class _CountingEmbedder:
    """The real embedder, with its query batches counted."""

    def __init__(self, inner):
        self.inner, self.batches = inner, []

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def embed_queries(self, texts):
        self.batches.append(list(texts))
        return self.inner.embed_queries(texts)


def test_a_long_description_embeds_its_sentences_in_one_batch_and_they_vote(small_assistant):
    import copy

    from dataclasses import replace

    retriever = copy.copy(small_assistant.retriever)
    retriever.config = replace(retriever.config, sentence_votes=True)  # an ablation, off by default
    retriever.embedder = _CountingEmbedder(retriever.embedder)
    text = ("A bank kept the scanned identity cards of former customers on a public file server for years. "
            "Anyone on the internet could download them because no access control was configured. "
            "The customers were never told.")
    hits = retriever.retrieve(text, 10).hits
    assert len(retriever.embedder.batches) == 1 and len(retriever.embedder.batches[0]) == 3
    # one list per kind, each clause at its best rank over the sentences (hybrid._merge_sentence_lists)
    assert any(name in ("dense-sentences", "bm25-sentences") for h in hits for name in h.sources)
    assert not any(name.endswith(("-s1", "-s2")) for h in hits for name in h.sources)
    assert any(h.clause.doc_id == "gdpr" and h.clause.article in (5, 32) for h in hits)


def test_sentence_lists_vote_at_their_best_rank():
    from assistant.retrieval.hybrid.lists import _merge_sentence_lists

    # clause 7 is third in both sentences, clause 9 first in one: one vote each, at the best rank
    lists = {"dense": [1, 2], "dense-s1": [9, 8, 7], "dense-s2": [8, 6, 7], "bm25-s1": [5]}
    _merge_sentence_lists(lists)
    assert lists == {"dense": [1, 2], "dense-sentences": [8, 9, 6, 7], "bm25-sentences": [5]}


def test_a_short_question_of_two_sentences_is_not_split(small_assistant):
    import copy

    from dataclasses import replace

    retriever = copy.copy(small_assistant.retriever)
    retriever.config = replace(retriever.config, sentence_votes=True)
    retriever.embedder = _CountingEmbedder(retriever.embedder)
    retriever.retrieve("We lost a laptop with customer files. Do we have to tell anyone about it?", 10)
    assert len(retriever.embedder.batches[0]) == 1


def test_a_finding_reaches_the_penalty_item_and_a_permission_question_the_duty(small_assistant):
    finding = small_assistant.search("支行违规向关系人发放信用贷款", k=5).hits
    assert any(h.clause.doc_id == "commercial-bank-law-2015" and h.clause.article == 74 and "penalty-item" in h.sources
               for h in finding[:3])
    question = small_assistant.search("商业银行可以向关系人发放信用贷款吗？", k=5).hits
    assert question[0].clause.article == 40 and all("法律责任" not in h.clause.chapter for h in question[:3])


def test_only_the_conduct_of_a_penalty_provision_is_indexed():
    from assistant.retrieval.misconduct import conduct_part

    assert conduct_part("商业银行不按照规定向国务院银行业监督管理机构报送有关文件、资料的，由国务院银行业监督管理机构责令改正") == \
        "商业银行不按照规定向国务院银行业监督管理机构报送有关文件、资料"
    assert conduct_part("第七十五条 商业银行有下列情形之一，由国务院银行业监督管理机构责令改正，并处二十万元以上五十万元以下罚款") == \
        "第七十五条 商业银行有下列情形之一"
    assert conduct_part("（四）出租、出借经营许可证的；") == "（四）出租、出借经营许可证的；"


def test_a_gdpr_case_narrative_reaches_the_duties_not_the_fine_provisions(small_assistant):
    # Article 83(4)–(5): a fine is imposed for infringing the listed duties; the narrative asks which were breached
    hits = small_assistant.search("The company was fined €20,000 after it sent marketing e-mails to people who had "
                                  "never given their consent.", k=5).hits
    assert not any("penalties" in h.clause.chapter.lower() for h in hits[:3])
    assert any(h.clause.doc_id == "gdpr" and h.clause.article in (6, 7, 21) for h in hits)


def test_asking_the_sanction_for_an_act_votes_the_penalty_items_too(small_assistant):
    """A Chinese question asking what an act costs (…会被怎么罚) names the conduct as a finding does, without the words
    of a finding (未, 违规): the penalty item naming it (商业银行法第七十四条第（四）项 出借经营许可证) votes for its article."""
    import copy
    from dataclasses import replace

    question = "分行把经营许可证借给一家合作公司挂牌用，被查到的话会怎么罚？"
    assert asks_consequences(question) and not describes_misconduct(question)
    hits = small_assistant.search(question, k=10).hits
    assert any(h.clause.doc_id == "commercial-bank-law-2015" and h.clause.article == 74 and "penalty-item" in h.sources
               for h in hits[:3])
    retriever = copy.copy(small_assistant.retriever)
    retriever.config = replace(retriever.config, penalty_items_when_asked=False)
    assert not any("penalty-item" in h.sources for h in retriever.retrieve(question, 10).hits)
    # an English question asking a fine is left as it was (the GDPR's fines cite the duty breached)
    english = small_assistant.search("What fine applies if a bank lends out its business licence?", k=10).hits
    assert not any("penalty-item" in h.sources for h in english)
