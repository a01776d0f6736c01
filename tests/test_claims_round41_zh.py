"""Round 41: a Chinese claim's colloquial permission and negation words (能 / 不能 / 不准 / 没经过) are read as the
statutes' own words (可以 / 不得 / 未经) before the wording checks (verify/statute_words_zh.py). Sentences from the laws."""

from assistant.verify.edits import copied_sentence_findings
from assistant.verify.polarity import contradictions
from assistant.verify.statute_words_zh import statute_words_zh

# 个人信息保护法第三十六条, 反洗钱法第二十一条, 网络数据安全管理条例第十六条, 电子签名法第二十八条 (the shared corpus)
STORED_IN_CHINA = ("第三十六条 国家机关处理的个人信息应当在中华人民共和国境内存储；确需向境外提供的，应当进行安全评估。"
                   "安全评估可以要求有关部门提供支持与协助。")
ENTRUSTED_ARTICLE = ("第十六条 网络数据处理者为国家机关、关键信息基础设施运营者提供服务，或者参与其他公共基础设施、公共服务系统"
                     "建设、运行、维护的，应当依照法律、法规的规定和合同约定履行网络数据安全保护义务，提供安全、稳定、持续的服务。\n"
                     "前款规定的网络数据处理者未经委托方同意，不得访问、获取、留存、使用、泄露或者向他人提供网络数据，不得对网络数据"
                     "进行关联分析。")
INTERVIEW = ("必要时可以按照规定约谈金融机构的董事、监事、高级管理人员以及反洗钱工作直接负责人，要求其就有关事项说明情况。")
ENTRUSTED = ("前款规定的网络数据处理者未经委托方同意，不得访问、获取、留存、使用、泄露或者向他人提供网络数据，不得对网络数据"
             "进行关联分析。")
NO_FAULT = ("第二十八条 电子签名人或者电子签名依赖方因依据电子认证服务提供者提供的电子签名认证服务从事民事活动遭受损失，"
            "电子认证服务提供者不能证明自己无过错的，承担赔偿责任。")


def wrong(claim: str, article: str) -> list:
    said = statute_words_zh(claim, [article])
    return contradictions(said, article) or copied_sentence_findings(said, article)


def test_colloquial_words_are_read_as_the_statutes_words():
    assert statute_words_zh("被询问人能要求补充", []) == "被询问人可以要求补充"
    assert statute_words_zh("没经过委托方同意，不能访问", []) == "未经委托方同意，不得访问"
    assert statute_words_zh("个人信息不准出售", []) == "个人信息不得出售"
    # 要 / 得 stay unread (see the module's note)
    assert statute_words_zh("提供者就得承担赔偿责任，金融机构要建立", []) == "提供者就得承担赔偿责任，金融机构要建立"
    # nouns, conjunctions and words the scope checks read stay as they are
    for text in ("重要数据需要评估，只要符合要求", "可能影响其功能", "只能向其要求赔偿", "不要求提供担保", "取得同意", "自己决定要不要报告"):
        assert statute_words_zh(text, []) == text


def test_a_word_the_article_itself_uses_in_the_same_phrase_is_kept():
    assert statute_words_zh("认证服务提供者不能证明自己无过错的，不能推卸赔偿责任", [NO_FAULT]) == \
        "认证服务提供者不能证明自己无过错的，不得推卸赔偿责任"


def test_true_colloquial_paraphrases_are_not_contradicted():
    assert wrong("必要时能按照规定约谈金融机构的董事、监事、高级管理人员以及反洗钱工作直接负责人。", INTERVIEW) == []
    assert wrong("网络数据处理者没经过委托方同意，不能访问、留存或者使用网络数据。", ENTRUSTED) == []


def test_a_colloquial_permission_where_the_article_forbids_is_still_caught():
    assert wrong("网络数据处理者没经过委托方同意，也能访问、留存或者使用网络数据。", ENTRUSTED)


def test_the_old_misreadings_are_gone():
    # read word for word, 能 was a changed 可以 and 没经过委托方同意 a party (false alarms before round 41)
    claim = "安全评估能要求有关部门提供支持与协助。"
    assert copied_sentence_findings(claim, STORED_IN_CHINA) and not wrong(claim, STORED_IN_CHINA)
    claim = "给国家机关提供服务的网络数据处理者，没经过委托方同意，不能访问、留存或者使用网络数据，也不能对数据做关联分析。"
    assert contradictions(claim, ENTRUSTED_ARTICLE) and not wrong(claim, ENTRUSTED_ARTICLE)


def test_neng_where_the_article_says_nenggou_is_its_own_capability():
    article = "向服务提供商提供的个人信息应当限于实现委托目的所必需的最小范围，能够去标识化的应当去标识化后提供。"
    assert statute_words_zh("能去标识化的先去标识化再给。", [article]) == "能去标识化的先去标识化再给。"
