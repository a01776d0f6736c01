"""A permission the clause gives only in its case, given by the claim without it (verify/conditional_permissions.py)."""

from assistant.verify.conditional_permissions import permission_without_its_case
from assistant.verify.polarity import contradictions

# 个人信息保护法第五十七条 (excerpt)
PIPL57 = ("第五十七条 发生或者可能发生个人信息泄露、篡改、丢失的，个人信息处理者应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人。\n\n"
          "个人信息处理者采取措施能够有效避免信息泄露、篡改、丢失造成危害的，个人信息处理者可以不通知个人；"
          "履行个人信息保护职责的部门认为可能造成危害的，有权要求个人信息处理者通知个人。")
# 商业银行法第三十六条 (excerpt)
CBL36 = ("第三十六条 商业银行贷款，借款人应当提供担保。\n\n经商业银行审查、评估，确认借款人资信良好，确能偿还贷款的，可以不提供担保。")
# GDPR Art. 12(5)
GDPR12_5 = ("5. Information provided under Articles 13 and 14 and any communication and any actions taken under Articles 15 to "
            "22 and 34 shall be provided free of charge. Where requests from a data subject are manifestly unfounded or "
            "excessive, in particular because of their repetitive character, the controller may either:\n\n"
            "(a) charge a reasonable fee taking into account the administrative costs of providing the information or "
            "communication or taking the action requested; or\n\n(b) refuse to act on the request.")


def test_chinese_omission_without_the_case_is_caught():
    claim = "按《个人信息保护法》第五十七条，个人信息泄露了，处理者通知监管部门就行，不用告诉个人。"
    assert "可以不通知个人" in permission_without_its_case(claim, PIPL57)
    assert any(f.kind == "polarity" for f in contradictions(claim, PIPL57))


def test_chinese_omission_with_the_case_in_everyday_words_passes():
    assert permission_without_its_case("处理者采取措施能够有效避免泄露造成危害的，可以不通知个人。", PIPL57) == ""
    assert permission_without_its_case("借款人资信好、确实还得上贷款的，银行可以不要求担保。", CBL36) == ""
    assert "资信良好" in permission_without_its_case("找银行贷款没必要提供担保。", CBL36)


def test_english_permission_for_every_request_is_caught_through_the_lead_in():
    claim = "Under Article 12 GDPR, a controller is free to charge a fee for every request a data subject makes."
    assert permission_without_its_case(claim, GDPR12_5).startswith("Where requests")
    assert any(f.kind == "polarity" for f in contradictions(claim, GDPR12_5))


def test_english_permission_with_its_case_passes():
    claim = ("Under Article 12 GDPR, where a data subject's requests are manifestly unfounded or excessive, the controller "
             "may charge a reasonable fee or refuse to act on any of them.")
    assert permission_without_its_case(claim, GDPR12_5) == ""


# 商业银行法第四十八条 (excerpt)
CBL48 = "第四十八条 企业事业单位可以自主选择一家商业银行的营业场所开立一个办理日常转账结算和现金收付的基本账户，不得开立两个以上基本账户。"


def test_a_count_the_clause_fixes_left_open_is_caught():
    from assistant.verify.open_counts import open_count

    claim = "按《商业银行法》第四十八条，企业在几家银行开几个基本账户都可以。"
    assert "基本账户" in open_count(claim, CBL48)
    assert any(f.kind == "scope" for f in contradictions(claim, CBL48))
    assert open_count("企业选哪家银行开基本账户都可以。", CBL48) == ""
    assert open_count("企业开几个一般账户都可以。", CBL48) == ""


def test_an_english_count_left_open_is_read_at_the_head_of_its_noun():
    from assistant.verify.open_counts import open_count

    # GDPR Art. 37(2) (excerpt)
    art37 = ("2. A group of undertakings may appoint a single data protection officer provided that a data protection "
             "officer is easily accessible from each establishment.")
    assert open_count("A group may appoint as many data protection officers as it likes.", art37) \
        == "a single data protection officer"
    assert open_count("A group may appoint any number of staff at each establishment.", art37) == ""


# 征信业管理条例第十八条
CRR18 = "第十八条 向征信机构查询个人信息的，应当取得信息主体本人的书面同意并约定用途。但是，法律规定可以不经同意查询的除外。"
# 个人信息保护法第二十七条 (excerpt)
PIPL27 = ("第二十七条 个人信息处理者可以在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；个人明确拒绝的除外。"
          "个人信息处理者处理已公开的个人信息，对个人权益有重大影响的，应当依照本法规定取得个人同意。")


