"""Numbers with units in Chinese and English legal text, and claim-vs-clause comparison (pure).

五年 / 5年 / five years, 72小时 / 72 hours, 十五个工作日, 百分之五 / 5 % / 4 % of turnover,
二十万元 / 500,000 yuan / €20 million / EUR 20 000 000 all become `Quantity(value, unit)`
with canonical units, so a claim's "五年" can be checked against a clause's "十年".
Bare numbers (article numbers, years, dates) are not quantities and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..text.numerals import cn_to_int

# --- units ------------------------------------------------------------------------------

# Units that measure the same thing, with factors to a common base. Months and years are kept
# apart from days (a month is not 30 days in law), and working days apart from calendar days.
GROUPS: dict[str, tuple[str, float]] = {
    "minute": ("duration", 1 / 1440),
    "hour": ("duration", 1 / 24),
    "day": ("duration", 1.0),
    "week": ("duration", 7.0),
    "month": ("months", 1.0),
    "year": ("months", 12.0),
    "workday": ("workday", 1.0),
    "percent": ("percent", 1.0),
    "yuan": ("yuan", 1.0),
    "eur": ("eur", 1.0),
    "usd": ("usd", 1.0),
    "multiple": ("multiple", 1.0),
    "person": ("person", 1.0),
    "occurrence": ("occurrence", 1.0),
    "age": ("age", 1.0),  # 十四周岁: years of age, not a period
    "item": ("item", 1.0),  # records, transactions, pieces of information
    # a calendar deadline, the end of a month of the year (纸质档案于次年六月底前移交档案室, policy-record-retention 第六条):
    # a month of the year, not a period of months
    "month_end": ("month_end", 1.0),
}

CN_UNITS = [  # longest first; (spelling, unit, factor)
    ("个工作日", "workday", 1), ("工作日", "workday", 1),
    ("个自然日", "day", 1), ("自然日", "day", 1),
    ("个小时", "hour", 1), ("小时", "hour", 1), ("分钟", "minute", 1),
    ("个星期", "week", 1), ("星期", "week", 1), ("周岁", "age", 1), ("岁", "age", 1), ("周", "week", 1),
    ("个月", "month", 1), ("月底", "month_end", 1), ("月末", "month_end", 1), ("年", "year", 1), ("日", "day", 1), ("天", "day", 1),
    ("万元", "yuan", 10_000), ("亿元", "yuan", 100_000_000), ("元", "yuan", 1), ("人民币", "yuan", 1),
    ("万美元", "usd", 10_000), ("美元", "usd", 1), ("万欧元", "eur", 10_000), ("欧元", "eur", 1),
    ("倍", "multiple", 1), ("人", "person", 1), ("名", "person", 1), ("次", "occurrence", 1),
    ("条", "item", 1), ("笔", "item", 1), ("件", "item", 1),  # 五十条以上 (records), 一笔交易; 第五十条 is skipped
]
EN_UNITS = [
    (r"(?:working|business)[\s-]+days?", "workday"),
    (r"(?:calendar[\s-]+)?days?", "day"),
    (r"hours?|hrs?", "hour"),
    (r"minutes?|mins?", "minute"),
    (r"weeks?", "week"),
    (r"months?", "month"),
    (r"years?[\s-]+(?:old|of[\s-]+age)", "age"),  # "sixteen years of age": an age, as 周岁 (not a period)
    (r"years?", "year"),
    (r"%|％|per[\s-]?cent(?:age points?)?", "percent"),
    (r"euros?|eur", "eur"),
    (r"yuan|rmb|cny|renminbi", "yuan"),
    (r"usd|us\s?dollars?|dollars?", "usd"),
    (r"persons?|people|individuals", "person"),
    # "one to five times the purchase amount", "ten times the illegal gains": a multiple of a sum, as 倍 is (处采购金额1倍以上
    # 10倍以下罚款); only before the thing multiplied, so "three times a year" (a count of a rate) stays none
    (r"times(?=\s+(?:the|its|their|that|this|such|of\s+the)\b)|(?:-\s?)?fold", "multiple"),
]
EN_UNIT = re.compile(
    # "two further months" (GDPR Art. 12(3)), "three consecutive years": an adjective may stand before the unit
    r"[\s-]?(?:(?:further|additional|more|consecutive|successive|full)\s+)?(?:" + "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(EN_UNITS)) + r")(?![A-Za-z])",
    re.IGNORECASE,
)
CN_UNIT = re.compile(r"\s?(" + "|".join(re.escape(s) for s, _, _ in CN_UNITS) + ")")
PREFIX_CURRENCY = {"€": "eur", "eur": "eur", "¥": "yuan", "￥": "yuan", "rmb": "yuan", "cny": "yuan",
                   "$": "usd", "us$": "usd", "usd": "usd"}
SCALES = {"万": 1e4, "亿": 1e8, "百万": 1e6, "千万": 1e7, "thousand": 1e3, "million": 1e6, "billion": 1e9,
          "bn": 1e9, "m": 1e6, "k": 1e3}

# --- numbers ----------------------------------------------------------------------------

EN_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000,
}
_EN_WORD = "|".join(sorted(EN_NUMBER_WORDS, key=len, reverse=True))
CN_DIGITS = "零〇一二两三四五六七八九"
CN_DIGIT_VALUE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

NUMBER = re.compile(
    r"(?P<prefix>(?:€|¥|￥|US\$|\$|\b(?i:eur|rmb|cny|usd))\s?)?"
    r"(?:"
    r"(?P<arabic>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+|\d+(?:\.\d+)?)"
    r"|(?P<frac>百分之|千分之|万分之)?(?P<cn>[" + CN_DIGITS + r"十百千万亿]+(?:点[" + CN_DIGITS + r"]+)?)"
    r"|(?P<word>\b(?i:(?:" + _EN_WORD + r")(?:(?:-|\s+(?:and\s+)?)(?:" + _EN_WORD + r"))*)\b)"
    r")"
    r"(?:\s?(?P<scale>千万|百万|万(?!元)|亿(?!元)|(?i:thousand|million|billion|bn|m)(?![A-Za-z]))"
    # "RMB 50k", "€200K": thousands written with k straight after the digits (general business English)
    r"|(?<=\d)(?P<kilo>[kK])(?![A-Za-z]))?"
)
DATE_CONTEXT = re.compile(r"\s?年\s?[\d" + CN_DIGITS + r"十]{1,3}\s?月")
RANGE_JOIN = re.compile(r"\s*(?:以上|以下|以内|至|到|-|–|—|～|~|to|and|或者|或)\s*", re.IGNORECASE)


@dataclass
class _Number:
    """A number found in text, before deciding whether it is a quantity."""

    match: re.Match
    mantissa: float  # 五十 in 五十万元
    magnitude: float  # 1e4 in 五十万元 (from 万/亿, million, or a unit like 万元)
    quantity: Quantity | None = None


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str
    raw: str
    span: tuple[int, int] = (0, 0)
    bound: str = field(default="", compare=False)  # "min" (至少, 以上, at least), "max" (以内, 不超过, within) or ""

    def base(self) -> tuple[str, float]:
        group, factor = GROUPS.get(self.unit, (self.unit, 1.0))
        return group, self.value * factor


@dataclass(frozen=True)
class Mismatch:
    kind: str  # "contradiction" (same kind of unit, different value) | "unsupported" (unit absent)
    claim: Quantity
    clause: list[Quantity] = field(default_factory=list)  # the clause's quantities of the same kind

    def describe(self, source: str = "the cited clause") -> str:
        if self.kind == "contradiction":
            # the bounds are named only when they are what differs (the same figure, floor vs ceiling)
            show = _with_bound if any(same_value(self.claim.base()[1], q.base()[1]) for q in self.clause) else (lambda q: q.raw)
            said = "、".join(dict.fromkeys(show(q) for q in self.clause))
            return f"claim says {show(self.claim)}, {source} says {said}"
        return f"{self.claim.raw} does not appear in {source}"


def _with_bound(q: Quantity) -> str:
    return f"{q.raw} ({'at least' if q.bound == 'min' else 'at most'})" if q.bound else q.raw


# 两三年, 三五天, 七八个月, 三五万元: two ascending digits side by side say "about two or three" (a 约数), never 23 or
# 35; digit-by-digit spelling writes years with four digits or with 〇 (二〇二一), and a pair never ascends by rule
_APPROXIMATE = re.compile(r"([一二两三四五六七八九])([二两三四五六七八九])[万亿]?")


def _approximate(cn: str) -> tuple[int, int] | None:
    """The two values of an approximate pair (两三 → 2, 3), or None."""
    m = _APPROXIMATE.fullmatch(cn or "")
    if not m or CN_DIGIT_VALUE[m[1]] >= CN_DIGIT_VALUE[m[2]]:
        return None
    return CN_DIGIT_VALUE[m[1]], CN_DIGIT_VALUE[m[2]]


def _cn_value(text: str) -> float:
    """Chinese numeral → number; handles 亿, 点 decimals and digit-by-digit spelling (二〇二一); an approximate pair
    (三五) is its lower value here, `_extract` adds the upper."""
    if pair := _approximate(text):
        return float(pair[0])
    if "点" in text:
        whole, frac = text.split("点", 1)
        return _cn_value(whole or "零") + float("0." + "".join(str(CN_DIGIT_VALUE[c]) for c in frac))
    if "亿" in text:
        high, low = text.split("亿", 1)
        return _cn_value(high or "一") * 1e8 + (_cn_value(low) if low else 0)
    if len(text) > 1 and all(c in CN_DIGITS for c in text):
        return float("".join(str(CN_DIGIT_VALUE[c]) for c in text))
    return float(cn_to_int(text))


def _cn_mantissa(text: str) -> tuple[float, float]:
    """五十万 → (50, 1e4), 一千万 → (1000, 1e4), 三亿 → (3, 1e8), 二十 → (20, 1)."""
    head = text[:-1]
    if len(text) > 1 and text.endswith("亿") and "亿" not in head:
        return _cn_value(head), 1e8
    if len(text) > 1 and text.endswith("万") and "万" not in head and "亿" not in head:
        return _cn_value(head), 1e4
    return _cn_value(text), 1.0


def _en_value(text: str) -> float:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "and" or not word:
            continue
        n = EN_NUMBER_WORDS[word]
        if n == 100:
            current = (current or 1) * 100
        elif n == 1000:
            total, current = total + (current or 1) * 1000, 0
        else:
            current += n
    return float(total + current)


_DIGIT_ECHO = re.compile(r"\s*\((\d+)\)")
# "within a month", "an additional year", "a further week": the article stands for one. Not a rate ("once a year",
# "twice a month", "per year", "a year's turnover", "days a week": how often, not how long).
_ONE_UNIT_EN = re.compile(r"(?<![\w'])(?P<art>an?)\s+(?:(?:further|additional|single|full|calendar)\s+)?"
                          r"(?P<unit>months?|years?|weeks?|days?|hours?)\b(?!['’]s)", re.I)
_RATE_BEFORE = re.compile(r"(?:\b(?:once|twice|times|per|days?|hours?|weeks?|months?)|\d)\s*$", re.I)


# "three times a year", "two times per month", "once a year", "twice per month": a count of a rate, as 次 is (每年两次,
# 征信业管理条例第十七条); only before the rate's period, so "three times the amount" stays a multiple and "once a controller
# holds …" (a conjunction) no count (general English usage)
_RATE_PERIOD_EN = r"(?=\s+(?:a|an|per|each|every|in\s+a|in\s+any)\s+(?:calendar\s+)?(?:year|month|week|day|quarter)\b)"
_COUNT_OF_A_RATE_EN = re.compile(rf"\b(?:(?P<word>once|twice|thrice)|(?P<n>\d+|{_EN_WORD})\s+times){_RATE_PERIOD_EN}", re.I)
_ONCE_TWICE_VALUE = {"once": 1.0, "twice": 2.0, "thrice": 3.0}


def _counts_of_a_rate(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for m in _COUNT_OF_A_RATE_EN.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        n = m.group("n")
        value = _ONCE_TWICE_VALUE[m.group("word").lower()] if m.group("word") else (
            float(n) if n.isdigit() else float(EN_NUMBER_WORDS[n.lower()]))
        out.append(Quantity(value, "occurrence", m.group(0), m.span()))
    return out


def _one_unit(text: str, taken: list[tuple[int, int]]) -> list[Quantity]:
    """Quantities of one spelt with the article (see _ONE_UNIT_EN), outside the spans already read as quantities."""
    out = []
    for m in _ONE_UNIT_EN.finditer(text):
        if _RATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        unit = _unit_after(text, m.start("unit"), english_ok=True)
        if unit is not None:
            out.append(Quantity(1.0, unit[0], m.group(0), m.span()))
    return out


def _unit_after(text: str, pos: int, english_ok: bool) -> tuple[str, float, int] | None:
    m = CN_UNIT.match(text, pos)
    if m:
        spelling = m.group(1)
        for s, unit, factor in CN_UNITS:
            if s == spelling:
                return unit, factor, m.end()
    if english_ok:
        m = EN_UNIT.match(text, pos)
        if m:
            index = int(next(k for k, v in m.groupdict().items() if v)[1:])
            return EN_UNITS[index][1], 1, m.end()
    return None


def _skip(text: str, start: int, end: int, unit_end: int, number: str, is_word: bool, unit: str) -> bool:
    """Things that look like quantities but are ordinals, dates or set phrases."""
    before, after = text[max(0, start - 1) : start], text[unit_end : unit_end + 1]
    if unit == "item" and ((before and before in "第前后本各上下该每此其") or (after and after in "例款项")):
        return True  # 第五十条, 前两条, 本条 (articles), 条例/条款 (words)
    if before == "第" or (not is_word and before.isascii() and before.isalpha()):
        return True  # 第五年 (ordinal), B2B
    if unit == "year" and (DATE_CONTEXT.match(text, end) or re.fullmatch(r"\d{4}|[" + CN_DIGITS + "]{4}", number)):
        return True  # 2021年8月 / 2021年 / 二〇二一年 are dates, not durations
    if unit == "day" and before == "月":
        return True  # 8月20日
    # 一次性, 一周年, 上一年度, 一元化, 名义/名单/名称
    return (unit, after) in {("occurrence", "性"), ("week", "年"), ("year", "度"), ("yuan", "化")} or (
        unit == "person" and after != "" and after in "义单称"
    )


# Colloquial Chinese drops 元 after 万 and 亿 when the sentence speaks of money: 罚1万到10万, 注册资本最少要一个亿, 最多罚五万
# (for the statutes' 处一万元以上十万元以下罚款, 注册资本最低限额为一亿元). Such a figure is a sum in yuan when its own
# sub-clause names money: a fine, capital, funds, a sum, gains or income (general banking and legal vocabulary); a bare
# 万 elsewhere may count people or records (处理一百万人以上的个人信息 has its unit, 人). Cash, a transfer, a remittance or a
# payment is money too (取现两万, 单笔转账20万以上, 现金交易超过5万: the acts of 反洗钱法第三十五条's 大额交易 and 非银行支付
# 机构监督管理条例's 支付业务, general banking vocabulary); a count of them has its own unit (一万笔).
_MONEY_ZH = re.compile(r"罚|资本|资金|金额|数额|获利|所得|收入|赔偿|赔付|价款|费用|余额|存款|贷款|出资|交易额|营业额|钱|"
                       r"现金|取现|提现|存现|转账|汇款|汇出|汇入|付款|收款|支付|兑换|备付金")
_SUB_CLAUSE_ZH = re.compile(r"[，,。；;：:！？!?、\n]")
# the second figure of a pair whose first is a sum (五万元还是五十万, 一万元到十万, 5万元或者50万): the same kind of figure
_AFTER_A_SUM_ZH = re.compile(r"元(?:以上|以下|左右)?[，,]?\s*(?:还是|或者|或是|或|到|至|~|～|-|—)\s*$")


def _bare_sum_of_money(text: str, m: re.Match, magnitude: float) -> bool:
    if magnitude < 1e4 or not (m.group("cn") or m.group("scale") in ("万", "亿", "千万", "百万")):
        return False
    if m.group("word") or m.group("prefix"):
        return False
    if _AFTER_A_SUM_ZH.search(text[max(0, m.start() - 8) : m.start()]):
        return True
    start = max((x.end() for x in _SUB_CLAUSE_ZH.finditer(text, 0, m.start())), default=0)
    stop = _SUB_CLAUSE_ZH.search(text, m.end())
    return bool(_MONEY_ZH.search(text[start : stop.start() if stop else len(text)]))


# 一个亿, 两个亿: the measure word 个 colloquial Chinese puts between a numeral and 亿 (a hundred million, of yuan as a rule);
# read as 一 亿 (the same length, so spans stay those of the text)
_MEASURE_BEFORE_YI = re.compile(r"(?<=[一二两三四五六七八九十几])个(?=亿)")


def _parse(text: str, m: re.Match) -> _Number | None:
    try:
        if m.group("arabic"):
            mantissa, magnitude = float(re.sub(r"[,\s\u00a0\u202f]", "", m.group("arabic"))), 1.0
        elif m.group("cn"):
            if not any(c in CN_DIGITS + "十" for c in m.group("cn")):
                return None  # 万, 千, 百 alone are words here, not numbers
            mantissa, magnitude = _cn_mantissa(m.group("cn"))
        elif m.group("word"):
            mantissa, magnitude = _en_value(m.group("word")), 1.0
        else:
            return None
    except (ValueError, KeyError):
        return None
    if m.group("scale"):
        magnitude *= SCALES[m.group("scale").lower()]
    elif m.group("kilo"):
        magnitude *= SCALES["k"]
    number = _Number(m, mantissa, magnitude)
    start, end = m.span()
    if m.group("frac"):
        divisor = {"百分之": 1, "千分之": 10, "万分之": 100}[m.group("frac")]
        number.quantity = Quantity(mantissa * magnitude / divisor, "percent", m.group(0), (start, end))
        return number
    unit_at = end
    if m.group("word"):
        # "sixty (60) days", "thirty (30) calendar days": a figure spelt out, then in digits
        echo = _DIGIT_ECHO.match(text, end)
        if echo and float(echo.group(1)) == mantissa:
            unit_at = echo.end()
    unit_info = _unit_after(text, unit_at, english_ok=not m.group("cn"))
    prefix = (m.group("prefix") or "").strip().lower()
    if prefix and (unit_info is None or unit_info[0] not in ("yuan", "eur", "usd")):
        unit_info = (PREFIX_CURRENCY[prefix], 1, end)
    if unit_info is None and _bare_sum_of_money(text, m, magnitude):
        unit_info = ("yuan", 1, end)
    if unit_info is None:
        return number
    unit, factor, unit_end = unit_info
    plain = m.group("arabic") or m.group("cn") or m.group("word")
    if _skip(text, start + len(m.group("prefix") or ""), end, unit_end, plain, bool(m.group("word")), unit):
        return None
    number.magnitude *= factor
    number.quantity = Quantity(mantissa * number.magnitude, unit, text[start:unit_end].strip(), (start, unit_end))
    return number


# 不超过 / 不得超过 / 不能超过 / 禁止超过: a negated or banned "more than" is a ceiling (禁止, 严禁, 不准, 不许: the bans of
# general usage beside the statutes' 不得)
_NOT = r"(?:不(?:得|能|可|应当|应|会|准|许|允许)?|禁止|严禁)"
# the verb a bound word may govern before the figure: 至少保存十年, 至少持续四十八小时, 不得超过…
_BOUND_VERB = r"(?:要|须|需|应|应当|必须)?(?:为|保存|留存|保留|存储|持续|保持|达到|期限为)?"
# "must not fall below 8%", "may never drop under", "shall not be lower than": a negated "below" is a floor, as 不得低于 is,
# and a negated "above" a ceiling, as 不得高于 is (ordinary English; the longer phrase wins over the bare "below" / "over"
# of the other pattern, see _bound)
_NOT_EN = r"\b(?:not|never|cannot)\s+(?:(?:fall|drop|go|sink|rise|climb|be)\s+)?"
_NOT_BELOW_EN = _NOT_EN + r"(?:below|under|lower than)"
_NOT_ABOVE_EN = _NOT_EN + r"(?:above|over|higher than)"
_MIN_BEFORE = re.compile(r"(?:至少|" + _NOT + r"(?:少于|低于|短于)|最少|最低|超过|高于|多于|长于|\bat least|\bno less than|"
                         r"\bnot less than|\bminimum of|\bmore than|\bexceeding|\bover|" + _NOT_BELOW_EN + r")\s*"
                         + _BOUND_VERB + r"\s*$", re.I)
_MAX_BEFORE = re.compile(r"(?:" + _NOT + r"(?:超过|高于|多于|长于)|最多|至多|顶多|最高|最长|不满|未满|低于|少于|\bup to|\bno more than|"
                         r"\bnot more than|\bmaximum of|\bat most|\bwithin|\bno later than|\bnot later than|\bunder|"
                         r"\bbelow|\bless than|\bfewer than|\bnot exceeding|\b(?:must|shall|may|does|do|will|should|can) ?not exceed|"
                         + _NOT_ABOVE_EN + r")"
                         r"\s*" + _BOUND_VERB + r"\s*$", re.I)
_MIN_AFTER = re.compile(r"^\s*(?:以上|或以上|及以上|起|\bor more\b|\band above\b|\bor longer\b)", re.I)
_MAX_AFTER = re.compile(r"^\s*(?:以下|以内|之内|内|\bor less\b|\bor fewer\b|\bat the latest\b)", re.I)


def _bound(text: str, q: Quantity) -> str:
    """Whether the text states `q` as a floor ("min") or a ceiling ("max"); "" when it does not say."""
    start, end = q.span
    before, after = text[max(0, start - 20) : start], text[end : end + 14]
    if _MIN_AFTER.match(after):
        return "min"
    if _MAX_AFTER.match(after):
        return "max"
    # the longer phrase decides: 不超过 (max) holds 超过 (min), 不低于 (min) holds 低于 (max)
    floor, ceiling = _MIN_BEFORE.search(before), _MAX_BEFORE.search(before)
    if floor and (not ceiling or floor.start() < ceiling.start()):
        return "min"
    return "max" if ceiling else ""


def extract_quantities(text: str, rates: bool = False) -> list[Quantity]:
    """All quantities with a unit, in order of appearance, each with the bound the text puts on it. `rates`: English
    counts of a rate too ("twice a year", "three times a month", see _COUNT_OF_A_RATE_EN), for the verifier's comparisons of a
    claim's figure with its clause's; the retrieval and gate readers leave them out, as they always have."""
    return [replace(q, bound=_bound(text or "", q)) for q in _halves(text or "", _extract(text, rates))]


# Half a year, half a month (general usage, in both languages): 半年 / 半个月 are six months and half a month, as "half a
# year" is; not 上半年 / 下半年 (a half of a calendar year, a date) nor 半年度 (a half-year's report, a name)
# (nor 每半年, the period of a rate: period_of_a_rate reads 每 + a period)
_HALF_ZH = re.compile(r"(?<![上下前后每])半(?:个)?(年|月)(?!度)")
_HALF_EN = re.compile(r"\bhalf\s+(?:an?\s+)?$", re.I)


def _halves(text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for q in found:
        half = _HALF_EN.search(text[: q.span[0]]) if q.unit in ("year", "month") and q.value == 1 else None
        if half and q.raw.lower().startswith(("a ", "an ")):
            q = replace(q, value=0.5, raw=text[half.start() : q.span[1]], span=(half.start(), q.span[1]))
        out.append(q)
    for m in _HALF_ZH.finditer(text):
        if not any(a <= m.start() < b for a, b in (q.span for q in out)):
            out.append(Quantity(0.5, "year" if m.group(1) == "年" else "month", m.group(0), m.span()))
    return sorted(out, key=lambda q: q.span)


# A headcount of employees is a number of persons: "an enterprise … employing fewer than 250 persons" (GDPR Art. 30(5)) is
# one with fewer than 250 employees, staff or workers (ordinary English). For the verifier's comparisons only
# (`headcounts_as_persons`): the coverage gate reads a question's "under 250 staff" as its premise, not as a figure asked
# …and so is a headcount of the persons who do a task: "at least two inspectors" is "不得少于2人" (人: persons, as the Chinese
# clauses count whoever does it; the role nouns of general English: inspectors, investigators, examiners, officials,
# officers, auditors, experts, representatives, personnel)
_HEADCOUNT_EN = re.compile(rf"(\d|\b(?i:{_EN_WORD}))(\s+|-)(?:employees|staff(?: members)?|workers|inspectors|investigators|"
                           rf"examiners|officials|officers|auditors|experts|representatives|personnel)\b", re.I)


def headcounts_as_persons(text: str) -> str:
    """`text` with a count of employees, staff or workers written as one of persons ("five hundred employees" → "five
    hundred persons"), so it compares with the clause's count of persons."""
    return _HEADCOUNT_EN.sub(lambda m: m.group(1) + m.group(2) + "persons", text or "")


# An age written as a bare number after the persons it bounds ("minors under 16", "children below the age of 13", "anyone
# aged over 18"), and years in a sentence that speaks of age ("a lower age … not below 13 years", GDPR Art. 8(1)): ordinary
# English for so many years of age, as the laws write 不满十四周岁
_AGE_EN = re.compile(rf"\b((?:minors?|child(?:ren)?|kids?|persons?|people|individuals?|anyone|those|users?)\s+"
                     rf"(?:(?:who are|aged|of)\s+)?(?:under|below|over|above|younger than|older than|aged|at least)\s+"
                     rf"(?:the age of\s+)?|\bthe age of\s+)(\d{{1,2}}|(?i:{_EN_WORD}))\b(?![\s-]*(?:years?|%|per))", re.I)
_SPEAKS_OF_AGE_EN = re.compile(r"\b(?:age|aged|minors?|child(?:ren)?)\b", re.I)
_YEARS_EN = re.compile(rf"\b(\d{{1,2}}|(?i:{_EN_WORD}))[\s-]+years?\b(?![\s-]+(?:old|of\s+age))", re.I)


def ages_as_years_of_age(text: str) -> str:
    """`text` with each age written as years of age: a bare number after the persons it bounds ("minors under 16"), and
    "N years" in a sentence that speaks of age; so it compares with the clause's 十四周岁 however either side writes it."""
    text = _AGE_EN.sub(lambda m: m.group(1) + m.group(2) + " years of age", text or "")
    return "".join(_YEARS_EN.sub(lambda m: m.group(1) + " years of age", part) if _SPEAKS_OF_AGE_EN.search(part) else part
                   for part in re.split(r"(?<=[.;:。；])", text))


# A fraction is a share: "a two-thirds majority" (GDPR Art. 64(3), 72(2)), 三分之二以上 (general usage), written as the percent
# it is, so that a claim's "three-quarters" compares with the clause's two-thirds (both sides are read so)
_FRACTION_WORDS_EN = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                      "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
# (not "one third country", "two third parties": the GDPR's "third" of a country or party is no fraction)
_FRACTION_EN = re.compile(r"\b(one|two|three|four|nine)[\s-](" + "|".join(_FRACTION_WORDS_EN) + r")\b"
                          r"(?![\s-]+(?:countr|part(?:y|ies)|person|pillar))", re.I)
_FRACTION_ZH = re.compile(rf"([{CN_DIGITS}十])分之([{CN_DIGITS}十])")
# X成 is X tenths (现代汉语词典 成: "十分之一叫一成"; 三成 = 30%, 五成 = 50%, general usage in shares and rates), read only
# as a figure: after no other numeral and before a limit word, 的 or punctuation (not 一成不变, 三成员, 两成年人)
_TENTHS_ZH = re.compile(rf"(?<![{CN_DIGITS}十百千万亿点])([{CN_DIGITS.replace('零', '').replace('〇', '')}]|十)成"
                        r"(?=以上|以下|以内|之内|左右|多|的|[，,。；;、：:）)\s]|$)")


def fractions_as_percent(text: str) -> str:
    """`text` with each fraction written as a percent ("two-thirds" → "66.67 percent", 三分之二 → 66.67%, 三成 → 30%)."""
    def share(numerator: float, denominator: float) -> str:
        return f"{100 * numerator / denominator:.4g}"

    text = _FRACTION_EN.sub(lambda m: share(EN_NUMBER_WORDS[m.group(1).lower()], _FRACTION_WORDS_EN[m.group(2).lower()])
                            + " percent", text or "")
    text = _FRACTION_ZH.sub(lambda m: share(CN_DIGIT_VALUE.get(m.group(2), 10), CN_DIGIT_VALUE.get(m.group(1), 10)) + "%",
                            text)
    return _TENTHS_ZH.sub(lambda m: share(CN_DIGIT_VALUE.get(m.group(1), 10), 10) + "%", text)


def as_counted(text: str) -> str:
    """`text` with headcounts as persons, ages as years of age and fractions as percents, as the clauses count them (both
    sides of a comparison are read so)."""
    return fractions_as_percent(ages_as_years_of_age(headcounts_as_persons(text)))


@lru_cache(maxsize=65536)
def figure_kinds(text: str) -> frozenset[str]:
    """The groups of the quantities a text states (days, years, percent, yuan …), once per text: clauses and their
    sentences come back with every search."""
    return frozenset(q.base()[0] for q in extract_quantities(text))


def _extract(text: str, rates: bool = False) -> list[Quantity]:
    text = _MEASURE_BEFORE_YI.sub(" ", text or "")
    numbers = [n for n in (_parse(text, m) for m in NUMBER.finditer(text)) if n is not None]
    out: list[Quantity] = []
    for prev, number, nxt in zip([None] + numbers[:-1], numbers, numbers[1:] + [None]):
        if number.quantity is not None:
            out.append(number.quantity)
            if pair := _approximate(number.match.group("cn")):
                out.append(replace(number.quantity, value=number.quantity.value / pair[0] * pair[1]))
        elif (amount := _range_end_amount(text, prev, number)) is not None:
            out.append(amount)
        elif nxt is not None and nxt.quantity is not None:
            # A range's first bound takes the second's unit: 二十万以上五十万元以下, 5至10年,
            # 10-20 days; and its magnitude too when it has none (20至50万元).
            m, joiner = number.match, text[number.match.end() : nxt.match.start()]
            if RANGE_JOIN.fullmatch(joiner) and text[m.start() - 1 : m.start()] != "第":
                magnitude = number.magnitude if number.magnitude != 1.0 else nxt.magnitude
                if number.mantissa * magnitude > nxt.quantity.value:
                    magnitude = number.magnitude  # a range runs low to high: "between 200,000 and 2 million yuan"
                out.append(Quantity(number.mantissa * magnitude, nxt.quantity.unit, m.group(0).strip(), m.span()))
    if re.search(r"[A-Za-z]", text):
        out = sorted(out + _one_unit(text, [q.span for q in out]), key=lambda q: q.span)
    if rates and re.search(r"[A-Za-z]", text):
        out = sorted(out + _counts_of_a_rate(text, [q.span for q in out]), key=lambda q: q.span)
    return out


def same_value(a: float, b: float) -> bool:
    """Two figures are one value (equal up to floating-point rounding)."""
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


# "RMB 200,000 to 5 million", "EUR 10 000 to 20 000": English writes a sum's currency once, before the range's first
# bound (how English translations of the Chinese penalty clauses render 二十万元以上二百万元以下); the second bound is
# the same currency. Only a plain range joiner, never "and"/"or", which also join two separate figures.
_AMOUNT_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|—|~|～)\s*", re.IGNORECASE)


