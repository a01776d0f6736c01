"""The facade end to end in offline mode: cited, verified answers; abstention; redaction; audit."""

import pytest

from assistant.audit import AuditLog
from assistant.errors import InvalidQuestion


def test_named_clause_answer_is_quoted_cited_and_verified(small_assistant):
    answer = small_assistant.ask("个人信息保护法第十三条规定了什么？")
    assert answer.language == "zh" and answer.status == "quoted"  # offline: verbatim quotes, no second model
    assert answer.citations[0].label == "第十三条" and answer.citations[0].law == "中华人民共和国个人信息保护法"
    assert "取得个人的同意" in answer.text and "[1]" in answer.text
    assert "未配置生成式模型" in answer.text  # offline mode says so
    assert {v.verifier for v in answer.verifications} == {"grounding", "llm"}
    llm = next(v for v in answer.verifications if v.verifier == "llm")
    assert not llm.ran and llm.error == "not configured"


def test_english_question_gets_english_answer(small_assistant):
    answer = small_assistant.ask("What does GDPR Article 6 require?")
    assert answer.language == "en" and answer.status == "quoted"
    assert answer.citations[0].label == "Article 6" and "No generative model is configured" in answer.text


def test_nonexistent_clause_says_so(small_assistant):
    answer = small_assistant.ask("个人信息保护法第九十九条是什么？")
    assert answer.status == "not_covered"
    assert "不存在" in answer.text and answer.citations == []


@pytest.mark.parametrize("question", ["What is the capital of France?", "公司法规定的注册资本最低限额是多少？", "今天天气怎么样"])
def test_out_of_scope_questions_abstain(small_assistant, question):
    answer = small_assistant.ask(question)
    assert answer.status == "not_covered" and answer.citations == []
    assert answer.closest  # the closest clauses are still shown for a human


def test_empty_question_is_a_clear_error(small_assistant):
    with pytest.raises(InvalidQuestion, match="empty"):
        small_assistant.ask("   ")


def test_follow_up_is_rewritten_from_history(small_assistant):
    history = [("个人信息保护法对处理个人信息有什么要求？", "…")]
    answer = small_assistant.ask("那跨境呢？", history=history)
    assert "个人信息保护法" in answer.standalone_question
    assert any(c.short_title == "个人信息保护法" for c in answer.citations)


def test_identifiers_are_redacted_before_audit(small_assistant):
    question = "客户 13812345678 的征信数据可以用于信贷模型吗？"
    answer = small_assistant.ask(question, user="u1", channel="test")
    assert "13812345678" not in answer.question and "MOBILE" in answer.question
    log = AuditLog(small_assistant.settings.audit_path)
    record = log.get(answer.audit_id)
    assert "13812345678" not in str(record) and record["user"] == "u1"
    assert log.verify().ok


def test_feedback_lands_in_the_audit_trail(small_assistant):
    answer = small_assistant.ask("GDPR Article 33")
    feedback_id = small_assistant.feedback(answer.audit_id, "wrong_citation", comment="should cite Art. 34 too", user="u2")
    log = AuditLog(small_assistant.settings.audit_path)
    assert feedback_id and log.verify().ok
    assert any(r.get("record_id") == answer.audit_id or answer.audit_id in str(r) for r in log.iter_records(kind="feedback"))


def test_a_contradicting_claim_is_flagged_not_shown_as_fact(small_assistant):
    """A scripted draft claiming 五年 against the 2024 AML law's 十年 is contradicted by the grounding verifier."""
    from assistant.answer.assembly import assemble_answer
    from assistant.types import Citation, Claim, Draft

    retrieval = small_assistant.search("反洗钱法第三十四条")
    clause = retrieval.hits[0].clause
    draft = Draft(
        text="金融机构应当按照规定建立客户身份资料和交易记录保存制度[1]。客户身份资料在业务关系结束后应当至少保存五年[1]。",
        claims=[Claim(text="金融机构应当按照规定建立客户身份资料和交易记录保存制度", markers=[1]),
                Claim(text="客户身份资料在业务关系结束后应当至少保存五年", markers=[1])],
        citations=[Citation.from_clause(1, clause)],
        generator="scripted",
    )
    checks = [v.verify("保存多久", draft, retrieval) for v in small_assistant.verifiers]
    answer = assemble_answer("保存多久", "保存多久", "zh", draft, checks, retrieval, [])
    assert [c.verdict for c in answer.claims] == ["supported", "contradicted"]
    assert "五年[1] ✕" in answer.text and answer.status == "contradicted"


def test_a_draft_whose_only_claim_contradicts_its_clause_is_shown_contradicted(small_assistant):
    from assistant.answer.assembly import assemble_answer
    from assistant.types import Citation, Claim, Draft

    retrieval = small_assistant.search("反洗钱法第三十四条")
    draft = Draft(text="保存五年[1]。", claims=[Claim(text="客户身份资料应当至少保存五年", markers=[1])],
                  citations=[Citation.from_clause(1, retrieval.hits[0].clause)], generator="scripted")
    checks = [v.verify("保存多久", draft, retrieval) for v in small_assistant.verifiers]
    answer = assemble_answer("保存多久", "保存多久", "zh", draft, checks, retrieval, [])
    assert answer.status == "contradicted" and "✕" in answer.text and answer.claims[0].verdict == "contradicted"


def test_langchain_adapters(small_assistant):
    from assistant.chain import answer_chain, as_retriever

    docs = as_retriever(small_assistant, k=3).invoke("个保法第13条")
    assert docs[0].metadata["label"] == "第十三条" and docs[0].metadata["citation"] == "《个人信息保护法》第十三条"
    answer = answer_chain(small_assistant).invoke({"question": "GDPR Article 6"})
    assert answer.status == "quoted" and answer.citations[0].label == "Article 6"
