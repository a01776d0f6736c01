"""The coverage gate, round 29 after the round (the lead's probe7): a duty added to the case the sentence before states
(还应当) is read with that case; the regulator a question names by 监管 alone is a party of it; English words of the
policies' figures (storage media, readable) are named in Chinese."""

from types import SimpleNamespace

from assistant.lexis.lexicon import load_lexicon
from assistant.retrieval.gate.stated import _with_its_case
from assistant.retrieval.party_ties import about_other_parties, question_parties

# 网络数据安全管理条例第十条
ARTICLE_10 = ("网络数据处理者提供的网络产品、服务应当符合相关国家标准的强制性要求；发现网络产品、服务存在安全缺陷、漏洞等风险时，"
              "应当立即采取补救措施，按照规定及时告知用户并向有关主管部门报告；涉及危害国家安全、公共利益的，网络数据处理者还应当在24小时内"
              "向有关主管部门报告。")


def test_a_further_duty_is_read_with_the_case_before_it():
    hit = SimpleNamespace(clause=SimpleNamespace(text=ARTICLE_10))
    further = "涉及危害国家安全、公共利益的，网络数据处理者还应当在24小时内向有关主管部门报告"
    read = _with_its_case(further, hit)
    assert "漏洞" in read and read.endswith(further)
    # a sentence adding no duty to a case is read alone
    first = "网络数据处理者提供的网络产品、服务应当符合相关国家标准的强制性要求"
    assert _with_its_case(first, hit) == first


def test_the_regulator_named_by_jianguan_alone_is_a_party():
    takeover = "接管期限届满，国务院银行业监督管理机构可以决定延期，但接管期限最长不得超过二年"  # 商业银行法第六十七条
    parties = question_parties("监管接管一家银行，接管期最长能拖多久")
    assert "authority" in parties and not about_other_parties(parties, takeover)
    # 监管 as the activity names no regulator: the bank asked about stays the only party
    assert question_parties("银行的监管要求有哪些？") == ["institution"]
    assert about_other_parties(question_parties("银行被接管以后接管期最长多久"), takeover)


def test_english_words_of_the_policies_figures_are_named_in_chinese():
    words = load_lexicon().chinese_words
    assert "存储介质" in words("records on storage media") and "可读性" in words("are they still readable")
