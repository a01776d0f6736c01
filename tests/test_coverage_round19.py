"""The coverage gate, issue 11 round 19: an English word the lexicon gives the laws' Chinese word for is the texts'
word in the vocabulary test; a foreign regime named as a comparison ("Like a QTSP under eIDAS", "跟欧盟eIDAS那套比")
or beside an entity of the home jurisdiction ("a Chinese CA") does not make the question one about that regime, and
an English question asking what holds at home is asked of Chinese text."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.lexis.lexicon import load_lexicon
from assistant.retrieval.gate.assess import CoverageFloors, assess
from assistant.retrieval.named_laws import asks_about_home, load_regimes, named_as_comparison
from assistant.retrieval.vocabulary import ENGLISH_WORD_SHARE, _foreign_vocabulary

# 电子签名法第二十四条 (a CA keeps the certification information for five years after the certificate lapses)
ESL_24 = "电子认证服务提供者应当妥善保存与认证相关的信息，信息保存期限至少为电子签名认证证书失效后五年。"
# words the indexed texts use elsewhere (机构, 欧盟, 怎么样 aside): the stub corpus is the clause and them
ELSEWHERE = "金融机构欧盟"
ESL_TOKENS = ["电子", "认证", "服务", "提供者", "妥善", "保存", "相关", "信息", "期限", "至少", "签名", "证书", "失效"]


def english_shares(table):
    return lambda token: table.get(token, 0.0)


def test_a_lexicon_word_is_the_texts_word_in_the_vocabulary_test():
    question = "An examiner showed up alone and without any inspection notice. Can we refuse to let him in?"
    # examiner, inspection, refuse: the English clauses (GDPR, AI Act) hardly use them; the Chinese texts do, as
    # 检查人员 / 检查 / 拒绝 (lexicon.toml), every lexicon word occurring in the corpus
    assert load_lexicon().chinese_words("examiner") and load_lexicon().chinese_words("refuse")
    assert not _foreign_vocabulary(question, english_shares({"notice": ENGLISH_WORD_SHARE * 2}))
    # a question in words neither the English clauses nor the lexicon know stays off the texts' vocabulary
    assert _foreign_vocabulary("Which caterer does the branch book for the summer barbecue party?",
                               english_shares({}))


def gate(question: str, text: str, doc_id: str, tokens: list[str]):
    hit = SimpleNamespace(similarity=0.9, sources=("dense",),
                          clause=SimpleNamespace(text=text, doc_id=doc_id, chunk_id=f"{doc_id}:a1:0", article=1))
    return assess(question, SimpleNamespace(hits=[hit], missing_refs=[]), load_catalog(), lambda h: tokens,
                  CoverageFloors(), doc_freq=lambda w: 0.01 if w in tokens or w in text + ELSEWHERE else 0.0)


def eidas():
    return next(r.pattern for r in load_regimes() if "eIDAS" in r.name)


def test_a_foreign_regime_named_as_a_comparison_is_not_what_is_asked():
    assert named_as_comparison("Like a QTSP under eIDAS, does a Chinese CA have to keep records?", eidas())
    assert named_as_comparison("CA机构的认证相关信息至少要留几年？跟欧盟eIDAS那套比怎么样", eidas())
    assert gate("CA机构的认证相关信息至少要留几年？跟欧盟eIDAS那套比怎么样", ESL_24, "electronic-signature-law-2019",
                ESL_TOKENS).covered


def test_a_foreign_regime_asked_about_is_still_refused():
    assert not named_as_comparison("How long does eIDAS let a QTSP keep certificate records?", eidas())
    # "would like to" wants something, it compares nothing
    assert not named_as_comparison("We would like to know whether under eIDAS a QTSP must keep records", eidas())
    refused = gate("eIDAS对CA机构的认证信息要求保存几年？", ESL_24, "electronic-signature-law-2019", ESL_TOKENS)
    assert not refused.covered and refused.unknown_laws


def test_an_entity_of_the_home_jurisdiction_is_a_home_cue():
    assert asks_about_home("Like a QTSP under eIDAS, does a Chinese CA have to keep the certificate content accurate?")
    assert not asks_about_home("Under Saudi Arabia's PDPL, do we need approval to move Riyadh client data to Shanghai?")


def test_an_english_question_on_what_holds_at_home_is_asked_of_chinese_text():
    # Frankfurt, counterparty, signs, eIDAS: no English clause uses them (under the vocabulary floor before round 19)
    question = ("Our Frankfurt counterparty signs with an EU qualified certificate under eIDAS. Does that automatically "
                "count in China?")
    assert gate(question, ESL_24, "electronic-signature-law-2019", ESL_TOKENS).covered
    # the same words without the home cue are about eIDAS itself
    assert not gate("Our Frankfurt counterparty signs with an EU qualified certificate under eIDAS. Is that valid?",
                    ESL_24, "electronic-signature-law-2019", ESL_TOKENS).covered


def test_a_rule_title_ending_in_a_bare_banfa_is_a_title():
    from assistant.retrieval.named_laws import unknown_law_mentions

    catalog = load_catalog()
    # jieba: 征信 业务管理 办法, 网络安全 审查 办法 (no 管理 办法 tail of their own)
    assert unknown_law_mentions("征信业务管理办法里，替代数据采集要满足什么条件？", catalog) == ["征信业务管理办法"]
    assert unknown_law_mentions("按网络安全审查办法要先申报审查吗？", catalog) == ["网络安全审查办法"]
    # the bank's own rules and the everyday 办法 name no law
    assert unknown_law_mentions("我们的数据安全分级管理办法里L5怎么定义？", catalog) == []
    assert unknown_law_mentions("客户投诉处理有没有什么好的解决办法？", catalog) == []


def test_a_plan_closed_by_ba_quotes_its_figures_to_be_confirmed():
    from assistant.retrieval.gate.figures import _quoted_groups

    assert "months" in _quoted_groups("我们打算把征信查询授权书的有效期统一写成五年，这样就行了吧")
    assert not _quoted_groups("我们打算把征信查询授权书的有效期统一写成五年，请说明依据")
    # a period quoted in months is answered by one in working days (十个工作日内备案)
    assert "workday" in _quoted_groups("推荐算法上线后打算过一个月再去备案，应该来得及吧？")
    # the corpus states the period (五年) in a sentence about the plan: answered, and corrected
    assert gate("我们打算把电子认证服务提供者保存认证信息的期限定为三年，这样就合规了吧", ESL_24,
                "electronic-signature-law-2019", ESL_TOKENS).covered
    # a plan whose figure no retrieved sentence states is a near miss
    assert not gate("我们打算对电子认证服务提供者保存的认证信息每份收费200元，这样就合规了吧", ESL_24,
                    "electronic-signature-law-2019", ESL_TOKENS).covered


def test_an_english_superlative_of_a_measure_asks_for_a_figure():
    from assistant.retrieval.asked_items import asked_limit_groups

    assert "months" in asked_limit_groups("What's the longest tenor we're allowed on an interbank borrowing?")
    assert "percent" in asked_limit_groups("What is the lowest capital adequacy ratio a bank may have?")
    # a grade, the most important, the most recent: no figure asked
    assert not asked_limit_groups("What is the highest risk category under the AI Act?")
    assert not asked_limit_groups("What are the most important duties of a controller?")
    assert not asked_limit_groups("What is the latest guidance on consent?")
