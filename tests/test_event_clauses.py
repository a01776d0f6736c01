"""Incident questions: the laws' event conditions (发生…的, then a duty) as one more list (event_clauses.py)."""

import numpy as np
import pytest

from assistant.catalog import load_catalog
from assistant.documents import chunk_file
from assistant.retrieval.config import RetrievalConfig
from assistant.retrieval.corpus_view import CorpusView
from assistant.retrieval.event_clauses import EventConditions, event_condition, tells_event
from assistant.settings import SHARED_REGULATIONS


@pytest.fixture(scope="module")
def data_view() -> CorpusView:
    """The PIPL and the Data Security Law as the retriever sees them (no embeddings needed)."""
    catalog = load_catalog()
    clauses = [c for name in ("pipl-2021.md", "data-security-law-2021.md")
               for c in chunk_file(SHARED_REGULATIONS / "zh" / name, catalog)]
    return CorpusView(clauses)


def test_the_condition_is_read_up_to_its_duty():
    assert event_condition("发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施") == \
        ["发生或者可能发生个人信息泄露、篡改、丢失的"]
    assert event_condition("个人信息处理者应当采取措施，防止未经授权的访问") == []


@pytest.mark.parametrize("text", ["昨晚批量邮件把对账单发错人了，现在要干嘛？", "今早发现对外系统有个漏洞，已经修复，要不要上报？"])
def test_a_told_event_before_the_asking_clause(text):
    assert tells_event(text)


@pytest.mark.parametrize("text", ["网银账户被盗，银行要赔吗？", "客户刚把验证码告诉了陌生人，银行现在能做什么？",
                                  "核心系统出了故障，要向谁报告？"])
def test_the_passive_the_recent_past_and_something_gone_wrong_tell_an_event(text):
    # 被, 刚, 出了: a completed event without a clause-final 了 (the trigger before ret52ev2 read only 了/已经/发现)
    assert tells_event(text)


@pytest.mark.parametrize("text", ["发生数据泄露要通知谁？", "客户可以要求删除个人信息吗？"])
def test_a_plain_question_tells_no_event(text):
    assert not tells_event(text)


@pytest.mark.parametrize("text", ["为了防范风险，银行要做哪些检查？",  # 了 inside a word (为了)
                                  "如果客户信息泄露了，银行应当通知谁？",  # a conditional clause tells nothing yet
                                  "新系统下个月要上线了，需要做什么评估？",  # the imminent 要…了
                                  "审计中发现一份合同，应当保存几年？",  # a finding alone
                                  "我们做了风险评估，还要报送吗？"])  # 了 inside the clause, not ending it
def test_an_event_only_named_or_supposed_is_not_told(text):
    assert not tells_event(text)


def test_a_told_leak_ranks_the_article_whose_event_it_is(data_view):
    conditions = EventConditions(data_view)
    mask = np.ones(len(data_view.clauses), dtype=bool)
    first = data_view.clauses[conditions.ranked("客户信息泄露了 篡改", mask, 5)[0]]
    assert (first.doc_id, first.article) == ("pipl-2021", 57)
    first = data_view.clauses[conditions.ranked("数据安全事件 处置", mask, 5)[0]]
    assert (first.doc_id, first.article) == ("data-security-law-2021", 29)


def test_the_list_is_on():
    assert RetrievalConfig().event_clause_weight > 0
