"""The coverage gate, issue 11 round 24: the act a Chinese question asks the deadline of (多少天内报告) is not answered
by a period that runs from that act (自收到报告之日起3个月内完成重新认定): that is the deadline of what the receiver
does next."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.asked_acts import asked_act, runs_from_the_act
from assistant.retrieval.gate.assess import CoverageFloors, assess

# 关键信息基础设施安全保护条例第十一条, in part (the operator reports; the department re-identifies)
REPORTS = "关键信息基础设施发生较大变化，可能影响其认定结果的，运营者应当及时将相关情况报告保护工作部门"
REIDENTIFIES = "保护工作部门自收到报告之日起3个月内完成重新认定，将认定结果通知运营者"


def test_the_act_asked_is_the_word_after_the_period():
    assert asked_act("运营者分立以后，要在多少天内报告主管部门？") == "报告"
    assert asked_act("投诉人不服，机构须在几个工作日内答复？") == "答复"
    assert asked_act("收回的股权要在多长时间内处置？") == "处置"
    # no deadline asked, or no act right after it
    assert asked_act("账户闲置几天就会被冻结？") == ""
    assert asked_act("报告保护工作部门需要什么材料？") == ""


def test_a_period_running_from_the_act_asked_is_another_acts_deadline():
    assert runs_from_the_act(REIDENTIFIES, "报告")
    # the act itself bound by the period, or not named at all: not this rule's to judge
    assert not runs_from_the_act("金融机构应当自收到异议之日起十五日内答复当事人", "答复")
    assert not runs_from_the_act(REIDENTIFIES, "答复")
    assert not runs_from_the_act(REIDENTIFIES, "")


def gate(question: str, clause: str):
    hit = SimpleNamespace(similarity=0.90, sources=("dense",),
                          clause=SimpleNamespace(text=clause, doc_id="ciio-regulation", chunk_id="ciio:a11:0",
                                                 article=11))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    words = ["关键", "信息", "基础设施", "运营者", "报告", "保护", "工作部门", "认定", "重新", "合并"]
    return assess(question, retrieval, load_catalog(), lambda h: words, CoverageFloors(),
                  doc_freq=lambda w: 0.01 if w in words else 0.0)


def test_the_gate_refuses_a_deadline_stated_only_for_the_receivers_next_act():
    question = "运营者合并以后，要在多少天内报告保护工作部门？"
    refused = gate(question, REPORTS + "。" + REIDENTIFIES)
    assert not refused.covered and refused.kind == "figure"
    # the same words with the period bound to the report itself: answered
    assert gate(question, "运营者应当自合并之日起30日内报告保护工作部门，由其重新认定").covered


def test_an_everyday_chinese_word_counts_half_against_a_question():
    from assistant.retrieval.vocabulary import _everyday_chinese, _foreign_vocabulary

    # 不要 (of 要不要) is everyday Chinese (wordfreq's most frequent words); 滑倒 and 摔伤 name the case
    assert _everyday_chinese({"不要", "滑倒", "摔伤"}) == {"不要"}
    # like the test of guessed words (test_coverage_vocabulary.py): tokens 客户 账户 就是 不要 滑倒 摔伤, two the texts
    # use; 就是 and 不要 count half: 2 >= 0.4 × (2 + 2 + 2 / 2), where all four counted whole would refuse it
    known = {"客户", "账户"}
    doc_freq = lambda w: 0.01 if w in known else 0.0  # noqa: E731
    assert not _foreign_vocabulary("客户账户就是不要滑倒摔伤", doc_freq, strict=False)
    # an off-topic question in words the texts never use is still refused
    assert _foreign_vocabulary("部门聚餐订火锅还是烤肉，周四晚上还是周六中午比较好？", doc_freq, strict=False)


def test_a_field_named_only_in_the_case_whose_lawfulness_is_asked_is_its_setting():
    from assistant.retrieval.gate.assess import _unindexed_named

    def regime_refusal(question: str):
        retrieval = SimpleNamespace(hits=[], missing_refs=[])
        return _unindexed_named(question, retrieval, load_catalog(), lambda h: [], None, False)

    # the mortgage is where the tying happened; whether tying is lawful is asked
    assert regime_refusal("柜员办房贷时要求客户先办一张信用卡才放款，这样合规吗？") is None
    assert regime_refusal("A shop gave its staff's bank details to a payroll bureau with no written terms. "
                          "Was that lawful?") is None
    # the field asked about, or no lawfulness asked: refused as before
    assert regime_refusal("房贷最长能贷多少年？") is not None
    assert regime_refusal("柜员办房贷时要求客户先办信用卡，房贷利率怎么定？") is not None
    # an international standard told as the yardstick in a sentence of its own, the home jurisdiction's rule asked
    assert regime_refusal("FATF要求交易记录留存五年。我国反洗钱对交易记录要留多久？") is None
    assert regime_refusal("FATF要求交易记录留存五年。交易记录要留多久？") is not None
    assert regime_refusal("Singapore's PDPA gives three days to report a breach. What does the EU give our Dublin "
                          "office?") is None
    # another jurisdiction's conduct whose lawfulness is asked stays its question
    assert regime_refusal("Our Singapore office reported a breach under the PDPA a week late. Was that lawful?") is not None


def test_a_minimum_capital_requirement_asks_an_amount():
    from assistant.retrieval.asked_facts import MONEY, narrowed
    from assistant.retrieval.routing import asked_number_groups

    question = "电子签名法对电子认证服务机构的注册资本最低要求是多少？"
    assert narrowed(question, asked_number_groups(question)) <= MONEY


def test_what_the_law_prescribes_is_not_stated_by_a_policy():
    # 数据分类分级管理办法 (the bank's policy) 第三十条, in part
    policy = SimpleNamespace(text="审计部每年将数据分类分级纳入内部审计范围，每年至少开展一次内部审计", doc_id="policy-data",
                             chunk_id="policy-data:a30:0", article=30, kind="policy")
    hit = SimpleNamespace(similarity=0.90, sources=("dense",), clause=policy)
    words = ["审计部", "每年", "内部", "审计", "内部审计", "开展", "一次", "至少"]

    def gate(question):
        return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: words,
                      CoverageFloors(), doc_freq=lambda w: 0.01 if w in words else 0.0)

    assert not gate("内部审计法定是每年至少做一次吗？").covered
    assert gate("内部审计是每年至少做一次吗？").covered
    assert gate("行里的内部审计法定是每年至少做一次吗？").covered  # the bank's rules asked too


def test_the_length_of_a_state_is_stated_only_by_a_sentence_naming_it():
    from assistant.retrieval.gate.asked_acts import lasting_state

    assert lasting_state("借款逾期几天就会被列入黑名单？") == "逾期"
    assert lasting_state("查询记录要保留几年才能删？") == ""  # keeping is the kind of period asked
    assert lasting_state("多少天内要答复客户？") == ""
    # after 征信业管理条例第二十五条: an objection's review period, no length of being overdue
    objection = SimpleNamespace(text="对报送征信系统的贷款信息有异议的，征信机构应当自收到异议之日起20日内进行核查和处理",
                                doc_id="credit-reporting", chunk_id="cr:a25:0", article=25)
    hit = SimpleNamespace(similarity=0.90, sources=("dense",), clause=objection)
    words = ["征信", "征信机构", "信息提供者", "异议", "核查", "报送", "征信系统", "系统", "逾期", "贷款"]
    refused = assess("贷款逾期几天就会被报送征信系统？", SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(),
                     lambda h: words, CoverageFloors(), doc_freq=lambda w: 0.01 if w in words else 0.0)
    assert not refused.covered


def test_an_eu_place_or_authority_is_where_the_case_happens_not_its_topic():
    from assistant.retrieval.vocabulary import _foreign_vocabulary, _names_eu_place, named_in_earnest

    assert _names_eu_place("munich") and _names_eu_place("dutch") and _names_eu_place("germany's")
    assert not _names_eu_place("delaware") and not _names_eu_place("cnil")
    known = {"appointing": 0.01, "dpo": 0.01, "processing": 0.05}
    doc_freq = lambda w: known.get(w, 0.0)  # noqa: E731
    assert not _foreign_vocabulary("May our Munich office stop appointing a DPO?", doc_freq)
    assert named_in_earnest("A zeppelin pilot in Germany wants his data.", {"germany", "zeppelin"}, doc_freq) \
        == {"zeppelin"}
