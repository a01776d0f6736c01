"""Generated identifiers in the shapes people write them: formats × positions × languages.

Each variant is (kind, written form, the identifier's core that must never appear, question text). The core
is compared on a folded copy of the output (width folded, separators dropped), so a leak in another shape
still counts.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from assistant.redact import ID_CHECK, ID_WEIGHTS, luhn_valid, uscc_check_char

# What the answer needs and must keep: article numbers, dates, amounts.
KEEP_ZH = ["第13条", "2021年8月20日", "500000元"]
KEEP_EN = ["Article 6(1)", "2021-08-20", "EUR 20 000 000"]


@dataclass(frozen=True)
class Variant:
    kind: str
    written: str
    core: str  # folded identifier (or name / address) that must not survive
    text: str
    keep: tuple[str, ...]


def fold(text: str) -> str:
    """Width folded, lower-cased, separators and spaces dropped: leaks in any shape become visible."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in folded if ch.isalnum() or ch == "@" or ord(ch) > 0x2e80)


def make_id(rnd: random.Random) -> str:
    region = rnd.choice(["110101", "310104", "440305", "510107", "330106"])
    birth = f"{rnd.randint(1950, 2004)}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
    body = region + birth + f"{rnd.randint(0, 999):03d}"
    return body + ID_CHECK[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS)) % 11]


def make_card(rnd: random.Random, prefix: str = "622202", length: int = 16) -> str:
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return next(body + c for c in "0123456789" if luhn_valid(body + c))


def make_mobile(rnd: random.Random) -> str:
    return rnd.choice(["138", "139", "150", "186", "199", "177"]) + "".join(str(rnd.randint(0, 9)) for _ in range(8))


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def id_forms(pid: str) -> list[str]:
    return [pid, f"{pid[:6]} {pid[6:14]} {pid[14:]}", f"{pid[:6]}-{pid[6:14]}-{pid[14:]}", full_width(pid),
            "ID" + pid, f"{pid[:6]} {pid[6:10]} {pid[10:14]} {pid[14:]}"]


def mobile_forms(m: str) -> list[str]:
    return [m, "+86" + m, f"+86 {m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]}.{m[3:7]}.{m[7:]}",
            full_width(m), f"（+86）{m}", "Tel" + m, "0086-" + m]


def card_forms(c: str) -> list[str]:
    groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    return [c, " ".join(groups), "-".join(groups), full_width(" ".join(groups))]


NAMES_ZH = ["张三", "李四", "王小明", "赵丽华", "陈建国", "刘芳"]
NAMES_EN = ["John Smith", "Mary Johnson", "Zhang Wei", "Emily Clark"]
ADDRESSES_ZH = ["北京市朝阳区建国路88号", "广东省深圳市南山区科技园路1号3栋501室", "上海市浦东新区世纪大道100号",
                "浙江省杭州市西湖区文三路259号"]
ADDRESSES_EN = ["221 Baker Street", "1600 Pennsylvania Avenue", "10 Downing Street", "350 Fifth Avenue, Suite 3400"]


def variants(seed: int = 12) -> list[Variant]:
    rnd = random.Random(seed)
    shapes: list[tuple[str, str, str]] = []  # (kind, written, core)
    for _ in range(2):
        pid = make_id(rnd)
        shapes += [("id_card", w, pid.lower()) for w in id_forms(pid)]
        m = make_mobile(rnd)
        shapes += [("mobile", w, m) for w in mobile_forms(m)]
        c = make_card(rnd)
        shapes += [("bank_card", w, c) for w in card_forms(c)]
    passport = "E" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
    shapes += [("passport", passport, passport.lower()), ("passport", full_width(passport), passport.lower()),
               ("passport", "G" + passport[1:], "g" + passport[1:])]
    hk_permit = "H" + "".join(str(rnd.randint(0, 9)) for _ in range(8))
    shapes += [("permit", hk_permit, hk_permit.lower()), ("permit", "C" + hk_permit[1:], "c" + hk_permit[1:])]
    shapes += [("hk_id", "A123456(3)", "a1234563"), ("tw_id", "A123456789", "a123456789")]
    shapes.append(("uscc", "91350100M000100Y43", "91350100m000100y43"))
    usc = "9111000010000000" + "0"
    shapes.append(("uscc", usc + uscc_check_char(usc), (usc + uscc_check_char(usc)).lower()))
    shapes += [("email", e, e.lower()) for e in ["zhang.san@example.com", "li.si@银行.中国", "kunde@bücher.de",
                                                 "wang＠example.cn", "ops@xn--fiqs8s.cn"]]

    out: list[Variant] = []
    zh_templates = ["{x}的客户依据第13条于2021年8月20日转账500000元，是否需要报告？",
                    "客户（{x}）依据第13条于2021年8月20日转账500000元，是否需要报告？",
                    "依据第13条，2021年8月20日转账500000元的客户是{x}"]
    en_templates = ["{x} made a transfer on 2021-08-20; is Article 6(1) met for EUR 20 000 000?",
                    "The customer ({x}) made a transfer on 2021-08-20; is Article 6(1) met for EUR 20 000 000?",
                    "Is Article 6(1) met for EUR 20 000 000 transferred on 2021-08-20 by {x}"]
    for kind, written, core in shapes:
        for template in zh_templates:
            out.append(Variant(kind, written, core, template.format(x=written), tuple(KEEP_ZH)))
        for template in en_templates[:2]:
            out.append(Variant(kind, written, core, template.format(x=written), tuple(KEEP_EN)))
    for name in NAMES_ZH:
        for template in ["客户{x}依据第13条于2021年8月20日转账500000元", "姓名：{x}，2021年8月20日转账500000元，适用第13条吗",
                         "持卡人{x}于2021年8月20日转账500000元，第13条", "{x}先生于2021年8月20日转账500000元，第13条"]:
            out.append(Variant("name", name, name, template.format(x=name), tuple(KEEP_ZH)))
    for name in NAMES_EN:
        for template in ["customer {x} transferred EUR 20 000 000 on 2021-08-20 under Article 6(1)",
                         "Name: {x}; transfer on 2021-08-20, Article 6(1), EUR 20 000 000"]:
            out.append(Variant("name", name, fold(name), template.format(x=name), tuple(KEEP_EN)))
    for address in ADDRESSES_ZH:
        for template in ["客户住址{x}，2021年8月20日转账500000元，第13条", "地址：{x}。依据第13条于2021年8月20日转账500000元"]:
            out.append(Variant("address", address, fold(address), template.format(x=address), tuple(KEEP_ZH)))
    for address in ADDRESSES_EN:
        for template in ["The customer lives at {x}; Article 6(1), 2021-08-20, EUR 20 000 000",
                         "Address: {x}. Article 6(1) on 2021-08-20 for EUR 20 000 000"]:
            out.append(Variant("address", address, fold(address), template.format(x=address), tuple(KEEP_EN)))
    return out
