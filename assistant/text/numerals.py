"""Chinese numerals ↔ integers (pure). 第一百零五条 → 105, 13 → 十三; and the patterns that find them."""

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)
# Regex source of a number as laws write it after 第: Chinese, ASCII or full-width digits (第13条, 第１３条, 第十三条).
NUMBER = f"[{CN_NUMERAL_CHARS}0-9０-９]+"
# Regex source of an enumeration number (（一）, 一、, 附件三): small numbers only, so 零 in 零售 or 两 in 两个 is no numeral.
ENUM_DIGITS = "一二三四五六七八九十"
ENUM_NUMBER = f"[{ENUM_DIGITS}]+"


def cn_to_int(text: str) -> int:
    """Parse a Chinese numeral (or ASCII / full-width digits). Raises ValueError if not a number."""
    text = text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in UNITS:
            unit = UNITS[ch]
            if unit == 10000:
                total += (section + (digit or 0)) * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + (digit or 0)


def int_to_cn(n: int) -> str:
    """13 → 十三, 20 → 二十, 105 → 一百零五, 110 → 一百一十 (the style laws use for article numbers)."""
    if n < 0:
        raise ValueError("negative")
    if n == 0:
        return "零"
    digits = "零一二三四五六七八九"
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = int_to_cn(low) if low else ""
        if low and low < 1000:
            rest = "零" + rest
        return int_to_cn(high) + "万" + rest
    parts, zero_pending = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, value)
        if d:
            if zero_pending:
                parts.append("零")
                zero_pending = False
            parts.append(digits[d] + unit)
        elif parts:
            zero_pending = True
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text
