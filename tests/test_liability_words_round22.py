"""Round 22 (issue 10): the everyday English of liability asks what the penalty chapters answer — remedies (the GDPR's
Chapter VIII heading), civil claims (民事责任), being barred from a post (禁止从事), "on the hook", "repercussions",
"held responsible", "in trouble" — while fixing something ("remediate", "remediation") or a duty does not."""

from __future__ import annotations

import pytest

from assistant.retrieval.routing import asks_consequences


@pytest.mark.parametrize("question", [
    "A customer's phone was damaged by our card terminal. What remedies can the customer ask for?",
    "Does the data security law give a harmed customer a civil claim against us?",
    "Could the regulator have our former branch head barred from working in banking?",
    "If a local official forces the bank to lend, who is on the hook?",
    "What are the repercussions of missing the filing deadline?",
    "Can the directors be held personally responsible for an unapproved branch?",
    "Will we get into trouble if the report is late?",
])
def test_liability_words_ask_the_consequences(question):
    assert asks_consequences(question)


@pytest.mark.parametrize("question", [
    "How quickly must we remediate a vulnerability in a critical system?",
    "Who is responsible for keeping the processing records?",
    "Can we hold customer data in a cloud region outside China?",
])
def test_duties_and_fixes_do_not(question):
    assert not asks_consequences(question)
