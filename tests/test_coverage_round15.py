"""The coverage gate, issue 11 round 15 (refuse15): keeping (保存, retain) is the kind of period asked, not its topic.
Each near miss is refused and its answerable twin answered, on the small real index (laws + the sample policies)."""

import pytest

from assistant.retrieval.coverage import _asks_the_figure

pytest_plugins = ["index_fixtures"]


def covered(assistant, question: str) -> bool:
    return assistant.coverage(question, assistant.search(question)).covered


def test_keeping_words_belong_to_the_asking():
    assert all(_asks_the_figure(w) for w in ["保存", "保留", "留存", "keep", "retention"])
    assert not any(_asks_the_figure(w) for w in ["录像", "授权书", "logs"])


@pytest.mark.parametrize("question, expected", [
    # 档案与记录保存管理办法第十七条 keeps sales recordings (「销售过程中的录音录像资料…保存五年」): no text keeps CCTV footage
    ("网点监控录像要保存几年？", False),
    ("客服电话录音要保存几年？", False),
    ("理财产品销售过程中的录音录像要保存几年？", True),
    # 第十六条 「征信查询授权书及其查询记录，自查询之日起保存五年」
    ("客户签的征信查询授权书要存多久？", True),
])
def test_a_retention_period_counts_only_in_a_sentence_about_what_is_kept(small_assistant, question, expected):
    assert covered(small_assistant, question) is expected
