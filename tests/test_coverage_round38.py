"""The coverage gate, issue 11 round 38: answerable questions refused for a figure or an artefact they do not ask, or
a standard they only compare with.

- 几 after a demonstrative or a word placing the time (那几天, 前几年, 最近几天) counts vaguely, as 过几天 does; "at a
  minimum" asks no figure (quoted_figures.without_indefinite_counts);
- a template named where the case sits, not in the clauses that ask, is no artefact asked; nor is a biometric template
  (gate/asked_artefacts.py);
- a standard or framework named only as a comparison ("unlike a CISA advisory", "SOX-style") is the yardstick, not what
  is asked; a bare "like" gives an example and stays (gate/compared_standards.py).
"""

import pytest

from assistant.retrieval.asked_facts import asked_facts, asked_groups
from assistant.retrieval.gate.asked_artefacts import artefact_asked
from assistant.retrieval.gate.assess import _regime
from assistant.retrieval.gate.compared_standards import compared_standard
from assistant.retrieval.named_laws import load_regimes, named_as_comparison
from assistant.retrieval.quoted_figures import without_indefinite_counts
from assistant.retrieval.routing import asked_number_groups

CERTIFICATIONS = "Professional certifications (CIPP/E, CIPM, CISSP, CISA, CISM, CISP, CDPSE, CAMS)"


def _asks_figure(text: str) -> bool:
    kept = without_indefinite_counts(text)
    return bool(asked_number_groups(kept) | asked_groups(kept))


@pytest.mark.parametrize("told", ["核心系统切换那几天柜台办不了业务，客户说我们违约，这个要担什么责任？",
                                  "前几年签的代销协议到期了，续签时要注意哪些条款？",
                                  "最近几天网银老是登不上，监管对系统可用性有什么要求？",
                                  "What does an incident response plan have to cover at a minimum?",
                                  "At the very minimum, what must a processing contract say?"])
def test_a_count_placed_in_time_or_an_adverbial_minimum_asks_no_figure(told):
    assert asked_number_groups(told) and not _asks_figure(told)


@pytest.mark.parametrize("question", ["开股东大会要提前几天通知股东？", "这笔大额交易几天内要报告？",
                                      "What is the minimum registered capital of a city commercial bank?"])
def test_a_count_or_a_minimum_asked_still_is(question):
    assert _asks_figure(question)


def _artefact(question: str) -> bool:
    return any(f.name == "artefact" and artefact_asked(question, f.asked) for f in asked_facts(question))


def test_a_template_the_case_sits_in_is_no_artefact_asked():
    assert asked_facts("存款协议模板要改版，法律上存款合同必须写明哪些事项？")  # the old reading: an artefact asked
    assert not _artefact("存款协议模板要改版，法律上存款合同必须写明哪些事项？")
    assert not _artefact("授信合同模板里写着“本行有权随时单方调整利率”，这种条款有效吗？")
    assert not _artefact("We store a fingerprint template for app login. Is it sensitive personal information?")


@pytest.mark.parametrize("question", ["监管有没有个人信息出境标准合同的模板？",
                                      "Is there an official template for the data processing agreement?",
                                      "Our outsourcing template gives the vendor 48 hours to report an incident. Correct?"])
def test_a_template_asked_for_or_in_a_statement_to_confirm_still_is(question):
    assert _artefact(question)


def test_a_standard_named_only_as_a_comparison_is_the_yardstick():
    certifications = _regime(CERTIFICATIONS)
    assert compared_standard("Unlike a CISA advisory, which only guides: what fine does a vendor face in China for "
                             "not fixing a reported flaw?", certifications)
    # a bare "like" gives an example of what is asked; a plain mention asks about it
    assert not compared_standard("Does our security lead need a certification like CISSP?", certifications)
    assert not compared_standard("Is a CISSP certification required for our security lead?", certifications)


def test_a_subject_or_another_jurisdictions_law_is_not_lifted_here():
    lending = next(r for r in load_regimes() if r.subject and r.pattern.search("mortgage"))
    uk = next(r for r in load_regimes() if r.foreign and r.pattern.search("FCA"))
    for question, regime in (("Unlike a mortgage, what must a consumer loan contract state?", lending),
                             ("Unlike the FCA, what does our regulator require?", uk)):
        assert named_as_comparison(question, regime.pattern)
        assert not compared_standard(question, regime)
