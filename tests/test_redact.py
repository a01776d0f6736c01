"""Redaction: identifiers become stable keyed pseudonyms; legal text and numbers are left alone."""

import os
import random
import re
import stat
import subprocess
import sys

import pytest

from assistant.redact import (
    ID_CHECK,
    ID_WEIGHTS,
    PSEUDONYM,
    Redactor,
    load_or_create_key,
    luhn_valid,
    resident_id_valid,
    uscc_check_char,
    uscc_valid,
)

KEY = b"test-key-0123456789"


# --- generators of valid identifiers (check digits computed independently of the module) ----


def make_id(region="110101", birth="19900307", seq="123") -> str:
    body = region + birth + seq
    return body + ID_CHECK[sum(int(d) * w for d, w in zip(body, ID_WEIGHTS)) % 11]


def make_card(prefix: str, length: int) -> str:
    rnd = random.Random(prefix + str(length))
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("unreachable")


def make_uscc(body17: str) -> str:
    return body17 + uscc_check_char(body17)


def luhn_by_hand(number: str) -> bool:
    digits = [int(c) for c in number][::-1]
    return sum(d if i % 2 == 0 else sum(divmod(d * 2, 10)) for i, d in enumerate(digits)) % 10 == 0


@pytest.fixture
def r():
    return Redactor(KEY)


def kinds(result):
    return [k for k, _ in result.found]


# --- validators ---------------------------------------------------------------------------


def test_known_valid_identifiers():
    # Public specimen numbers with known-correct check characters.
    assert resident_id_valid("11010519491231002X")
    assert resident_id_valid("440524188001010014") is False  # born 1880: implausible
    assert luhn_valid("4111111111111111") and luhn_by_hand("4111111111111111")
    assert uscc_valid("91350100M000100Y43")  # the standard's worked example
    assert not uscc_valid("91350100M000100Y44")


def test_generated_identifiers_are_valid_and_single_digit_changes_are_not():
    for birth in ("19491231", "19900307", "20000229", "20121001"):
        pid = make_id(birth=birth)
        assert resident_id_valid(pid)
        wrong = pid[:-1] + ("0" if pid[-1] != "0" else "1")
        assert not resident_id_valid(wrong)
    assert not resident_id_valid(make_id(birth="19900230"))  # 30 February
    card = make_card("622202", 19)
    assert luhn_by_hand(card) and luhn_valid(card)
    assert not luhn_valid(card[:-1] + str((int(card[-1]) + 1) % 10))


# --- positives ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "template, kind",
    [
        ("客户身份证号{}，请核查。", "id_card"),
        ("ID {} belongs to the customer", "id_card"),
        ("身份证：{}", "id_card"),
    ],
)
def test_resident_id_is_redacted(r, template, kind):
    for pid in (make_id(), make_id("310104", "19851111", "456"), "11010519491231002X", "11010519491231002x"):
        res = r.redact(template.format(pid))
        assert kinds(res) == [kind], (pid, res)
        assert pid not in res.text and pid.upper() not in res.text
        assert "[ID_CARD#" in res.text


def test_id_with_spaces_and_old_15_digit_id(r):
    pid = make_id()
    spaced = f"{pid[:6]} {pid[6:14]} {pid[14:]}"
    res = r.redact(f"证件号 {spaced} 。")
    assert kinds(res) == ["id_card"]
    assert res.found[0][1] == r.redact(pid).found[0][1]  # same normalised identifier, same alias
    assert kinds(r.redact("旧证号110105491231002。")) == ["id_card"]


@pytest.mark.parametrize(
    "phone",
    ["13812345678", "+8613812345678", "+86 138 1234 5678", "86-138-1234-5678", "138-1234-5678", "0086 19912345678"],
)
def test_mobile_numbers(r, phone):
    res = r.redact(f"客户手机{phone}，已联系。")
    assert kinds(res) == ["mobile"], res
    assert not re.search(r"\d{4}", res.text.replace(res.found[0][1], ""))


def test_mobile_pseudonym_ignores_formatting(r):
    aliases = {r.redact(p).found[0][1] for p in ("13812345678", "+86 138 1234 5678", "138-1234-5678")}
    assert len(aliases) == 1


@pytest.mark.parametrize("length, prefix", [(16, "622202"), (19, "622848"), (16, "4"), (13, "4"), (15, "37")])
def test_bank_cards(r, length, prefix):
    card = make_card(prefix, length)
    groups = [card[i : i + 4] for i in range(0, len(card), 4)]
    for written in (card, "-".join(groups), " ".join(groups)):
        res = r.redact(f"卡号 {written} 被冻结")
        assert written not in res.text and not re.search(r"\d{4}", PSEUDONYM.sub("", res.text)), (written, res)
        # a 15-digit card may also be a valid first-generation ID number; either way it is hidden
        assert kinds(res) == (["bank_card"] if length != 15 else kinds(res)) and len(res.found) == 1


def test_bank_card_pseudonym_ignores_grouping(r):
    card = make_card("622202", 16)
    grouped = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    assert r.redact(card).found == r.redact(grouped).found
    assert kinds(r.redact(card)) == ["bank_card"]


