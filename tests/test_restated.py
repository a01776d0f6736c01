"""Restated clauses (evals/restated.py): the corpus's own sentences with a modal verb swapped for its synonym, true by
construction, as a measure of the verifier's false alarms that no one tuned the checks on."""

from evals.restated import restate, restated_claims, run_restated, sentences


def test_sentences_and_their_restatement():
    text = "第三十四条 金融机构应当按照规定建立客户身份资料和交易记录保存制度。\n客户身份资料在业务关系结束后应当至少保存十年。"
    found = sentences(text, chinese=True)
    assert found == ["金融机构应当按照规定建立客户身份资料和交易记录保存制度。", "客户身份资料在业务关系结束后应当至少保存十年。"]
    assert restate(found[1], chinese=True) == "客户身份资料在业务关系结束后必须至少保存十年。"
    assert restate("任何个人和组织不得从事危害网络安全的活动。", chinese=True) == "任何个人和组织禁止从事危害网络安全的活动。"
    assert restate("The controller shall not process the data further.", chinese=False) == \
        "The controller must not process the data further."
    assert restate("国家支持网络运营者之间进行合作。", chinese=True) is None  # no modal verb: nothing to restate


def test_restated_claims_are_true_rows_in_a_stable_order():
    rows = restated_claims([("aml-law-2024", 34, "第三十四条 金融机构应当按照规定建立客户身份资料和交易记录保存制度。", True),
                            ("gdpr", 5, "Article 5\nPersonal data shall be processed lawfully, fairly and in a transparent "
                                        "manner in relation to the data subject.", False)])
    assert {r["law"] for r in rows} == {"aml-law-2024", "gdpr"} and all(r["truth"] and r["kind"] == "true" for r in rows)
    assert rows == sorted(rows, key=lambda r: r["id"]) and len({r["id"] for r in rows}) == 2


def test_restated_clauses_are_almost_never_contradicted(small_assistant):
    result = run_restated(small_assistant, sample=300)
    assert result["n"] == 300 and result["n_false"] == 0
    assert result["false_alarm"] <= 0.01, result["false_alarms"]
