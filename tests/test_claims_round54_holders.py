"""Round 54 (escapes). A right or duty the article gives to anyone (任何单位和个人 / 任何组织、个人 / 任何个人和组织) that a
Chinese claim gives to "only" one kind of party the article does not name (verify/anyone_holders.py). Clauses are the
laws' own text; claims are written for these tests."""

from assistant.verify.anyone_holders import narrowed_anyone_holder
from claim_helpers import kinds

# 网络安全法（2025年修正）第十五条 (first sentence)
CSL_15 = "第十五条 任何个人和组织有权对危害网络安全的行为向网信、电信、公安等部门举报。"
# 个人信息保护法第六十五条第一款
PIPL_65 = ("第六十五条 任何组织、个人有权对违法个人信息处理活动向履行个人信息保护职责的部门进行投诉、举报。收到投诉、举报的部门"
           "应当依法及时处理，并将处理结果告知投诉、举报人。")
# 非银行支付机构监督管理条例第六条第二款 (first sentence)
PAY_6 = "未经依法批准，任何单位和个人不得从事或者变相从事支付业务，不得在单位名称和经营范围中使用“支付”字样。"
# 商业银行法第三十条 (任何 as the object of 拒绝, not the holder)
CBL_30 = "第三十条 对单位存款，商业银行有权拒绝任何单位或者个人查询，但法律、行政法规另有规定的除外。"


def test_only_one_kind_of_party_against_an_anyone_holder():
    assert narrowed_anyone_holder("只有网络运营者才有权对危害网络安全的行为向公安等部门举报。", CSL_15) == "任何个人和组织"
    assert narrowed_anyone_holder("仅个人信息被处理的个人本人有权投诉、举报违法个人信息处理活动。", PIPL_65) == "任何组织、个人"
    assert narrowed_anyone_holder("未经依法批准，只有企业不得从事支付业务，个人随便做。", PAY_6) == "任何单位和个人"
    claim = "依据《网络安全法》第十五条，只有网络运营者才有权对危害网络安全的行为向公安等部门举报。"
    assert "scope" in kinds(claim, CSL_15)


def test_an_anyone_holder_restated_or_widened_is_left_alone():
    for claim, clause in [("不只是网络运营者，普通个人也可以举报危害网络安全的行为。", CSL_15),
                          ("并非只有信息被处理的本人才可以投诉，任何组织、个人都有权投诉、举报。", PIPL_65),
                          ("只有经依法批准的企业才能从事支付业务。", PAY_6),  # the article's own condition
                          ("只有收到投诉、举报的部门应当依法及时处理。", PIPL_65),  # a party the article names
                          ("只有商业银行有权拒绝单位查询单位存款。", CBL_30)]:  # 任何 not the holder
        assert narrowed_anyone_holder(claim, clause) == ""


# 消费者权益保护法第二十五条第一款
CPL_25 = ("第二十五条 经营者采用网络、电视、电话、邮购等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由，但下列"
          "商品除外:\n\n（一）消费者定作的；\n\n（二）鲜活易腐的；\n\n（三）在线下载或者消费者拆封的音像制品、计算机软件等数字化商品；"
          "\n\n（四）交付的报纸、期刊。")


def test_an_excepted_item_named_as_the_topic_of_the_rule():
    from assistant.verify.excluded_items import topic_in_exception

    assert topic_in_exception("依据《消费者权益保护法》第二十五条，鲜活易腐的商品网购后七日内也可以无理由退货。", CPL_25)
    assert topic_in_exception("消费者定作的商品，收到后七天内照样可以退货，不用说明理由。", CPL_25)
    assert topic_in_exception("网购的报纸、期刊交付后七日内也可以无理由退货。", CPL_25)
    for claim in ["鲜活易腐的商品不能七日无理由退货。",  # the exception restated
                  "网购的衣服等普通商品，收到后七日内可以无理由退货。",  # the rule itself
                  "网上买的东西，除消费者定作的等商品外，消费者收到商品后一周内可以无理由退货。"]:  # the claim excepts too
        assert topic_in_exception(claim, CPL_25) == ""


# 商业银行法第二十九条第一款
CBL_29 = "第二十九条 商业银行办理个人储蓄存款业务，应当遵循存款自愿、取款自由、存款有息、为存款人保密的原则。"


def test_a_focused_act_the_cited_text_makes_a_duty_reads_the_duty():
    from assistant.verify.clefts import uncleft_zh

    claim = "依据《商业银行法》第二十九条，为存款人保密的，是存款人自己。"
    assert uncleft_zh(claim, [CBL_29]) == "依据《商业银行法》第二十九条，存款人自己应当为存款人保密。"
    assert uncleft_zh(claim) == "依据《商业银行法》第二十九条，存款人自己为存款人保密。"  # (no cited text: no duty read)
    # an act the cited text does not make a duty keeps no modal
    assert uncleft_zh("依据《商业银行法》第二十九条，对存款利率予以公告的，是商业银行。", [CBL_29]) == \
        "依据《商业银行法》第二十九条，商业银行对存款利率予以公告。"


# 互联网信息服务算法推荐管理规定第三十条
ALG_30 = "第三十条 任何组织和个人发现违反本规定行为的，可以向网信部门和有关部门投诉、举报。收到投诉、举报的部门应当及时依法处理。"


def test_only_one_kind_of_party_against_an_anyone_holder_across_languages():
    from assistant.lexis.lexicon import load_lexicon
    from assistant.verify.anyone_holders import narrowed_anyone_holder_across

    words = load_lexicon().chinese_words
    claim = "Under Article 30, only users of the algorithm service may complain to the cyberspace department."
    assert narrowed_anyone_holder_across(claim, ALG_30, words) == "任何组织和个人"
    for claim in ["Under Article 30, any organisation or individual may complain to the cyberspace department.",
                  "Under Article 30, not only users but any individual may complain to the cyberspace department."]:
        assert narrowed_anyone_holder_across(claim, ALG_30, words) == ""