# "between RMB 1 million and 10 million": after "between", "and" joins the two bounds of one range (general English usage)
_BETWEEN_AND = re.compile(r"\s*and\s*", re.IGNORECASE)


def _range_end_amount(text: str, prev: _Number | None, number: _Number) -> Quantity | None:
    if prev is None or prev.quantity is None or GROUPS.get(prev.quantity.unit, ("",))[0] not in ("yuan", "eur", "usd"):
        return None
    joiner = text[prev.match.end() : number.match.start()]
    between = _BETWEEN_AND.fullmatch(joiner) and re.search(r"\bbetween\s*$", text[: prev.match.start()], re.I)
    if not _AMOUNT_RANGE_JOIN.fullmatch(joiner) and not between:
        return None
    m = number.match
    return Quantity(number.mantissa * number.magnitude, prev.quantity.unit, m.group(0).strip(), m.span())


def compare(claim_quantities: list[Quantity], clause_quantities: list[Quantity]) -> list[Mismatch]:
    """Claim quantities the clause does not back: a different value of a kind the clause states
    (contradiction), or a kind of quantity the clause never mentions (unsupported)."""
    by_group: dict[str, list[Quantity]] = {}
    for q in clause_quantities:
        by_group.setdefault(q.base()[0], []).append(q)
    mismatches = []
    for q in claim_quantities:
        group, value = q.base()
        same_kind = by_group.get(group, [])
        if not same_kind:
            mismatches.append(Mismatch("unsupported", q))
        elif not any(same_value(value, c.base()[1]) for c in same_kind):
            mismatches.append(Mismatch("contradiction", q, same_kind))
        elif q.bound and not any(same_value(value, c.base()[1]) and c.bound in ("", q.bound) for c in same_kind):
            # the same figure, as a ceiling where the clause makes it a floor (or the reverse): 不超过五年 vs 至少五年
            mismatches.append(Mismatch("contradiction", q, [c for c in same_kind if same_value(value, c.base()[1])]))
    return mismatches


