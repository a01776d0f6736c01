"""The coverage gate, round 44: a Chinese question's figure words (多久, 几天) in a clause telling the case (也没写多久回复)
ask for no figure; only the clauses that ask do (asked_items.asking_clauses), so such a question is not refused for a
figure no retrieved clause states."""

from gate_doubles import gate_on_pipl_clause

# 个人信息保护法第五十条 (in part)
PIPL_50 = "个人信息处理者应当建立便捷的个人行使权利的申请受理和处理机制。拒绝个人行使权利的请求的，应当说明理由。"
WORDS = ["个人信息", "处理者", "申请", "受理", "处理", "机制", "拒绝", "请求", "理由"]


def test_figure_words_in_a_clause_telling_the_case_ask_for_no_figure():
    coverage = gate_on_pipl_clause("客户申请删除个人信息，我们的受理机制也没写多久回复，这样算合规吗？", PIPL_50, 50, WORDS)
    assert coverage.covered


def test_figure_words_in_the_clause_that_asks_still_ask_for_the_figure():
    coverage = gate_on_pipl_clause("客户申请删除个人信息，我们的受理机制多久内必须回复？", PIPL_50, 50, WORDS)
    assert not coverage.covered and coverage.kind == "figure"