def test_uscc(r):
    for body in ("91110000100000000", "91350100M000100Y4", "12100000400000000", "9144030071526726X"):
        code = make_uscc(body)
        res = r.redact(f"统一社会信用代码{code}的企业")
        assert kinds(res) == ["uscc"], (code, res)
        assert code not in res.text
    assert kinds(r.redact("代码 91350100m000100y43")) == ["uscc"]


def test_email(r):
    res = r.redact("请发送至zhang.san+kyc@example.com.cn，抄送 Li.Si@Bank-A.com。")
    assert kinds(res) == ["email", "email"]
    assert "@" not in res.text
    assert res.text.startswith("请发送至[EMAIL#") and "，抄送 [EMAIL#" in res.text
    assert r.redact("LI.SI@bank-a.COM").found[0][1] == res.found[1][1]  # case-insensitive identity


def test_mixed_text_keeps_everything_else(r):
    pid, card = make_id(), make_card("622202", 16)
    text = f"根据个保法第13条，客户{pid}（手机13912345678，卡{card}）于2021年8月20日转账500000元。"
    res = r.redact(text)
    assert kinds(res) == ["id_card", "mobile", "bank_card"]
    assert res.text.startswith("根据个保法第13条，客户[ID_CARD#")
    assert res.text.endswith("于2021年8月20日转账500000元。")
    assert all(PSEUDONYM.fullmatch(alias) for _, alias in res.found)


# --- stability -----------------------------------------------------------------------------


def test_pseudonyms_are_stable_and_keyed(r):
    pid = make_id()
    first = r.redact(f"A {pid}").found[0][1]
    assert r.redact(f"B {pid} again").found[0][1] == first
    assert Redactor(KEY).redact(pid).found[0][1] == first
    assert Redactor(b"another key").redact(pid).found[0][1] != first
    assert r.redact(make_id(seq="124")).found[0][1] != first


def test_pseudonyms_are_stable_across_processes(tmp_path):
    pid = make_id()
    code = (
        "import sys; from assistant.redact import Redactor; "
        f"print(Redactor({KEY!r}).redact({pid!r}).found[0][1])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == Redactor(KEY).redact(pid).found[0][1]


def test_redaction_is_idempotent(r):
    once = r.redact(f"{make_id()} 13812345678 a@b.cn {make_card('622202', 16)}")
    twice = r.redact(once.text)
    assert twice.text == once.text and twice.found == []


# --- negatives -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "依据《个人信息保护法》第13条、第六十六条的规定",
        "GDPR Article 6(1)(a) and Article 83(5)",
        "本法自2021年8月20日通过，2021年11月1日起施行",
        "effective 2025-01-01, see 20250101 and 2025/01/01",
        "处500000元罚款；¥1,000,000；二十万元以上二百万元以下",
        "EUR 20 000 000 or 4 % of turnover; 百分之五",
        "in 2016, 2018 and 2024",
        "订单号12345678、123456789012、1234567890",  # 8-12 digits
        "流水号 201381234567890123456",  # phone-like run inside a longer number
        "编号 9913812345678 与 13812345678902",  # phone digits glued to other digits (both fail Luhn)
        "Regulation (EU) 2016/679 of 27 April 2016",
        "客户号 1234567812345678",  # 16 digits, fails Luhn
        "ID 110101199003071236",  # 18 digits, wrong ID check digit (and not Luhn-valid)
        "统一社会信用代码 91350100M000100Y44",  # wrong check character
        "USCC-like word ABCDEFGHJKLMNPQRTU",
        "电话 010-12345678 总机",  # landline: not a customer mobile
    ],
)
def test_no_false_hits(r, text):
    res = r.redact(text)
    assert res.found == [] and res.text == text


def test_random_numbers_rarely_hit(r):
    """Luhn accepts ~10% of random 13-19 digit numbers; shorter runs must never hit."""
    rnd = random.Random(7)
    for _ in range(500):
        n = "".join(rnd.choice("0123456789") for _ in range(rnd.randint(4, 12)))
        assert r.redact(f"编号{n}号").found == [] or re.fullmatch(r"1[3-9]\d{9}", n), n


# --- key handling --------------------------------------------------------------------------


def test_configured_key_wins(tmp_path):
    assert load_or_create_key(tmp_path / "k", "secret") == b"secret"
    assert not (tmp_path / "k").exists()


def test_key_is_created_once_with_private_mode(tmp_path):
    path = tmp_path / "sub" / "redaction.key"
    key = load_or_create_key(path, None)
    assert len(key) == 64 and path.exists()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_or_create_key(path, None) == key
    assert load_or_create_key(path, "") == key
    assert [p.name for p in path.parent.iterdir()] == ["redaction.key"]  # no temp files left


def test_empty_key_file_is_a_config_error(tmp_path):
    from assistant.errors import ConfigError

    path = tmp_path / "k"
    path.write_text("")
    with pytest.raises(ConfigError):
        load_or_create_key(path, None)
    with pytest.raises(ConfigError):
        Redactor(b"")
