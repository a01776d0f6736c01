"""Round 47: a law no indexed text is, named only as the yardstick of what is asked ("SOX-style", "Compared with a US
CLOUD Act warrant: …"), is no unindexed law the question asks about (gate/assess.py, compared_standards.compared_only);
named as what is asked, or as an example after a bare "like", it still refuses."""

from gate_doubles import gate_on_pipl_clause

CLAUSE = "个人信息处理者向其他个人信息处理者提供其处理的个人信息的，应当向个人告知接收方的名称或者姓名。"


def _reason(question: str) -> str:
    return gate_on_pipl_clause(question, CLAUSE, 23, ["个人信息", "提供", "告知"]).reason


def test_a_law_named_only_as_a_comparison_is_not_refused_as_unindexed():
    assert "not indexed" not in _reason("Compared with a US CLOUD Act warrant: when Chinese public security asks our "
                                        "branch for customer data, must we tell the customer?")


def test_a_law_asked_about_or_given_as_an_example_still_is():
    assert "not indexed" in _reason("Under the US CLOUD Act, must we tell the customer when we hand over data?")
    assert "not indexed" in _reason("Do laws like the CLOUD Act make us tell the customer when we hand over data?")
