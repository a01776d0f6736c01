"""Which clause does what the question's form asks for, beyond the words both share (pure logic; round 36).

Some questions say by their form which kind of clause answers: when a text takes effect (commencement.py), who interprets
the text (definition_asks.py), whether the law reaches a case at all (definition_asks.asks_reach). The fusion lifts the
clause that states that kind of thing (hybrid/reweigh.py); the clause is often short (本法自…起施行, 不适用本法) and its
same-law neighbours carry more of the question's other words, so the reorder by word share (law_neighbours.py) moved
it back below them. As a clause stating the figure asked for keeps its place there, so does one
doing what the question's form asks: it and the other articles of its law do not trade places.

A question asking whether something counts as a term (算不算, definition_asks.asks_meaning) is left out: as often as not it
asks whether a rule applies to the case (算不算明令禁止的, 匿名化以后的数据算不算例外), and the law's definitions article
held its slot above the substantive one. pool:zh (round 36), the 41 questions of these forms with it: 8 up, 4 down, all
four downs and three of the ups 算不算 questions.
Tried and dropped: criminal liability asked (追刑责, 坐牢) and the article 「构成犯罪的，依法追究刑事责任」: it moved no pool
item (非银行支付机构监督管理条例第五十七条 stayed at rank 15 behind the fine articles, whose scores a later placement sets).
"""

from __future__ import annotations

from collections.abc import Callable

from .commencement import asks_commencement, states_commencement
from .definition_asks import asks_interpreter, asks_reach, states_interpreter, states_reach

# (the question asks …, the clause states it): the kinds of clause a question's form alone picks out
_FORMS: tuple[tuple[Callable[[str], bool], Callable[[str], bool]], ...] = (
    (asks_commencement, states_commencement),
    (asks_interpreter, states_interpreter),
    (asks_reach, states_reach),
)


def form_answerer(question: str) -> Callable[[str], bool] | None:
    """A test of whether an article's text states what the question's form asks for, or None when its form asks for
    no such kind of clause."""
    tests = tuple(states for asks, states in _FORMS if asks(question))
    if not tests:
        return None
    return lambda text: any(states(text) for states in tests)