def _words(text):
    from assistant.lexis.lexicon import load_lexicon

    return load_lexicon().chinese_words(text)


def test_english_omission_of_a_chinese_conditional_permission_without_its_case_is_caught():
    from assistant.verify.conditional_permissions import permission_without_its_case_across

    claim = ("Under Article 57 of China's PIPL, a personal information processor does not have to notify individuals of "
             "a personal information leak.")
    assert "可以不通知个人" in permission_without_its_case_across(claim, PIPL57, _words)
    assert any(f.kind == "polarity" and "only in its case" in f.message for f in contradictions(claim, PIPL57))
    claim = "Under China's Commercial Bank Law Art. 36, a bank doesn't need to ask borrowers for a guarantee."
    assert "可以不提供担保" in permission_without_its_case_across(claim, CBL36, _words)
    # a permission to act "without" the approval a 但是…规定可以不经同意…的除外 leaves to the laws
    claim = ("Under Article 18 of China's Credit Reporting Regulation, anyone can look up a person's information at a "
             "credit reporting agency without the person's written consent.")
    assert "可以不经同意查询" in permission_without_its_case_across(claim, CRR18, _words)


def test_english_omission_stating_the_case_passes():
    from assistant.verify.conditional_permissions import permission_without_its_case_across

    claim = ("Under Article 57 of China's PIPL, where a processor's measures can effectively avoid harm from a leak, it "
             "may choose not to notify individuals.")
    assert permission_without_its_case_across(claim, PIPL57, _words) == ""
    # the case in other words: 评估 and 资信, found nowhere else in the article
    claim = ("Under China's Commercial Bank Law, a bank that has reviewed and assessed a borrower and confirmed that the "
             "borrower is creditworthy and able to repay does not have to demand a guarantee.")
    assert permission_without_its_case_across(claim, CBL36, _words) == ""
    claim = ("Under China's Credit Reporting Regulation, a credit reporting agency can be queried about a person's "
             "information without his consent only where a law so provides.")
    assert permission_without_its_case_across(claim, CRR18, _words) == ""
    # a ban on acting without the approval ("may not", "can not", "no one can") restates the rule, not its exception
    for claim in ("A credit reporting agency may not be queried without the individual's written consent.",
                  "Anyone querying a credit bureau needs written consent; no one can query without it.",
                  "A person querying a credit reporting agency can not do so without the individual's written consent."):
        assert permission_without_its_case_across(claim, CRR18, _words) == ""
    # a duty stated with an exemption of its manner restates more than the permission
    claim = "The processor must notify individuals of a leak; it is not required to notify them separately by post."
    assert permission_without_its_case_across(claim, PIPL57, _words) == ""


def test_english_permission_in_the_case_a_chinese_sentence_excepts_is_caught():
    from assistant.verify.conditional_permissions import permission_in_excepted_case_across

    claim = ("Under PIPL Art. 27, a processor may process personal information an individual has made public even where "
             "the individual clearly refuses.")
    assert "明确拒绝的除外" in permission_in_excepted_case_across(claim, PIPL27, _words)
    assert any(f.kind == "polarity" and "excepts" in f.message for f in contradictions(claim, PIPL27))
    claim = ("Under PIPL Art. 27, a processor may process personal information an individual has made public, unless the "
             "individual clearly refuses.")
    assert permission_in_excepted_case_across(claim, PIPL27, _words) == ""


def test_a_ceiling_the_clause_bans_is_caught_since_yishang_includes_the_number():
    from assistant.verify.open_counts import allowed_banned_count

    claim = "Under Article 48 of China's Commercial Bank Law, an enterprise may open up to two basic accounts."
    assert "两个以上" in allowed_banned_count(claim, CBL48)
    assert any(f.kind == "scope" and "以上" in f.message for f in contradictions(claim, CBL48))
    assert "两个以上" in allowed_banned_count("按《商业银行法》第四十八条，企业最多可以开两个基本账户。", CBL48)
    assert allowed_banned_count("企业最多只能开一个基本账户。", CBL48) == ""
    assert allowed_banned_count("An enterprise may open one basic account and must not open two or more.", CBL48) == ""
