"""The coverage gate, round 50 (incident questions): 几 in any clause of a sentence closed by a 吗-question counts
vaguely what the case tells ("they want a few customers' account data …, may we hand it over?"), as it does inside the
吗 clause itself (general Chinese grammar: an interrogative word in a yes-no question is indefinite). A 几 asked in a
sentence of its own, or in a sentence that asks no 吗-question, still asks how many."""

import pytest

from assistant.retrieval.asked_counts import asked_counts
from assistant.retrieval.quoted_figures import without_indefinite_counts


@pytest.mark.parametrize("told", [
    "对方来函要几个客户的账户信息，说用邮件发过去就行，我们能直接给吗？",
    "调查组说需要几名员工配合谈话，还要调监控，我们必须配合吗？",
])
def test_a_count_told_before_a_yes_no_question_in_the_same_sentence_asks_none(told):
    assert asked_counts(told)  # the old reading: 要几个 / 要几份 asked how many
    assert not asked_counts(without_indefinite_counts(told))


@pytest.mark.parametrize("asked", [
    "董事会一共要设几个专门委员会？",
    "董事会要设几个委员会？能不能少设吗",  # the count asked in a sentence of its own, before the 吗
])
def test_a_count_asked_in_its_own_sentence_still_is(asked):
    assert asked_counts(without_indefinite_counts(asked))


def test_a_count_asked_right_before_the_yes_no_clause_still_is():
    assert asked_counts(without_indefinite_counts("董事会要设几个委员会，能少设吗？"))
