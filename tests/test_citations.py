"""Marker parsing, sentence splitting, renumbering, and the token-budgeted evidence block."""

from assistant.answer.citations import (
    claims_of,
    parse_markers,
    resolve_markers,
    split_sentences,
    strip_markers,
)
from assistant.answer.context import build_context
from assistant.tokens import count_tokens
from clause_texts import clause, hits


def test_marker_forms():
    assert parse_markers("甲[1]乙[1][2]丙[3, 4]丁【5】戊［6］己[7，8、9]") == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert parse_markers("In [2016] the regulation [2] applied") == [2]  # four digits: a year, not a marker
    assert strip_markers("应当取得同意 [1]。") == "应当取得同意。"


def test_sentences_keep_their_markers():
    text = "处理个人信息应当取得同意[1]。另有规定的除外。[2] See Art. 6 of the GDPR, e.g. consent.[3] It applies.\n## 依据"
    assert split_sentences(text) == [
        "处理个人信息应当取得同意[1]。",
        "另有规定的除外。[2]",
        "See Art. 6 of the GDPR, e.g. consent.[3]",
        "It applies.",
        "## 依据",
    ]
    claims = claims_of(text)
    assert [c.markers for c in claims] == [[1], [2], [3], []]  # the heading is not a claim
    assert claims[0].text == "处理个人信息应当取得同意。"


def test_quotes_and_numbered_paragraphs_do_not_split():
    assert split_sentences("《个人信息保护法》第十三条：「甲。乙。」[1]") == ["《个人信息保护法》第十三条：「甲。乙。」[1]"]
    assert split_sentences("1. Processing shall be lawful only if: (a) consent;") == [
        "1. Processing shall be lawful only if:",
        "(a) consent;",
    ]


def test_unknown_markers_are_dropped_flagged_and_the_rest_renumbered():
    c13, c14, c66 = clause("pipl-2021", 13), clause("pipl-2021", 14), clause("pipl-2021", 66)
    resolved = resolve_markers("须取得个人同意[3]。违法的处以罚款[1][9]。变更目的须重新同意【3, 2】。", {1: c66, 2: c14, 3: c13})
    assert resolved.text == "须取得个人同意[1]。违法的处以罚款[2]。变更目的须重新同意[1][3]。"
    assert resolved.dropped == [9]
    assert resolved.notices == ["marker [9] pointed at nothing retrieved; dropped"]
    assert [(c.marker, c.chunk_id) for c in resolved.citations] == [(1, c13.chunk_id), (2, c66.chunk_id), (3, c14.chunk_id)]
    assert [c.markers for c in resolved.claims] == [[1], [2], [1, 3]]
    # The quote is a verbatim sentence of the clause that best matches the claims citing it.
    assert resolved.citations[1].quote in c66.text and "罚款" in resolved.citations[1].quote


def test_context_is_numbered_escaped_and_within_budget():
    clauses = [clause("pipl-2021", n) for n in (13, 14, 66, 38, 39)]
    full = build_context(hits(*clauses), budget_tokens=100_000)
    assert list(full.numbered) == [1, 2, 3, 4, 5] and not full.dropped and not full.notices
    assert full.text.startswith('<clause id="[1]" law="个人信息保护法" article="第十三条"')
    assert full.text.count("</clause>") == 5

    budget = count_tokens(full.text.split("\n<clause")[0]) + 200  # room for clause 1 and little more
    cut = build_context(hits(*clauses), budget_tokens=budget)
    assert count_tokens(cut.text) <= budget
    assert 1 in cut.numbered and len(cut.numbered) < 5
    assert [c.chunk_id for c in cut.dropped] == [c.chunk_id for c in clauses[len(cut.numbered):]]  # dropped from the end
    assert "left out to fit the context budget" in cut.notices[-1] and "第六十六条" in cut.notices[-1]


def test_a_single_clause_over_budget_is_shortened_not_lost():
    context = build_context(hits(clause("pipl-2021", 66)), budget_tokens=60)
    assert list(context.numbered) == [1] and count_tokens(context.text) <= 60
    assert "shortened" in context.notices[0]
