"""A credit price named with a penalty word (罚息, penalty interest, default interest) is a term of the loan contract,
not a sanction: the tests of a sanction asked read the question without it (routing.without_credit_prices)."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.routing import asks_consequences, route, without_credit_prices


def test_a_credit_price_named_with_a_penalty_word_asks_no_sanction():
    assert not asks_consequences("What is the maximum penalty interest a bank may charge on an overdue card balance?")
    assert not asks_consequences("Is there a cap on the penalty fees charged for a late repayment?")
    assert not asks_consequences("What default interest applies to overdue corporate loans?")
    assert not asks_consequences("How much early withdrawal penalty can a bank take on a fixed-term deposit?")
    assert not asks_consequences("Is a prepayment penalty allowed on a consumer loan?")
    assert not asks_consequences("逾期贷款的罚息最高能收多少？")
    assert not route("What penalty rate applies after a missed card payment?", []).wants_penalties


def test_a_sanction_is_still_asked_beside_or_without_a_credit_price():
    assert asks_consequences("What penalty does a bank face for overcharging interest?")
    assert asks_consequences("违规收取罚息会被罚多少？")  # the sanction for charging it is asked
    assert asks_consequences("What fines apply if we charge penalty interest above the cap?")
    assert without_credit_prices("penalty interest and fines") == "  and fines"


# GDPR Art. 83(4), in part: the amounts of an administrative fine
GDPR_83 = ("Infringements of the following provisions shall, in accordance with paragraph 2, be subject to administrative "
           "fines up to 10 000 000 EUR, or in the case of an undertaking, up to 2 % of the total worldwide annual turnover "
           "of the preceding financial year, whichever is higher: the obligations of the controller and the processor.")
# words the indexed texts use elsewhere: the stub corpus is this clause and them
TOKENS = ["infringements", "provisions", "administrative", "fines", "eur", "undertaking", "turnover", "worldwide",
          "annual", "controller", "processor", "obligations", "interest", "penalty", "charge", "maximum", "highest",
          "amount", "customer", "late"]


def gate(question: str):
    hit = SimpleNamespace(similarity=0.9, sources=("dense",),
                          clause=SimpleNamespace(text=GDPR_83, doc_id="gdpr", chunk_id="gdpr:a83:0", article=83,
                                                 kind="law"))
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: TOKENS,
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w.lower() in TOKENS or w.lower() in GDPR_83.lower()
                  else 0.0)


def test_a_fines_amounts_do_not_state_the_highest_penalty_interest():
    # without the credit price read apart, "penalty" made the fine's amounts an answer (both were covered)
    assert not gate("What is the maximum penalty interest a controller may charge a late customer, in EUR?").covered
    assert not gate("What is the highest penalty interest amount an undertaking may charge a customer?").covered
    # the fine itself asked is still answered by them
    assert gate("What maximum administrative fines apply to a controller's infringements?").covered
