"""The coverage gate, issue 11 round 38: a Chinese question none of whose leading clauses carries WEAK_CARRIAGE of its
topic weight (a banking service no text rules on, retrieved by its generic words) is refused under a floor of its own
(gate/topic_carriage.py); a leading clause holding its rare words, or an English clause it is asked of, keeps it."""

from types import SimpleNamespace

from assistant.retrieval.gate.topic_carriage import CARRIAGE_FLOOR, carried_weakly

from gate_doubles import bank_law_hits, gate_on_bank_law

ASKED = "商业银行提供保管箱服务，租金标准有什么要求？"
# generic clauses sharing only 商业银行 / 提供 / 服务 / 要求 / 标准 with it (商业银行法第五十条, 消费者权益保护法第二十条 in part)
FEES = "商业银行办理业务，提供服务，按照规定收取手续费。"
INFORMATION = "经营者向消费者提供有关商品或者服务的质量、性能、用途、有效期限等信息，应当真实、全面。"
STANDARDS = "网络产品、服务应当符合相关国家标准的强制性要求。"
# a clause naming the thing asked and its price
RENT = "保管箱的租金标准由商业银行按照规定公告。"
GDPR = "The controller shall provide information on action taken on a request under Articles 15 to 22."

GENERIC = {"商业银行": 0.03, "提供": 0.18, "服务": 0.09, "要求": 0.08, "标准": 0.027}
RARE = {"保管箱": 0.0006, "租金": 0.0006}


def doc_freq(word: str) -> float:
    return GENERIC.get(word, RARE.get(word, 0.0))


def tokens_of(hit) -> list[str]:
    return [w for w in [*GENERIC, *RARE] if w in hit.clause.text]


def gate(texts: list[str], similarity: float):
    return gate_on_bank_law(ASKED, texts, similarity, tokens_of, doc_freq)


def refused_for_carriage(coverage) -> bool:
    return not coverage.covered and coverage.reason.startswith("no leading clause carries")


def test_a_question_only_generic_clauses_share_words_with_is_carried_weakly():
    retrieval = SimpleNamespace(hits=bank_law_hits([FEES, INFORMATION, STANDARDS], 0.86))
    assert carried_weakly(ASKED, retrieval, doc_freq, tokens_of, {})


def test_a_leading_clause_holding_the_rare_words_carries_it():
    retrieval = SimpleNamespace(hits=bank_law_hits([FEES, RENT, STANDARDS], 0.86))
    assert not carried_weakly(ASKED, retrieval, doc_freq, tokens_of, {})


def test_an_english_leading_clause_is_not_judged_by_chinese_words():
    retrieval = SimpleNamespace(hits=bank_law_hits([FEES, GDPR, STANDARDS], 0.86))
    assert not carried_weakly(ASKED, retrieval, doc_freq, tokens_of, {})


def test_refused_under_the_floor_only():
    assert refused_for_carriage(gate([FEES, INFORMATION, STANDARDS], CARRIAGE_FLOOR - 0.005))
    assert not refused_for_carriage(gate([FEES, INFORMATION, STANDARDS], CARRIAGE_FLOOR + 0.005))
    assert not refused_for_carriage(gate([FEES, RENT, STANDARDS], CARRIAGE_FLOOR - 0.005))
