"""An answer quoting a policy clause the policy check finds weaker than the law says so (answer/conflict_notes.py,
spec/conflict_table.py): the record-retention policy's 第十四条 keeps KYC files five years, 反洗钱法 (2024) 第三十四条
at least ten."""

from assistant.answer.conflict_notes import PolicyConflict, conflict_notices
from assistant.types import Answer, Citation

RETENTION = "policy-record-retention"
TEN_YEARS = PolicyConflict("《反洗钱法》第三十四条", {"zh": "制度规定五年，法规要求至少十年。",
                                                 "en": "The policy sets five years; the law at least ten."})


def test_a_cited_policy_clause_with_a_conflict_gets_a_notice_in_the_answers_language():
    cited = [(RETENTION, 14, "《档案与记录保存管理办法》第十四条")]
    table = {(RETENTION, 14): [TEN_YEARS]}
    [zh] = conflict_notices(cited, table, "zh")
    assert "第十四条弱于《反洗钱法》第三十四条" in zh and "至少十年" in zh
    [en] = conflict_notices(cited, table, "en")
    assert en.startswith("Policy conflict:") and "weaker than 《反洗钱法》第三十四条" in en and "at least ten" in en
    assert conflict_notices(cited * 2, table, "en") == [en]  # cited twice, said once


def test_clauses_without_a_conflict_get_none():
    table = {(RETENTION, 14): [TEN_YEARS]}
    assert conflict_notices([(RETENTION, 16, "第十六条"), (RETENTION, None, "")], table, "zh") == []


def _answer(assistant, doc_id: str, article: int, status: str = "quoted") -> Answer:
    clause = assistant.view.find_article([doc_id], article)
    return Answer(question="q", standalone_question="q", language="en", text="…[1]", status=status,
                  citations=[Citation.from_clause(1, clause)])


def test_the_real_policy_check_finds_the_retention_conflict_for_an_answer(small_assistant):
    view = small_assistant.view
    [notice] = small_assistant._conflict_notices(_answer(small_assistant, RETENTION, 14), view)
    assert "第十四条 is weaker than 《反洗钱法》第三十四条" in notice
    # the record-retention policy's credit-query authorisations (five years, no regulation setting a minimum) are not
    assert small_assistant._conflict_notices(_answer(small_assistant, RETENTION, 16), view) == []
    # a refusal's closest clauses are no answer: nothing is said of them
    assert small_assistant._conflict_notices(_answer(small_assistant, RETENTION, 14, "not_covered"), view) == []
