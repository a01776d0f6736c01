"""Round 47 (precision of the deterministic checks, issue 11: a true claim contradicted at most 5% of the time on unseen
claims). General readings, each test failing on the code before the round: a Chinese phrase longer than four characters
is looked for where the whole phrase begins, not where its last four do; fields listed before one shared head
(网信、电信、公安等部门) each name their department; an English word that translates members of two opposite pairs
("refuse": 驳回 and 拒绝) is cleared by an article using either; an authority the article mentions as the employer of the
staff it names is one it names; "instead of refusing" states the act not done. Clauses are the laws' own text; claims are written for
these tests."""

from assistant.lexis.lexicon import load_lexicon
from assistant.verify.absent_parties import absent_authority_across
from assistant.verify.actors.findings import other_named_authority
from assistant.verify.negated_cases import affirmed_negated_case
from assistant.verify.antonyms import opposite_word
from assistant.verify.roles.objects import subject_only_as_object

# 商业银行法第六十七条
CBL_67 = "接管期限届满，国务院银行业监督管理机构可以决定延期，但接管期限最长不得超过二年。"
# 网络安全法（2025年修正）第十五条
CSL_15 = ("第十五条 任何个人和组织有权对危害网络安全的行为向网信、电信、公安等部门举报。收到举报的部门应当及时依法作出处理；"
          "不属于本部门职责的，应当及时移送有权处理的部门。")
# 银行业监督管理法第四十二条 (its lead-in and second paragraph)
BSL_42_LEAD = ("第四十二条 银行业监督管理机构依法对银行业金融机构进行检查时，经设区的市一级以上银行业监督管理机构负责人批准，"
               "可以对与涉嫌违法事项有关的单位和个人采取下列措施：")
BSL_42_SECOND = ("银行业监督管理机构采取前款规定措施，调查人员不得少于二人，并应当出示合法证件和调查通知书；调查人员少于二人或者未出示"
                 "合法证件和调查通知书的，有关单位或者个人有权拒绝。对依法采取的措施，有关单位和个人应当配合，如实说明有关情况并"
                 "提供有关文件、资料，不得拒绝、阻碍和隐瞒。")


def test_a_long_subject_is_looked_for_where_the_whole_phrase_begins():
    # the claim's topic 接管期限届满 opens the sentence; its last four characters follow 接管, which governs nothing
    assert subject_only_as_object("接管期限届满可以延期，但接管期限最长不得超过二年。", CBL_67) is None
    # a party the sentence names only after a verb governing it is still found (委托 before the whole phrase)
    sentence = "个人信息处理者应当委托外部专业机构对其处理个人信息遵守法律、行政法规的情况进行合规审计。"
    assert subject_only_as_object("外部专业机构应当对个人信息处理者进行合规审计。", sentence) is not None


def test_fields_listed_before_a_shared_head_each_name_their_department():
    claim = ("Any individual or organisation may report conduct that endangers cybersecurity to the cyberspace, telecom "
             "or public security departments.")
    assert absent_authority_across(claim, CSL_15) is None
    # an authority the list does not hold is still one the article does not name
    assert absent_authority_across("Anyone may report it to the People's Bank of China.", CSL_15) is not None


def test_an_english_word_of_two_pairs_is_cleared_by_the_article_using_either():
    claim = ("When banking regulators investigate, there must be at least two investigators showing valid credentials and "
             "an investigation notice, otherwise the entity may refuse.")
    article = BSL_42_LEAD + BSL_42_SECOND
    assert opposite_word(claim, [BSL_42_LEAD], [], article) is None
    # an article with only the approval (批准) and no refusing word is still read as the opposite of "refuse"
    assert opposite_word("Otherwise the regulator may refuse the investigation.", [BSL_42_LEAD], [], BSL_42_LEAD)


# 银行业监督管理法第四十九条
BSL_49 = ("第四十九条 阻碍银行业监督管理机构工作人员依法执行检查、调查职务的，由公安机关依法给予治安管理处罚；构成犯罪的，依法追究"
          "刑事责任。")


def test_an_authority_named_as_the_employer_of_its_staff_is_named():
    claim = ("Anyone who gets in the way of banking supervisors doing an inspection faces a public-security penalty, "
             "and criminal liability if it is a crime.")
    assert other_named_authority(claim, BSL_49, BSL_49) is None
    # an authority the article mentions nowhere is still one it does not name
    assert other_named_authority("Anyone who obstructs an inspection is punished by the People's Bank of China.",
                                 BSL_49, BSL_49) is not None


# 商业银行法第八十八条
CBL_88 = ("第八十八条 单位或者个人强令商业银行发放贷款或者提供担保的，应当对直接负责的主管人员和其他直接责任人员或者个人给予纪律处分；"
          "造成损失的，应当承担全部或者部分赔偿责任。商业银行的工作人员对单位或者个人强令其发放贷款或者提供担保未予拒绝的，应当"
          "给予纪律处分；造成损失的，应当承担相应的赔偿责任。")


def test_instead_of_states_the_act_not_done():
    words = load_lexicon().chinese_words
    claim = ("Bank staff who go along with an order from an official to grant a loan instead of refusing it get "
             "disciplined.")
    assert affirmed_negated_case(claim, CBL_88, words) is None
    # the act done is still read as the opposite case
    assert affirmed_negated_case("Bank staff who refuse an official's order to grant a loan get disciplined.", CBL_88,
                                 words)
