"""Round 47: wrong-premise questions offer a figure to be checked; the gate reads it as such (gate/figures.py)."""


def test_count_of_times_within_a_period_is_a_quoted_frequency():
    # 网络安全法第四十条 「每年至少进行一次检测评估」 answers how often; read as a bare period (三年) it asked a period
    from assistant.retrieval.gate.figures import _quoted_frequency, _quoted_groups

    for question in ("关基的检测评估三年做一次就行吧？", "客户一年只能免费查一次信用报告吧？",
                     "Customers get only one free credit report a year, right?"):
        assert [f.name for f in _quoted_frequency(question, "", [])] == ["frequency"], question
        assert not _quoted_groups(question) & {"months", "duration", "workday"}, question


def test_a_period_without_a_count_stays_a_period():
    from assistant.retrieval.gate.figures import _quoted_frequency, _quoted_groups

    question = "网络日志留三个月应该就够了吧？"
    assert _quoted_frequency(question, "", []) == []
    assert "months" in _quoted_groups(question)


def test_another_value_of_the_quoted_kind_is_no_premise():
    # 「从半年砍到三个月」 beside 「留三个月应该就够了吧」: 半年 is weighed for the same figure, so 「不少于六个月」 answers
    from assistant.retrieval.gate.figures import _premise_values, _states_figure

    question = "网络日志留三个月应该就够了吧？运维想把保留期从半年砍到三个月。"
    assert _premise_values(question) == frozenset()
    assert _states_figure("留存相关的网络日志不少于六个月", {"months"}, _premise_values(question))


def test_a_given_figure_of_another_kind_stays_a_premise():
    from assistant.retrieval.gate.figures import _premise_values

    assert ("percent", 10.0) in _premise_values("同一借款人是10%，那集团客户的上限是多少？")
