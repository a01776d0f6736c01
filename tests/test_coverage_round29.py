"""The coverage gate, round 29: an amount guessed and asked in one breath (是5万还是多少) and a rate asked by "what …
rate is" ask a figure; a figure quoted in a unit the texts never state one in (seconds, score points, characters,
bits) is confirmed only by a sentence in that unit; and the word a law names in nearly every article (its subject:
非银行支付机构) ties none of its sentences to a question."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.asked_facts import asked_groups
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.gate.figures import _quoted_unread_units
from assistant.retrieval.gate.law_subject import LAW_SUBJECT_SHARE, law_word_share, topic_beside_the_subject

MONEY = {"yuan", "eur", "usd"}


def test_an_amount_guessed_and_asked_in_one_breath_asks_money():
    assert asked_groups("大额交易报告的起报金额到底是5万还是多少？") >= MONEY
    assert asked_groups("起报金额是不是5万？") >= MONEY
    # an amount told, not asked
    assert not asked_groups("起报金额已经按规定配置好了") & MONEY


def test_a_rate_asked_by_what_asks_a_percentage():
    assert "percent" in asked_groups("What hallucination rate is the max allowed for a chatbot?")
    assert "percent" in asked_groups("what interest rate does the bank charge on overdrafts?")
    assert "percent" not in asked_groups("What does the rate card say about branch fees")


def test_figures_in_units_the_texts_never_use_are_read():
    assert _quoted_unread_units("我们打算把弹窗设成强制停留5秒才能点同意，这样就算单独同意了吧") == ["seconds"]
    assert _quoted_unread_units("评分60分以下算不合格，就是这个标准吧") == ["score points"]
    assert _quoted_unread_units("Is AES-128 acceptable, or must it be AES-256?") == ["bits"]
    assert _quoted_unread_units("Passwords of 12 characters are enough, right?") == ["characters"]
    # an adverb (十分), a fraction (三分之一) and a figure not quoted to be confirmed are none
    assert not _quoted_unread_units("这件事十分重要吧")
    assert not _quoted_unread_units("三分之一的股东同意就行吧")
    assert not _quoted_unread_units("客户在ATM前等了30秒钱才出来。银行要负责任吗？")


PIPL_14 = ("基于个人同意处理个人信息的，该同意应当由个人在充分知情的前提下自愿、明确作出。法律、行政法规规定处理个人信息"
           "应当取得个人单独同意或者书面同意的，从其规定。")
PLAN = "我们打算把弹窗设成强制停留才能点这样就算了吧"
PIPL_TOKENS = ["个人", "同意", "处理", "个人信息", "信息", "充分", "知情", "自愿", "明确", "单独", "单独同意", "书面"]


def gate(question, text, doc_id, tokens, law_share=None, everyday=""):
    """`everyday`: words of the question the stub corpus uses elsewhere (the plan's 弹窗, 打算)"""
    hit = SimpleNamespace(similarity=0.9, sources=("dense",),
                          clause=SimpleNamespace(text=text, doc_id=doc_id, chunk_id=f"{doc_id}:a1:0", article=1))
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: tokens,
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w in tokens or w in text + everyday else 0.0, law_share=law_share)


def test_a_plan_quoting_seconds_is_not_confirmed_by_a_clause_stating_none():
    refused = gate("我们打算把单独同意弹窗设成强制停留5秒才能点同意，这样就算单独同意了吧", PIPL_14, "pipl-2021",
                   PIPL_TOKENS, everyday=PLAN)
    assert not refused.covered and refused.kind == "figure"
    # the same plan without the figure is asked of the clause on consent
    assert gate("我们打算把单独同意弹窗设成强制停留才能点同意，这样就算单独同意了吧", PIPL_14, "pipl-2021", PIPL_TOKENS,
                everyday=PLAN).covered


def law(*texts):
    return [SimpleNamespace(doc_id="pay", text=t) for t in texts]


def test_the_word_a_law_names_in_nearly_every_article_is_its_subject():
    share = law_word_share(law("非银行支付机构应当…", "非银行支付机构不得…", "用户的支付账户…"))
    assert share("pay", "非银行支付机构") == 2 / 3 and share("pay", "支付") == 1.0 and share("other", "支付") == 0.0
    assert topic_beside_the_subject({"支付", "支付账户", "限额"}, "pay", share) == {"支付账户", "限额"}
    # a question about the subject itself keeps it (nothing else would tie a sentence to it)
    assert topic_beside_the_subject({"支付"}, "pay", share) == {"支付"}
    assert topic_beside_the_subject({"支付"}, "", share) == {"支付"}
    assert LAW_SUBJECT_SHARE > 2 / 3


PLEDGE = "非银行支付机构的主要股东质押的股权不得超过该股东所持有该非银行支付机构股权总数的百分之五十。"
PAY_TOKENS = ["非银行支付机构", "支付", "机构", "股东", "质押", "股权", "持有", "总数"]


def test_a_figure_sharing_only_the_laws_subject_does_not_answer():
    question = "非银行支付机构的支付账户单日付款限额是多少？"
    share = lambda doc_id, word: 0.95 if word in ("非银行支付机构", "支付", "非银行", "机构") else 0.1  # noqa: E731
    elsewhere = "支付账户单日付款限额"  # words the payment regulation uses in other articles
    assert gate(question, PLEDGE, "non-bank-payment-regulation-2023", PAY_TOKENS, everyday=elsewhere).covered
    refused = gate(question, PLEDGE, "non-bank-payment-regulation-2023", PAY_TOKENS, law_share=share,
                   everyday=elsewhere)
    assert not refused.covered and refused.kind == "figure"


def test_a_count_of_times_above_one_quoted_to_be_confirmed_is_asked():
    from assistant.retrieval.gate.figures import _quoted_groups

    told = "人脸识别连续失败锁定次数设成5次，这是监管统一要求的次数"
    assert "occurrence" in _quoted_groups(told, told)
    # 一次 is the frequency idiom, read as a frequency (_quoted_frequency), not as a count asked
    assert "occurrence" not in _quoted_groups("重要数据的风险评估报告是不是每年都要报一次？")


def test_the_format_of_a_message_or_a_file_is_a_form_asked():
    from assistant.retrieval.asked_items import asked_items

    assert [f.name for f in asked_items("大额交易报告的报文格式有没有规定？")] == ["form"]
    assert [f.name for f in asked_items("接口格式是统一的吗？")] == ["form"]
    # standard terms (格式条款, 消费者权益保护法第二十六条) are a legal concept, not a format asked
    assert not asked_items("格式条款里免除我们责任的约定有效吗？")
