"""The blind-round protocol's data: which items are tuning pools and which are check data (pure, no I/O but reading
the JSONL files here and the shared dev sets).

Each round a data-only helper writes fresh sets that nobody who changes code sees; after the round they are
registered here and split by their `half` field: half A joins the tuning pools, half B stays check data for good
(docs/history.md, round 19 on). So the check data are:
- the B halves of `realistic_blind_zh<N>` / `realistic_blind_en<N>` from N = 14 and of `out_of_scope_blind<N>` /
  `answerable_blind<N>` from N = 12 (round 19's sets; the older ones were tuned on whole);
- the second claim batch of `planted_claims_blind<N>` from N = 13 (Z, AB, AD, …);
- the held-out sets whole, and the check half (id hash, `datasets.half_of`) of `realistic_dev`, `planted_claims`,
  `out_of_scope` and the shared dev sets.
The pools are everything else: `zh` / `en` (gold questions by the question's language, plus the shared dev sets'
tuning halves), `oos` (should be refused), `ans` (should be answered: the answerable sets and the realistic
questions), `claims` (planted claims).
"""

from __future__ import annotations

import re
from pathlib import Path

from .datasets import half_of, load_jsonl

OWN_DIR = Path(__file__).parent / "data"
FIRST_CHECKED = {"realistic_blind_zh": 14, "realistic_blind_en": 14, "out_of_scope_blind": 12, "answerable_blind": 12,
                 "planted_claims_blind": 13}
HELD_OUT = ("realistic_holdout", "planted_claims_holdout")
HASH_SPLIT = ("realistic_dev", "planted_claims", "out_of_scope")
GOLD_PREFIXES = ("realistic_", "eu_probe", "lawpolicy_probe")
POOLS = ("zh", "en", "oos", "ans", "claims")
CHECK_SETS = ("zh", "en", "oos", "ab", "claims")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def round_number(stem: str, prefix: str) -> int | None:
    match = re.fullmatch(re.escape(prefix) + r"(\d+)", stem)
    return int(match.group(1)) if match else None


def is_chinese(item: dict) -> bool:
    if item.get("lang") in ("zh", "en"):
        return item["lang"] == "zh"
    return bool(_CJK.search(item.get("question", "")))


def _batch_order(batch: str) -> tuple[int, str]:
    return len(batch), batch  # Z < AA < AB … < BA


def check_items(stem: str, items: list[dict], shared: bool = False) -> list[dict]:
    """The items of one file (by its stem) that are check data."""
    if stem in HELD_OUT:
        return items
    if shared or stem in HASH_SPLIT:
        return [i for i in items if half_of(i["id"]) == "check"]
    for prefix, first in FIRST_CHECKED.items():
        number = round_number(stem, prefix)
        if number is None or number < first:
            continue
        if prefix == "planted_claims_blind":
            second = max({i["batch"] for i in items}, key=_batch_order)
            return [i for i in items if i["batch"] == second]
        return [i for i in items if i.get("half") == "B"]
    return []


def _without_check(path: Path, shared: bool = False) -> list[dict]:
    items = load_jsonl(path)
    hidden = {i["id"] for i in check_items(path.stem, items, shared)}
    return [dict(i, file=path.stem) for i in items if i["id"] not in hidden]


def pool(name: str, own_dir: Path = OWN_DIR, dev_dir: Path | None = None) -> list[dict]:
    """A tuning pool: every item of its kind that is not check data."""
    files = sorted(own_dir.glob("*.jsonl"))
    if name in ("zh", "en"):
        items = [i for p in files if p.stem.startswith(GOLD_PREFIXES) for i in _without_check(p)]
        items += [i for p in sorted(dev_dir.glob("*.jsonl")) for i in _without_check(p, shared=True)] if dev_dir else []
        return [i for i in items if is_chinese(i) == (name == "zh")]
    if name == "ans":
        return [i for p in files if p.stem.startswith(("realistic_", "answerable_")) for i in _without_check(p)]
    if name == "oos":
        return [i for p in files if p.stem.startswith("out_of_scope") for i in _without_check(p)
                if i.get("expect", "abstain") == "abstain"]
    if name == "claims":
        return [i for p in files if p.stem.startswith(("planted_claims", "actor_paraphrases")) for i in _without_check(p)]
    raise ValueError(f"unknown pool {name!r}: use one of {', '.join(POOLS)}")


def check(name: str, own_dir: Path = OWN_DIR) -> list[dict]:
    """The blind rounds' check data of one kind (measured in aggregate only)."""
    prefix = {"zh": "realistic_blind_zh", "en": "realistic_blind_en", "oos": "out_of_scope_blind",
              "ab": "answerable_blind", "claims": "planted_claims_blind"}.get(name)
    if prefix is None:
        raise ValueError(f"unknown check set {name!r}: use one of {', '.join(CHECK_SETS)}")
    paths = sorted((p for p in own_dir.glob(f"{prefix}*.jsonl") if round_number(p.stem, prefix) is not None),
                   key=lambda p: round_number(p.stem, prefix))
    return [dict(i, file=p.stem) for p in paths for i in check_items(p.stem, load_jsonl(p))]
