"""The coverage gate: a figure stated in a list item, and a party named as the one acted on.

- a list item is read with the sentence introducing its list (stated._list_intro): 征信业管理条例第六条's
  「（二）注册资本不少于人民币5000万元」 is the personal credit bureau's capital, which the introduction names;
- the subject of a 被 passive, and a party inside a comparison, is not the party acting (party_ties.acting_parties):
  商业银行法第六十七条's regulator extending a takeover states the takeover's length asked of "银行被接管".
"""

from types import SimpleNamespace

from assistant.retrieval.gate.stated import _list_intro, _stated
from assistant.retrieval.party_ties import about_other_parties, acting_parties, question_parties

ARTICLE_6 = ("第六条 设立经营个人征信业务的征信机构，应当符合《中华人民共和国公司法》规定的公司设立条件和下列条件，并经国务院"
             "征信业监督管理部门批准：\n\n(一)主要股东信誉良好，最近3年无重大违法违规记录；\n\n(二)注册资本不少于人民币5000万元；"
             "\n\n(三)有符合国务院征信业监督管理部门规定的保障信息安全的设施、设备和制度、措施。")
ARTICLE_39 = ("第三十九条 商业银行贷款，应当遵守下列资产负债比例管理的规定:\n\n（一）资本充足率不得低于百分之八；\n\n"
              "（二）流动性资产余额与流动性负债余额的比例不得低于百分之二十五。")


def _hit(text, doc_id="doc", article=1):
    return SimpleNamespace(clause=SimpleNamespace(text=text, doc_id=doc_id, article=article, kind="regulation"),
                           sources={"dense": 1}, similarity=0.9)


def _doc_freq(word: str) -> float:
    return 0.002 if word in ARTICLE_6 + ARTICLE_39 + "征信机构限额" else 0.0


def test_a_list_item_is_introduced_by_the_sentence_opening_its_list():
    hit = _hit(ARTICLE_6)
    intro = _list_intro("(二)注册资本不少于人民币5000万元", hit)
    assert "征信机构" in intro and intro.endswith("：")
    # the introduction itself and a sentence that is no item have none
    assert _list_intro(intro, hit) == ""
    assert _list_intro("注册资本不少于人民币5000万元", hit) == ""
    # an item whose list is not opened by a colon has none (a run of items with no introduction)
    assert _list_intro("（二）注册资本不少于人民币5000万元", _hit("第一条 总则\n（一）适用范围\n（二）注册资本不少于人民币5000万元")) == ""


def test_the_figure_of_a_list_item_answers_what_its_introduction_names():
    states = lambda s: "万元" in s  # noqa: E731 (the figure asked: an amount)
    retrieval = SimpleNamespace(hits=[_hit(ARTICLE_6)])
    question = "征信机构的注册资本最低限额是多少？"
    assert _stated(question, retrieval, set(), _doc_freq, False, states)
    # without the introduction the item shares one word of two (the figure was refused before round 34)
    unopened = SimpleNamespace(hits=[_hit(ARTICLE_6.replace("批准：", "批准。"))])
    assert not _stated(question, unopened, set(), _doc_freq, False, states)
    # the item must share a word of the question itself: the introduction alone ties no item's figure to it
    assert not _stated("征信机构的办公场所面积最低是多少？", retrieval, set(), _doc_freq, False, states)


def test_a_measure_word_of_the_introduction_says_no_more_than_the_kind_of_figure():
    # 下列资产负债比例管理的规定 shares 比例 with a question on a group client's share of capital: not what 资本充足率's
    # 百分之八 is of
    states = lambda s: "百分之八" in s  # noqa: E731
    retrieval = SimpleNamespace(hits=[_hit(ARTICLE_39)])
    assert not _stated("对一个集团客户的授信总额，占资本净额的比例上限是多少？", retrieval, set(), _doc_freq, False, states)


def test_the_subject_of_a_passive_and_a_party_compared_with_are_not_acting():
    question = "像美国FDIC接管银行那样，国内银行被接管的话，接管期限最长能到多久？"
    sentence = "第六十七条 接管期限届满，国务院银行业监督管理机构可以决定延期，但接管期限最长不得超过二年"
    assert "institution" in question_parties(question) and about_other_parties(question_parties(question), sentence)
    assert acting_parties(question) == []
    assert not about_other_parties(acting_parties(question), sentence)
    assert acting_parties("非银行支付机构被吊销支付业务许可证后多久停止业务？") == []
    # the party acting stays: the bank that finds its customer defrauded, the credit agency that keeps the records
    assert "institution" in acting_parties("银行发现客户被骗了，要多久内报告？")
    assert acting_parties("征信机构对个人不良信息的保存期限是多久？") == question_parties("征信机构对个人不良信息的保存期限是多久？")