# --- counts of things (English) -------------------------------------------------------------------------------------

# "two deputy chairs" (GDPR Art. 73(1)), "at least two natural persons" (AI Act Art. 14(5)), "one supervisory authority":
# a count of a named thing, which has no unit of its own. Kept apart from the quantities above: such a count is compared
# only with a count of the very same thing (its next two words) in the clause, never reported as missing.
_COUNT_EN = re.compile(r"\b(?P<n>" + "|".join(w for w in EN_NUMBER_WORDS if EN_NUMBER_WORDS[w] < 100) + r"|\d{1,3})"
                       r"\s+(?P<thing>[a-z]{3,}\s+[a-z]{3,})\b", re.I)
_NOT_A_THING = {"of", "or", "and", "another", "who", "which", "that", "the", "more", "less", "fewer", "further", "additional",
                "has", "have", "had", "been", "being", "was", "were", "are", "shall", "may", "must", "can", "will", "should",
                "not", "for", "with", "from", "such", "than", "exists", "where", "when"}


def _thing(words: str) -> str:
    # authorities → authority, persons → person, chairs → chair (not "process", "basis")
    return " ".join(re.sub(r"ies$", "y", w) if w.endswith("ies") else re.sub(r"(?<=[a-z]{3})(?<![su])s$", "", w)
                    for w in words.lower().split())


