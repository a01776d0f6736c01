"""The text toolkit's tokenisers: jieba words for BM25, character bigrams for wording comparisons."""

from assistant.text.tokens import bigram_terms, defined_terms, segment, teach_terms, tokenize


def test_tokenize_english_words_lower_cased_without_stop_words():
    assert tokenize("The controller SHALL keep records of processing, Art. 30(1) 2.5") == [
        "controller", "keep", "records", "processing", "art", "30", "1", "2.5"]


def test_tokenize_chinese_in_search_mode_without_stop_words():
    tokens = tokenize("个人信息处理者应当采取必要措施")
    assert "应当" not in tokens  # a stop word
    assert {"个人", "信息", "措施"} <= set(tokens)


def test_defined_terms_are_found_and_taught_as_words():
    text = "第二十八条 敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害的个人信息。\n本法所称受益所有人，是指最终拥有的人。"
    terms = defined_terms([text, "无定义的文本"])
    assert terms == ["受益所有人", "敏感个人信息"]
    teach_terms(terms)
    assert "敏感个人信息" in tokenize("处理敏感个人信息应当取得单独同意")
    assert "敏感个人信息" in segment("处理敏感个人信息")


def test_bigram_terms_defaults():
    assert bigram_terms("个人信息 GDPR art 6 a") == {"个人", "人信", "信息", "gdpr", "art"}


def test_bigram_terms_options():
    text = "保存五年 the data of Art 6 x 存"
    assert bigram_terms(text, single_chars=True, stop={"the", "of"}) == {
        "保存", "存五", "五年", "data", "art", "存"}
    assert bigram_terms(text, min_word=3, digits=False) == {"保存", "存五", "五年", "the", "data", "art"}
    assert bigram_terms(text, min_word=4, digits=False, drop_numbers=True) == {"保存", "data"}
    assert bigram_terms("数据跨境 data2024", digits=True) == {"数据", "据跨", "跨境", "data2024"}
    assert bigram_terms("数据跨境 data2024", digits=False) == {"数据", "据跨", "跨境", "data"}


def test_bigram_terms_take_extension_a_characters():
    assert bigram_terms("\u3400\u4e00") == {"\u3400\u4e00"}


def test_paragraphs_are_the_non_blank_lines_stripped():
    from assistant.text.paragraphs import paragraphs

    text = "第十条 总则\n\n  个人信息处理者应当采取措施。 \r\n\u3000\n（一）制定制度；"
    assert paragraphs(text) == ["第十条 总则", "个人信息处理者应当采取措施。", "（一）制定制度；"]
    assert paragraphs(text, min_chars=9) == ["个人信息处理者应当采取措施。"]


def test_tokenize_remembers_a_text_until_jieba_is_taught_a_term():
    text = "金融机构应当对跨境汇款凭证副本妥善保存"
    first = tokenize(text)
    first.append("mutated")  # the caller's list is its own
    assert tokenize(text) == first[:-1]
    assert "跨境汇款凭证副本" not in tokenize(text)
    teach_terms(["跨境汇款凭证副本"])  # the dictionary grew: the remembered tokens no longer hold
    assert "跨境汇款凭证副本" in tokenize(text)
