"""Round 39: who does the act (verify/act_holders.py). An English claim hands an act the article gives to one named party
(supervise, investigate, lay down …) to another party; sentences taken from or written in the laws' style."""

from assistant.verify.act_holders import claimed_doers, other_doer_of_act
from assistant.verify.polarity import contradictions

DESTROYED_ZH = ("征信机构解散或者被依法宣告破产的，应当向国务院征信业监督管理部门报告，并按照下列方式处理信息数据库：\n"
                "(三)不能依照前两项规定转让、移交的，在国务院征信业监督管理部门的监督下销毁。")
COMMITTEE_ZH = ("中国人民银行设立货币政策委员会。货币政策委员会的职责、组成和工作程序，由国务院规定，报全国人民代表大会常务委员会备案。")
INVESTIGATES_EN = ("1. The Commission shall, where necessary, investigate all cases where there are reasons to doubt the "
                   "competence of a notified body.\n2. The notifying authority shall provide the Commission, on request, "
                   "with all relevant information relating to the notification of the notified body concerned.")
INSPECTED_BY_ANY_ZH = "有关部门依法开展检查，金融机构应当予以配合。"


def test_the_claims_doer_of_an_act_is_read_from_subject_agent_and_supervision():
    assert claimed_doers("The notifying authority investigates all such cases.") == [("authority:notifying", "investigate")]
    assert claimed_doers("The rules are laid down by the People's Bank of China itself.") == [("authority:pboc", "lay down")]
    assert ("authority:police", "supervise") in claimed_doers(
        "The database is destroyed under the supervision of the public security organs.")
    # a party named as the one acted on, or as whose the thing is, is no doer
    assert claimed_doers("Banks must submit reports to the People's Bank of China.") == []

def test_an_act_given_to_another_named_party_is_the_wrong_actor():
    assert other_doer_of_act("The database is destroyed under the supervision of the public security organs.",
                             DESTROYED_ZH) is not None
    assert other_doer_of_act("The committee's duties and procedures are laid down by the People's Bank of China.",
                             COMMITTEE_ZH) is not None
    assert other_doer_of_act("The notifying authority investigates all cases where there is reason to doubt the "
                             "competence of a notified body.", INVESTIGATES_EN) is not None


def test_the_party_the_article_gives_the_act_to_is_not_flagged():
    assert other_doer_of_act("The database is destroyed under the supervision of the People's Bank of China.",
                             DESTROYED_ZH) is None
    assert other_doer_of_act("The committee's duties and procedures are laid down by the State Council.", COMMITTEE_ZH) is None
    assert other_doer_of_act("The Commission investigates all cases where there is reason to doubt the competence of a "
                             "notified body.", INVESTIGATES_EN) is None


def test_an_act_the_article_gives_to_a_generic_body_clears_any_named_one():
    assert other_doer_of_act("The People's Bank of China inspects the institutions.", INSPECTED_BY_ANY_ZH) is None


def test_the_finding_reaches_the_verifiers_contradictions():
    claim = "The committee's duties and procedures are laid down by the People's Bank of China."
    assert any(f.kind == "actor" for f in contradictions(claim, COMMITTEE_ZH, "货币政策委员会"))


COOPERATE_ZH = ("第二十八条 运营者对保护工作部门开展的关键信息基础设施网络安全检查检测工作，以及公安、国家安全、保密行政管理、"
                "密码管理等有关部门依法开展的关键信息基础设施网络安全检查工作应当予以配合。")


def test_a_sub_clause_opening_with_yiji_keeps_the_sentences_subject():
    from assistant.verify.actors.holders import _duty_pairs

    assert _duty_pairs(COOPERATE_ZH) == [("operator", "obligation")]
    claim = "Operators of critical information infrastructure must cooperate with the security inspections of the protection departments."
    assert not any(f.kind == "actor" for f in contradictions(claim, COOPERATE_ZH, "运营者 保护工作部门 检查"))


def test_every_agent_of_a_passive_is_a_doer():
    article = "He or she shall not be dismissed or penalised by the controller or the processor for performing his tasks."
    assert other_doer_of_act("A DPO may not be penalised by the controller or processor for doing the job.", article) is None
    assert other_doer_of_act("A DPO may not be penalised by the supervisory authority for doing the job.", article) is not None


STOP_SERVICE_ZH = ("电子信息发送服务提供者和应用软件下载服务提供者，应当履行安全管理义务，知道其用户有前款规定行为的，应当停止提供服务，"
                   "采取消除等处置措施，保存有关记录，并向有关主管部门报告。")


def test_going_on_where_the_clause_says_stop_is_its_opposite():
    from assistant.verify.antonyms import opposite_word

    assert opposite_word("应用软件下载服务提供者知道其用户设置恶意程序的，应当继续提供服务。", [STOP_SERVICE_ZH]) is not None
    assert opposite_word("应用软件下载服务提供者知道其用户设置恶意程序的，应当停止提供服务。", [STOP_SERVICE_ZH]) is None


RATES_ZH = "商业银行应当按照中国人民银行规定的存款利率的上下限，确定存款利率，并予以公告。"


def test_a_chinese_claim_is_read_as_the_article_is():
    assert other_doer_of_act("货币政策委员会的职责、组成和工作程序，由中国人民银行规定。", COMMITTEE_ZH) is not None
    assert other_doer_of_act("货币政策委员会的职责、组成和工作程序，由国务院规定。", COMMITTEE_ZH) is None


def test_the_party_right_before_the_act_does_it_and_jing_names_nobody():
    # 按照中国人民银行规定的: the PBOC lays down the band, not the bank the sentence binds
    assert other_doer_of_act("商业银行确定存款利率，应当在中国人民银行规定的上下限以内。", RATES_ZH) is None
    assert other_doer_of_act("商业银行解散的，经批准后才能解散。", "商业银行因分立、合并或者出现章程规定的解散事由需要解散的，"
                             "应当向国务院银行业监督管理机构提出申请，经国务院银行业监督管理机构批准后解散。") is None