def counts(text: str) -> dict[str, set[float]]:
    """{thing: the counts the text gives of it} of an English text ("two deputy chairs" → {"deputy chair": {2.0}}).
    Periods, amounts and percentages are left to extract_quantities."""
    out: dict[str, set[float]] = {}
    for m in _COUNT_EN.finditer(_strip_nbsp(text or "")):
        if any(w.lower() in _NOT_A_THING for w in m.group("thing").split()) or _unit_after(m.group("thing"), 0, english_ok=True):
            continue
        n = m.group("n")
        value = float(n) if n.isdigit() else EN_NUMBER_WORDS[n.lower()]
        out.setdefault(_thing(m.group("thing")), set()).add(float(value))
    return out


def _strip_nbsp(text: str) -> str:
    return text.replace("\u00a0", " ")


# A bare number after a bound in an English claim ("Member States may lower the age, but not below fourteen") leaves out
# the unit the clause states after the same bound ("not below 13 years", GDPR Art. 8(1)): ordinary English ellipsis, read
# in that unit
_BOUND_EN = r"not below|not under|not above|not less than|not more than|no fewer than|no more than|no later than|" \
            r"at least|at most|fewer than|less than|more than|below|under|above|over|up to"
_BARE_AFTER_BOUND_EN = re.compile(rf"\b({_BOUND_EN})\s+(\d+|{_EN_WORD})\b(?!\s*(?:[%％.,]\d|[-\w]))", re.I)


