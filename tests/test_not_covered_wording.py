"""Why a question is not answered, told in the reader's language: regimes by their Chinese names for a Chinese
question, law titles in 《》, the gate's reasons without English or similarity figures in a Chinese answer."""

import re

import pytest

from assistant.messages import coverage_notice, not_indexed_notice
from assistant.retrieval.named_laws import load_regimes, regime_labels

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_regime_has_a_chinese_name():
    missing = [r.name for r in load_regimes() if not CJK.search(r.name_zh)]
    assert missing == []


def test_regimes_and_laws_are_labelled_for_the_reader():
    basel = next(r for r in load_regimes() if r.name.startswith("Basel"))
    assert regime_labels([basel.name, "公司法"], "zh") == [basel.name_zh, "《公司法》"]
    assert regime_labels([basel.name, "Companies Act"], "en") == [basel.name, "Companies Act"]
    notice = not_indexed_notice(regime_labels([basel.name], "zh"), "zh")
    assert "巴塞尔" in notice and "Basel" not in notice and "《" not in notice


@pytest.mark.parametrize("kind", ["nothing", "vocabulary", "weak", "no_overlap", "figure", "frequency", "date",
                                  "count", "fee", "size", "incumbent"])
def test_the_gates_reasons_have_both_languages(kind):
    chinese = coverage_notice(kind, "weak evidence (similarity 0.77)", "zh")
    english = coverage_notice(kind, "weak evidence (similarity 0.77)", "en")
    assert CJK.search(chinese) and not re.search(r"[A-Za-z]{3,}|0\.\d", chinese)
    assert not CJK.search(english) and "0.77" not in english


def test_a_reason_without_a_kind_is_shown_as_it_is():
    assert coverage_notice("missing_clause", "《个人信息保护法》第九十九条不存在", "zh") == "《个人信息保护法》第九十九条不存在"


def test_a_chinese_answer_refusing_a_regime_names_it_in_chinese(small_assistant):
    answer = small_assistant.ask("巴塞尔协议III对流动性覆盖率的最低要求是多少？")
    assert answer.status == "not_covered"
    assert any("巴塞尔" in n and "Basel" not in n for n in answer.notices), answer.notices
