"""General English words the lexicon lacked before round 38 (lexicon.toml's round-38 block): each reaches the wording of
the Chinese article it stands for, and the whole-word keys leave the look-alike words alone."""

from __future__ import annotations

from assistant.lexis.lexicon import load_lexicon


def test_deceiving_and_coercing_reach_the_pipl_principle_wording():
    words = load_lexicon().chinese_words
    # 个人信息保护法第五条 不得通过误导、欺诈、胁迫等方式处理个人信息
    assert "误导" in words("Is misleading consent wording a problem?")
    assert {"误导", "欺诈"} <= set(words("The form tricks users into agreeing."))
    assert "胁迫" in words("Can staff coerce a customer into signing?")
    assert not words("This is a tricky one.")  # tricky: hard, not deceiving


def test_assistance_is_whole_words_only():
    words = load_lexicon().chinese_words
    assert {"技术支持", "协助"} <= set(words("Must we give the police technical support?"))  # 网络安全法第三十条
    assert "协助" in words("Do we have to assist the investigators?")
    assert "协助" not in words("Our assistant drafted the notice.")


def test_electronic_records_and_originals_reach_the_electronic_signature_law():
    words = load_lexicon().chinese_words
    assert "数据电文" in words("Is an electronic record as good as a signed form?")  # 电子签名法第二条
    assert "原件" in words("Can a scan replace the paper original?")  # 电子签名法第五条
    assert "原件" not in words("Is the original purpose still valid?")


def test_corporate_form_leniency_and_funding_sources():
    words = load_lexicon().chinese_words
    assert "组织形式" in words("Which law governs a bank's corporate form?")  # 商业银行法第十七条
    assert {"从轻", "减轻"} <= set(words("Is there any leniency if we self-report?"))  # 网络安全法第七十三条
    assert "资金来源" in words("Will the regulator check the investor's source of funds?")  # 银行业监督管理法第十七条
    assert "合规审计" in words("How often is a compliance audit due?")