def elliptical_mismatches(claim: str, clause: str) -> list[tuple[str, float, list[Quantity]]]:
    """(the bound, the claim's bare number, the clause's quantities after the same bound) where the claim's number is none
    of them; English only, and only when the clause states quantities after that bound."""
    if re.search(r"[\u4e00-\u9fff]", claim + clause):
        return []
    quantities = extract_quantities(clause)
    found = []
    for m in _BARE_AFTER_BOUND_EN.finditer(claim):
        bound, number = m.group(1).lower(), m.group(2).lower()
        value = float(number) if number.isdigit() else float(EN_NUMBER_WORDS[number])
        # (the clause may name the age between the bound and its figure: "below the age of 16 years", GDPR Art. 8(1))
        after = [q for q in quantities
                 if re.search(rf"\b{re.escape(bound)}\s+(?:the\s+age\s+of\s+)?$", clause[: q.span[0]], re.I)]
        if after and all(abs(q.value - value) > 1e-9 for q in after):
            found.append((bound, value, after))
    return found


def count_mismatches(claim: str, clause: str) -> list[tuple[str, float, set[float]]]:
    """(thing, the claim's count, the clause's counts) where the clause counts the very same thing otherwise."""
    theirs = counts(clause)
    return [(thing, value, theirs[thing]) for thing, values in counts(claim).items() if thing in theirs
            for value in values if value not in theirs[thing]]


