"""The blind-round protocol's split (evals/rounds.py): check data never leaks into a tuning pool."""

import json

import pytest

from evals import rounds
from evals.datasets import half_of


def write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def data(tmp_path):
    q = {"law": "个人信息保护法", "articles": [13]}
    write(tmp_path / "realistic_blind_zh40.jsonl", [dict(q, id="a1", question="能不能用？", half="A"),
                                                   dict(q, id="b1", question="要不要同意？", half="B")])
    write(tmp_path / "realistic_blind_zh5.jsonl", [dict(q, id="old-b", question="旧的问题？", half="B")])
    write(tmp_path / "realistic_blind_en40.jsonl", [dict(q, id="e-a", question="May we?", half="A", lang="en"),
                                                   dict(q, id="e-b", question="Must we?", half="B", lang="en")])
    claim = {"law": "个人信息保护法", "article": 13, "claim": "x", "truth": True, "kind": "true"}
    write(tmp_path / "planted_claims_blind40.jsonl", [dict(claim, id="c-z", batch="BZ"), dict(claim, id="c-ca", batch="CA")])
    write(tmp_path / "out_of_scope_blind40.jsonl", [{"id": "o-a", "question": "q", "expect": "abstain", "half": "A"},
                                                    {"id": "o-b", "question": "q", "expect": "abstain", "half": "B"}])
    write(tmp_path / "realistic_holdout.jsonl", [dict(q, id="h1", question="留出的问题？")])
    return tmp_path


def ids(items):
    return {i["id"] for i in items}


def test_a_new_rounds_b_half_is_check_data_and_its_a_half_joins_the_pool(data):
    assert ids(rounds.pool("zh", own_dir=data)) == {"a1", "old-b"}  # round 5 predates the protocol: tuned on whole
    assert ids(rounds.check("zh", own_dir=data)) == {"b1"}
    assert ids(rounds.pool("en", own_dir=data)) == {"e-a"} and ids(rounds.check("en", own_dir=data)) == {"e-b"}
    assert ids(rounds.pool("oos", own_dir=data)) == {"o-a"} and ids(rounds.check("oos", own_dir=data)) == {"o-b"}


def test_the_later_claim_batch_is_check_data_even_across_the_alphabet(data):
    # CA comes after BZ: the order is by length, then letters
    assert ids(rounds.check("claims", own_dir=data)) == {"c-ca"}
    assert ids(rounds.pool("claims", own_dir=data)) == {"c-z"}


def test_held_out_sets_are_never_in_a_pool(data):
    assert "h1" not in ids(rounds.pool("zh", own_dir=data)) | ids(rounds.pool("ans", own_dir=data))


def test_the_shipped_files_pools_and_check_data_are_disjoint():
    for pool, check in (("zh", "zh"), ("en", "en"), ("oos", "oos"), ("ans", "ab"), ("ans", "zh"), ("claims", "claims")):
        pooled, checked = ids(rounds.pool(pool)), ids(rounds.check(check))
        assert checked and not pooled & checked, (pool, check)


def test_hash_split_sets_keep_their_check_half_out(data):
    write(data / "realistic_dev.jsonl", [{"id": f"d{i}", "question": "问？", "law": "个人信息保护法", "articles": [1]}
                                         for i in range(20)])
    pooled = ids(rounds.pool("zh", own_dir=data))
    assert {f"d{i}" for i in range(20) if half_of(f"d{i}") == "tune"} <= pooled
    assert not {f"d{i}" for i in range(20) if half_of(f"d{i}") == "check"} & pooled


def test_an_unknown_pool_is_a_clear_error():
    with pytest.raises(ValueError, match="use one of"):
        rounds.pool("fr")


def test_measure_never_shows_rows_of_check_data():
    from evals.measure import select

    assert select("check:zh")[1] and select("realistic_blind_zh20:B")[1] and select("realistic_holdout")[1]
    assert not select("realistic_blind_zh20:A")[1] and not select("pool:claims")[1]
    assert select("realistic_blind_zh20")[1]  # the whole file holds its B half


def test_measure_counts_moved_items_both_ways():
    from evals.measure import changed

    old = {"a": {"mrr": 1.0}, "b": {"mrr": 0.5}, "c": {"mrr": 0.0}}
    new = {"a": {"mrr": 0.5}, "b": {"mrr": 0.5}, "c": {"mrr": 1.0}}
    assert changed("ret", old, new) == (2, 1, 1)
    assert changed("cov", {"a": {"refused": True}}, {"a": {"refused": False}}) == (1, 0, 0)
