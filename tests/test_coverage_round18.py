"""The coverage gate, round 18 (issue 11, wrongly refused questions): another jurisdiction's regime named beside the
home jurisdiction the question asks about is a comparison, answered from the indexed PRC texts."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.named_laws import asks_about_home

# 非银行支付机构监督管理条例第三十七条
PAYMENT_37 = ("非银行支付机构应当按照规定向中国人民银行报送支付业务信息、经审计的财务会计报告、经营数据报表、统计数据，"
              "以及中国人民银行要求报送的与公司治理、业务运营相关的其他资料")
# words the indexed texts use elsewhere (要求, 持牌, 每年): the stub corpus is this clause and them
CORPUS_TEXT = PAYMENT_37 + "要求持牌每年"
TOKENS = ["非银行", "支付", "机构", "报送", "审计", "财务", "会计", "报告", "人民银行", "经营", "数据", "报表"]


def gate(question: str):
    hit = SimpleNamespace(similarity=0.9, sources=("dense",),
                          clause=SimpleNamespace(text=PAYMENT_37, doc_id="non-bank-payment-regulation-2023",
                                                 chunk_id="nbp:a37:0", article=37))
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: TOKENS,
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w in TOKENS or w in CORPUS_TEXT else 0.0)


def test_a_foreign_regulator_named_beside_the_home_jurisdiction_is_a_comparison():
    assert gate("香港金管局要求持牌机构每年交审计报告，我国的支付机构要不要向人民银行报送审计报告？").covered
    assert gate("The HKMA wants audited accounts every year; under Chinese law, must a payment institution "
                "send its audited financial reports to the central bank?").covered


def test_a_foreign_regime_asked_about_on_its_own_is_still_refused():
    refused = gate("香港金管局要求持牌支付机构多久交一次审计报告？")
    assert not refused.covered and refused.unknown_laws
    # a transfer to a mainland city is asked under the regime named: no home cue
    assert not asks_about_home("Under Saudi Arabia's PDPL, do we need approval to move Riyadh client data to Shanghai?")
    # a standard of no jurisdiction (Basel) is not a foreign law: a home cue does not lift it
    assert not gate("巴塞尔协议要求的审计报告，国内支付机构要报吗？").covered


# 生成式人工智能服务管理暂行办法第十四条第一款
GENAI_14 = ("提供者发现违法内容的，应当及时采取停止生成、停止传输、消除等处置措施，采取模型优化训练等措施进行整改，"
            "并向有关主管部门报告")
GENAI_TOKENS = ["提供者", "发现", "违法", "内容", "停止", "生成", "传输", "消除", "处置", "措施", "整改", "主管部门", "报告"]


def genai_gate(question: str):
    hit = SimpleNamespace(similarity=0.9, sources=("dense",),
                          clause=SimpleNamespace(text=GENAI_14, doc_id="generative-ai-measures-2023",
                                                 chunk_id="genai:a14:0", article=14))
    corpus = GENAI_14 + "用户客户服务我们"
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: GENAI_TOKENS,
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w in GENAI_TOKENS or w in corpus else 0.0)


def test_material_named_in_the_case_told_is_not_material_asked_for():
    from assistant.retrieval.asked_items import asking_clauses
    from assistant.retrieval.named_laws import is_question

    # the script (话术) is what a user generated; what is asked is whether stopping the output is enough
    told = "用户让我们的生成服务写了一段诈骗话术，我们停止生成就可以了吗？"
    assert asking_clauses(told, is_question) == "我们停止生成就可以了吗？"
    assert genai_gate(told).covered
    # asked for, the script is still material no clause holds
    asked = "发现违法内容后，处置话术应该怎么写？"
    assert not genai_gate(asked).covered and genai_gate(asked).kind == "runbook"
    # a text whose only clause asks, or where no clause asks on its own, is taken whole
    assert asking_clauses("应急处置手册第一步到第五步分别是什么？", is_question) == "应急处置手册第一步到第五步分别是什么？"


# 个人信息保护法第七十四条
PIPL_74 = "本法自2021年11月1日起施行。"


def commencement_gate(question: str, text: str = PIPL_74):
    # an English question sits far from the Chinese 附则 on the embedder's scale: below the English floor
    hit = SimpleNamespace(similarity=0.73, sources=("dense",),
                          clause=SimpleNamespace(text=text, doc_id="pipl-2021", chunk_id="pipl:a74:0", article=74))
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: ["施行"],
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w in ("施行", "pipl") else 0.0)


def test_the_commencement_of_a_named_indexed_law_is_answered_by_its_commencement_clause():
    assert commencement_gate("The PIPL kicked in on 1 November 2021, right?").covered
    # no law named: nothing ties the question to this law's clause, the floor decides
    assert not commencement_gate("When did the new rules kick in?").covered
    # the law named, but its leading clause states no commencement
    assert not commencement_gate("The PIPL kicked in on 1 November 2021, right?", "个人信息处理者应当…").covered


# policy-record-retention 第十三条, in part
RETENTION_13 = "其他会计资料，包括银行存款余额调节表、银行对账单、纳税申报表保存十年；会计档案移交清册保存三十年"
RETENTION_TOKENS = ["会计", "资料", "银行存款", "余额", "调节", "对账单", "纳税", "申报表", "保存", "十年", "档案"]


def retention_gate(question: str):
    hit = SimpleNamespace(similarity=0.9, sources=("dense",),
                          clause=SimpleNamespace(text=RETENTION_13, doc_id="policy-record-retention",
                                                 chunk_id="prr:a13:0", article=13))
    corpus = RETENTION_13 + "规定"
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: RETENTION_TOKENS,
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w in RETENTION_TOKENS or w in corpus else 0.0)


def test_a_figure_offered_as_a_guess_after_the_question_is_asked_to_be_confirmed_not_a_premise():
    from assistant.retrieval.gate.figures import _quoted_values

    assert _quoted_values("对账单、纳税申报表要保存几年？10年？") == {("months", 120.0)}
    assert _quoted_values("How long do we keep them? 30 days?") == {("duration", 30.0)}
    # a figure the question states as its case is still a premise, not a guess
    assert not _quoted_values("我们已经保存了10年，可以销毁吗？")
    # the clause stating the very figure guessed answers it
    assert retention_gate("对账单、纳税申报表要保存几年？10年？").covered


# 个人信息保护法第二十一条, in part
PIPL_21 = "个人信息处理者委托处理个人信息的，应当与受托人约定委托处理的目的、期限、处理方式、个人信息的种类、保护措施"


def pipl_gate(question: str):
    # an English question against Chinese text: under the English no-overlap floor
    hit = SimpleNamespace(similarity=0.82, sources=("dense",),
                          clause=SimpleNamespace(text=PIPL_21, doc_id="pipl-2021", chunk_id="pipl:a21:0", article=21))
    english = {"vendor", "instructions", "count", "processor", "personal", "information"}
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: ["委托", "处理"],
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w in english or w in PIPL_21 else 0.0)


def test_an_english_question_naming_an_indexed_chinese_law_is_asked_of_chinese_text():
    # "pipl" and "handler" are no words of the texts' English clauses: naming the Chinese law, the question is
    # asked of its Chinese text, where no English word occurs
    assert pipl_gate("Does a vendor that follows our instructions count as a handler under PIPL?").covered
    # naming no law, the same words are held to the English texts' vocabulary: a word neither those texts nor the
    # leading Chinese clause names (in the dictionary's words) is refused …
    assert not pipl_gate("Does a vendor that follows our instructions count as a Gatekeeper?").covered
    # … while "handler" is the clause's 个人信息处理者 (CC-CEDICT: 处理者 handler; round 31, gate/topic.dictionary_words)
    assert pipl_gate("Does a vendor that follows our instructions count as a handler?").covered


def test_a_banks_fx_settlement_business_is_the_commercial_bank_laws_not_foreign_exchange_administration():
    from assistant.retrieval.named_laws import regimes_in

    # 商业银行法第三条 (经营结汇、售汇业务) and 第七十六条 (未经批准办理结汇、售汇的): 结售汇 is their usual contraction
    assert not regimes_in("支行没经批准就开办了结售汇业务，会怎么处罚？")
    # an individual's FX quota is SAFE's rule, not in the corpus
    assert regimes_in("个人结售汇额度每年是多少？")
    assert regimes_in("个人购汇有什么限制？")