# --- one period of a rate ---------------------------------------------------------------------------------------------

# A rate per period as the statutes write it (每年两次, 每年至少进行一次, 每半年…开展检查) and as English and colloquial
# Chinese restate it ("two free reports a year", 一年里有两次, 一年起码做一次): the claim's "one year" is the period of the
# clause's rate, not a duration the clause leaves out (general usage of 每 + period and "a / per / every + period")
_PER_PERIOD = {
    "year": r"每(?:一)?年|(?:every|each|per) year|annual(?:ly)?|yearly",
    "month": r"每(?:个)?月|(?:every|each|per) month|monthly",
    "week": r"每周|每星期|(?:every|each|per) week|weekly",
    "day": r"每日|每天|(?:every|each|per) day|daily",
}
_ANY_PERIOD_ZH = re.compile(r"每(?:半|两|二|三)?(?:个)?(?:年|月|季度|周|日|天)")
# "一年内 / within a year / after one year": a time limit or a duration, which the clause must state itself
_DURATION_AFTER_ZH = re.compile(r"(?:内|以内|之内|后|以后|之后|以上|以下|期满)")
_DURATION_BEFORE_EN = re.compile(r"(?:within|after|for|over|than|least|most|up to)\s+$", re.I)


def _one_period(q: Quantity) -> str | None:
    """The period of _PER_PERIOD that `q` spans exactly once: 一年, a year, and also twelve months or 12个月 (the same
    length in another unit, as a restatement writes "every twelve months" for 每年)."""
    return next((unit for unit in _PER_PERIOD if q.base() == Quantity(1.0, unit, "").base()), None)


