"""The text toolkit: Chinese numerals, article references, labels and their suffixes (pure)."""

import re

import pytest

from assistant.text.articles import (
    CN_ARTICLE_LABEL, CN_DIVISION, CN_ITEM, EN_ARTICLE_LABEL, ArticleRef, format_label, label_suffix, parse_article_ref,
)
from assistant.text.numerals import NUMBER, cn_to_int, int_to_cn


@pytest.mark.parametrize("text, value", [
    ("零", 0), ("〇", 0), ("十", 10), ("十三", 13), ("二十", 20), ("一百", 100), ("一百零五", 105),
    ("一百一十", 110), ("两百", 200), ("两千零一", 2001), ("一万零一百", 10100), ("13", 13), ("１３", 13),
])
def test_cn_to_int(text, value):
    assert cn_to_int(text) == value


@pytest.mark.parametrize("bad", ["", "  ", "十三a", "第十条"])
def test_cn_to_int_refuses_what_is_not_a_number(bad):
    with pytest.raises(ValueError):
        cn_to_int(bad)


@pytest.mark.parametrize("value, text", [
    (0, "零"), (10, "十"), (13, "十三"), (20, "二十"), (105, "一百零五"), (110, "一百一十"), (1001, "一千零一"),
    (10100, "一万零一百"),
])
def test_int_to_cn(value, text):
    assert int_to_cn(value) == text


def test_int_to_cn_round_trips():
    assert all(cn_to_int(int_to_cn(n)) == n for n in range(0, 3000))
    with pytest.raises(ValueError):
        int_to_cn(-1)


def test_number_pattern_takes_every_way_laws_write_numbers():
    assert [m for m in re.findall(rf"第({NUMBER})条", "第13条、第１３条、第十三条、第两百条")] == ["13", "１３", "十三", "两百"]


@pytest.mark.parametrize("text, ref", [
    ("第十三条", ArticleRef(13, end=4)),
    ("第二十条之一", ArticleRef(20, 1, end=6)),
    ("第十三条第二款第（三）项", ArticleRef(13, 0, 2, "3", end=12)),
    ("第 13 条 第2款", ArticleRef(13, 0, 2, None, end=10)),
    ("第六十四条（二）项", ArticleRef(64, 0, None, "2", end=9)),
    ("Art. 6(1)(a)", ArticleRef(6, 0, 1, "a", end=12)),
    ("Article 17", ArticleRef(17, end=10)),
    ("Art. 5 (1) c)", ArticleRef(5, 0, 1, "c", end=13)),
    ("Article 10a", ArticleRef(10, 1, end=11)),
    ("  articles 15", ArticleRef(15, end=13)),
])
def test_parse_article_ref(text, ref):
    assert parse_article_ref(text) == ref


@pytest.mark.parametrize("text", ["第零条", "十三条", "Section 5", "the article", ""])
def test_parse_article_ref_none(text):
    assert parse_article_ref(text) is None


def test_parse_article_ref_at_a_position():
    text = "见《个人信息保护法》第十三条第一款"
    ref = parse_article_ref(text, text.index("第"))
    assert (ref.article, ref.paragraph, text[ref.end - 1]) == (13, 1, "款")


@pytest.mark.parametrize("args, label", [
    ((13,), "第十三条"), ((20, 1), "第二十条之一"), ((105,), "第一百零五条"), ((13, 0, "en"), "Article 13"),
    ((10, 1, "en"), "Article 10a"), ((10, 0, "en", "b"), "Article 10b"),
])
def test_format_label(args, label):
    assert format_label(*args) == label


@pytest.mark.parametrize("label, suffix", [
    ("第二十条之一", 1), ("第二十条之十二", 12), ("第二十条", 0), ("Article 20a", 1), ("Article 20", 0),
    ("Section 3b", 2), ("序言", 0), ("附件一 之一般规定", 0), ("Recital 4", 0), ("", 0),
    ("第二十条之一（2019-01-01）", 1),
])
def test_label_suffix(label, suffix):
    assert label_suffix(label) == suffix


def test_label_suffix_reads_back_every_label_format_label_writes():
    for article in (1, 13, 20, 105):
        for suffix in range(0, 4):
            for language in ("zh", "en"):
                assert label_suffix(format_label(article, suffix, language)) == suffix


def test_label_patterns():
    assert re.fullmatch(CN_ARTICLE_LABEL, "第二十条之一") and re.fullmatch(CN_ARTICLE_LABEL, "第13条")
    assert not re.fullmatch(CN_ARTICLE_LABEL, "第二章")
    en = re.compile(EN_ARTICLE_LABEL, re.I)
    assert [en.search(t).group(0) for t in ("see Article 6(1)(a) GDPR", "Art. 13 and", "per art 6.1.b")] == [
        "Article 6(1)(a)", "Art. 13", "art 6"]
    assert en.search("Art. 5 GDPR)").group(0) == "Art. 5"  # a law name in capitals is no point "(GDPR)"
    assert CN_DIVISION.match("第三分编 合同").group(2) == "分编" and CN_DIVISION.match("第 二 章").group(1) == "二"
    assert CN_ITEM.match("（三）") and CN_ITEM.match("(十)") and not CN_ITEM.match("（零售）")


def test_numerals_and_article_patterns_are_spelled_out_only_in_the_toolkit():
    """A module that writes its own 一二三四五六七八九 class drifts from the others (第两百条, 之十二, １３ …)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    offenders = [
        str(path.relative_to(root)) for folder in ("assistant", "ingest") for path in sorted((root / folder).rglob("*.py"))
        if path.relative_to(root).parts[:2] != ("assistant", "text") and "一二三四五六七八九" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
