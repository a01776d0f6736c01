"""The coverage gate, round 45 (answerable side): the clause the embedder rates closest to an English question is the
retrieval's judgement across scripts as the first-ranked one is; the period of a frequency quoted to be confirmed asks
a frequency, not a period stated in figures; a period asked with no unit is answered by a period in any unit."""

from types import SimpleNamespace

from assistant.retrieval.asked_facts import FREQUENCY
from assistant.retrieval.gate.figures import _PERIOD_GROUPS, _asked_units, _quoted_frequency, _quoted_groups
from assistant.retrieval.gate.topic import first_ranked_across

# corpus/policies/policy-model-risk.md 第六条 (risk grades) and 第二十六条 (the revalidation cycle), shortened
GRADES = "第六条 模型按照对客户权益、财务和声誉的影响程度分为高、中、低三级。"
CYCLE = "第二十六条 高风险模型每年至少进行一次重新验证，中风险模型每两年至少进行一次重新验证。"
ENGLISH = "The controller shall review the model at regular intervals."  # made up for the test


def hit(text: str, similarity: float | None):
    return SimpleNamespace(clause=SimpleNamespace(text=text, chunk_id=text[:12]), similarity=similarity)


def test_the_clause_closest_to_an_english_question_is_judged_as_the_first_ranked_one():
    question = "How often do we have to revalidate a high-risk credit model?"
    grades, cycle = hit(GRADES, 0.892), hit(CYCLE, 0.896)
    assert first_ranked_across(question, (cycle,), [grades, cycle])  # ranked second, rated closest
    assert first_ranked_across(question, (grades,), [grades, cycle])  # ranked first
    lower = hit(CYCLE, 0.880)
    assert not first_ranked_across(question, (lower,), [grades, lower])  # neither first nor closest
    english = hit(ENGLISH, 0.95)
    assert not first_ranked_across(question, (english,), [grades, english])  # the question's own script
    assert not first_ranked_across(question, (cycle,), [grades, hit(CYCLE, None)])  # another hit is the closest
    unrated = hit(CYCLE, None)
    assert not first_ranked_across(question, (unrated,), [grades, unrated])


def test_a_frequency_quoted_as_a_choice_asks_a_frequency_not_a_period():
    question = "行里重要数据的风险评估是每年搞一次还是两年一次？"
    assert not _quoted_groups(question) & _PERIOD_GROUPS  # 两年 is the frequency's period, not a period asked
    assert _quoted_frequency(question, "", []) == [FREQUENCY]  # … and the frequency is checked
    assert not _quoted_groups("Is once every two years enough for the review, right?") & _PERIOD_GROUPS
    # a period quoted (no frequency) is still a figure to confirm
    assert _quoted_groups("日志保存三年还是五年？") & _PERIOD_GROUPS
    assert _quoted_groups("Is it still 5 years?") & _PERIOD_GROUPS


def test_a_period_asked_with_no_unit_is_answered_in_any_unit():
    assert _asked_units("客户申请删除个人信息，我们多长时间内必须答复？") == set(_PERIOD_GROUPS)
    assert _asked_units("How long do we have to reply to an access request?") == set(_PERIOD_GROUPS)
    assert _asked_units("要在几天内答复？") == {"duration", "workday"}  # a unit asked stays the unit
    assert _asked_units("要保存几年？") == {"months"}
    assert _asked_units("多久一次复核？") == set()  # a frequency, not a period
    assert _asked_units("这样合规吗？") == set()


def test_asking_who_approves_a_figure_is_asking_whose_rule_sets_it():
    from assistant.retrieval.gate.whose_rule import asks_whose_rule, refers_elsewhere

    assert asks_whose_rule("How long can we keep the chatbot logs, and who signs off on the retention period?")
    assert asks_whose_rule("客服录音保存期限谁来审批？")
    assert not asks_whose_rule("How long can we keep the chatbot logs?")
    # policy-model-risk 第十八条: the period left to a unit's decision and an officer's approval
    assert refers_elsewhere("对话记录的保存期限由业务部门在上线前确定并经个人信息保护负责人审批，不得无限期保存")