def period_of_a_rate(q: Quantity, claim: str, clause_text: str) -> bool:
    """A claim's "one period" (一年, a year, 一个月, twelve months) that is the period of a rate the clause states per
    period, or the "once" (一次) of a clause's rate that states no count ("每半年…开展检查" is once each half-year)."""
    if q.unit == "occurrence":
        return q.value == 1 and bool(_ANY_PERIOD_ZH.search(clause_text)) \
            and bool(_ANY_PERIOD_ZH.search(claim) or "一年" in claim) \
            and not any(c.unit == "occurrence" for c in extract_quantities(clause_text))
    period = _one_period(q)
    if period is None or not re.search(_PER_PERIOD[period], clause_text, re.I):
        return False
    counts = {c.value for c in extract_quantities(clause_text) if c.unit == "occurrence"}
    if counts:
        # the claim must state the clause's count of the rate ("two free reports a year" for 每年两次): a wrong or missing
        # count leaves the period unbacked, as before ("three reports a year" has no 次 for compare() to oppose)
        said = {c.value for c in extract_quantities(claim) if c.unit == "occurrence"} | _bare_numbers_en(claim)
        if said - counts and re.search(r"[A-Za-z]", claim):
            # "at least once every twelve months": the count is "once"; the numbers of the claim's own quantities (the
            # twelve of the period) are not counts
            said = _bare_numbers_en(_without_quantities(claim)) | _one_word_counts_en(claim)
        if not said or not said <= counts:
            return False
    start, end = q.span
    return not _DURATION_AFTER_ZH.match(claim, end) and not _DURATION_BEFORE_EN.search(claim[:start])


_BARE_NUMBER_EN = re.compile(r"\b(" + "|".join(w for w in EN_NUMBER_WORDS if EN_NUMBER_WORDS[w] < 100) + r"|\d{1,3})\b", re.I)


def _without_quantities(text: str) -> str:
    out = text
    for q in sorted(extract_quantities(text), key=lambda q: -q.span[0]):
        out = out[: q.span[0]] + " " + out[q.span[1]:]
    return out


def _one_word_counts_en(text: str) -> set[float]:
    """The counts English says in one word: once, twice, thrice (ordinary English)."""
    words = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
    return {words[w.lower()] for w in re.findall(r"\b(once|twice|thrice)\b", text, re.I)}


def _bare_numbers_en(text: str) -> set[float]:
    """The numbers an English text states with no unit ("two free credit reports")."""
    return {float(EN_NUMBER_WORDS.get(m.group(1).lower(), m.group(1)) if not m.group(1).isdigit() else m.group(1))
            for m in _BARE_NUMBER_EN.finditer(text)}
