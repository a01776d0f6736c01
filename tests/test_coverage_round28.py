"""The coverage gate, round 28: figure kinds it did not check — a fee asked by its noun in English, a period counted in
minutes, years of experience, a count of digits, a fine's amounts against a question asking no sanction, a group
client's limit against one stated for a single borrower — and the questions that stay answered beside them."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.asked_counts import _ASKS_COUNT, asked_period_kinds, names_period_kind
from assistant.retrieval.asked_facts import asked_groups, narrowed
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.gate.figures import _in_asked_scale, _states_figure
from assistant.retrieval.sibling_kinds import kinds_named, names_other_kinds


def test_a_fee_asked_by_its_noun_wants_an_amount_of_money():
    for question in ("What's the annual fee for a corporate e-banking digital certificate?",
                     "What's the max we can charge in euros for a second copy?",
                     "What's the max euro amount we can charge a data subject?"):
        assert narrowed(question, asked_groups(question)) & {"eur", "yuan", "usd"}, question
    # a fee asked yes or no, and a fine asked, are not a price
    for question in ("Can we charge a customer a fee for a copy of their personal data?",
                     "What's the top fine for breaching the basic processing principles under GDPR, in euros?"):
        assert not asked_groups(question) & {"eur", "yuan", "usd"}, question


def test_a_period_counted_in_minutes_is_stated_only_by_one_within_a_day():
    wanted = {"duration", "workday", "months", "percent"}
    minutes = _in_asked_scale("网点排队超过多少分钟就必须加开窗口？")
    assert not _states_figure("接管期限最长不得超过二年", wanted, frozenset(), minutes)  # 商业银行法第六十七条
    assert not _states_figure("不得超过总行资本金总额的百分之六十", wanted, frozenset(), minutes)  # 第十九条
    assert not _states_figure("应当在三日内处理", wanted, frozenset(), minutes)
    assert _states_figure("应当在三十分钟内响应", wanted, frozenset(), minutes)
    assert _states_figure("within 24 hours", wanted, frozenset(), _in_asked_scale("How many minutes do we have?"))


def test_years_of_experience_are_stated_only_next_to_the_experience():
    kinds = asked_period_kinds("个人征信机构的高管，条例要求至少要有几年征信从业经验？")
    assert kinds and asked_period_kinds("How many years of experience does our DPO need?")
    # 征信业管理条例第八条: the experience has no figure; the three years are another condition's
    assert not names_period_kind("具有履行职责所需的征信业从业经验和管理能力，最近3年无重大违法违规记录", kinds)
    assert names_period_kind("应当具有三年以上相关工作经验", kinds)
    assert names_period_kind("at least five years of professional experience", kinds)
    # a question on the lookback itself names no experience: no kind asked
    assert not asked_period_kinds("征信机构的高管最近几年不能有重大违法记录？")


def test_a_count_of_digits_is_asked_a_rank_is_not():
    assert _ASKS_COUNT.search("短信里的银行卡号按规定要屏蔽几位？")
    assert _ASKS_COUNT.search("员工登录密码至少几位、多久强制改一次？")
    assert not _ASKS_COUNT.search("银行破产清算，储蓄存款排在第几位？")


def test_a_group_clients_limit_is_not_one_stated_for_a_single_borrower():
    asked = kinds_named("对一个集团客户的授信总额，占资本净额的比例上限是多少？")
    single = "对同一借款人的贷款余额与商业银行资本余额的比例不得超过百分之十"  # 商业银行法第三十九条（三）
    assert names_other_kinds(asked, single)
    assert not names_other_kinds(kinds_named("给同一借款人的贷款余额最多占资本的百分之多少？"), single)


# a penalty sentence and a limit, in the wording of 非银行支付机构监督管理条例 (made up for the test: the regulation states
# no account limit)
FINE = "非银行支付机构超过支付账户付款限额办理业务的，处50万元以上200万元以下罚款"
LIMIT = "非银行支付机构的支付账户付款限额为人民币20万元"


def gate(question: str, clause: str):
    hit = SimpleNamespace(similarity=0.90, sources=("dense",),
                          clause=SimpleNamespace(text=clause, doc_id="non-bank-payment-regulation-2023",
                                                 chunk_id="nbp:a50:0", article=50))
    words = ["非银行", "支付机构", "支付", "账户", "限额", "罚款", "违法所得", "累计", "付款", "余额"]
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: words,
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w in words else 0.0)


def test_a_fines_amounts_answer_no_question_asking_a_limit():
    question = "非银行支付机构的支付账户付款限额是多少钱？"
    refused = gate(question, FINE)
    assert not refused.covered and refused.kind == "figure"
    assert gate(question, LIMIT).covered
    # a question naming the sanction is answered by the penalty sentence
    assert gate("非银行支付机构超过支付账户付款限额，最多罚款多少钱？", FINE).covered


# GDPR Art. 45(3), in part: a periodic review of an adequacy decision
ADEQUACY_REVIEW = ("The implementing act shall provide for a mechanism for a periodic review, at least every four "
                   "years, which shall take into account all relevant developments in the third country")


def english_gate(question: str, clause: str):
    hit = SimpleNamespace(similarity=0.90, sources=("dense",),
                          clause=SimpleNamespace(text=clause, doc_id="gdpr", chunk_id="gdpr:a45:3", article=45))
    words = [w.lower() for w in clause.replace(",", " ").split()]
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: words,
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w.lower() in words or w.lower() in question.lower()
                  else 0.0)


def test_a_frequency_is_held_to_two_shared_terms_as_a_figure_is():
    question = "How often must a controller review its data protection impact assessment?"
    assert not english_gate(question, ADEQUACY_REVIEW).covered
    assert english_gate(question, "The controller shall review the data protection impact assessment at least "
                                  "every four years").covered
