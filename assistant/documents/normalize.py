"""Text clean-up shared by all loaders (pure: no I/O).

Why this exists: PDF text layers of Chinese regulations often carry CJK *radical*
code points instead of the ideographs they look like (⼗ U+2F17 instead of 十,
⻔ U+2ED4 instead of 门). They render identically but never match a search or a
quoted clause, so they are mapped back here. Full NFKC is deliberately NOT applied
to the whole text: it would turn full-width punctuation （，。：；） into ASCII.
"""

from __future__ import annotations

import re
import unicodedata

from assistant.text.numerals import ENUM_DIGITS, ENUM_NUMBER, NUMBER

# CJK Radicals Supplement (U+2E80–U+2EF3) → equivalent unified ideograph, from
# Unicode's EquivalentUnifiedIdeograph.txt (NFKC only covers U+2E9F and U+2EF3).
# "start[-end]:target" in hex; U+2E80 and U+2E9A have no equivalent.
_SUPPLEMENT_TABLE = """
2E81:5382 2E82:4E5B 2E83:4E5A 2E84:4E59 2E85:4EBB 2E86:5182 2E87:20628 2E88:5200
2E89:5202 2E8A:535C 2E8B:353E 2E8C-2E8D:5C0F 2E8E:5140 2E8F:5C23 2E90:5C22 2E91:21BC2
2E92:5DF3 2E93:5E7A 2E94:5F51 2E95:5F50 2E96:5FC4 2E97:5FC3 2E98:624C 2E99:6535
2E9B:65E1 2E9C:65E5 2E9D:6708 2E9E:6B7A 2E9F:6BCD 2EA0:6C11 2EA1:6C35 2EA2:6C3A
2EA3:706C 2EA4-2EA5:722B 2EA6:4E2C 2EA7:725B 2EA8:72AD 2EA9:738B 2EAA:24D14 2EAB:76EE
2EAC:793A 2EAD:793B 2EAE:25AD7 2EAF:7CF9 2EB0:7E9F 2EB1:7F53 2EB2:7F52 2EB3:34C1
2EB4:5197 2EB5:2626B 2EB6:7F8A 2EB7:2634C 2EB8:2634B 2EB9:8002 2EBA:8080 2EBB:807F
2EBC:8089 2EBD:26951 2EBE-2EC0:8279 2EC1:864E 2EC2:8864 2EC3:8980 2EC4:897F 2EC5:89C1
2EC6:89D2 2EC7:278B2 2EC8:8BA0 2EC9:8D1D 2ECA:27FB7 2ECB:8F66 2ECC-2ECE:8FB6 2ECF:9091
2ED0:9485 2ED1:9577 2ED2:9578 2ED3:957F 2ED4:95E8 2ED5:28E0F 2ED6:961D 2ED7:96E8
2ED8:9752 2ED9:97E6 2EDA:9875 2EDB:98CE 2EDC:98DE 2EDD:98DF 2EDE:2967F 2EDF:98E0
2EE0:9963 2EE1:29810 2EE2:9A6C 2EE3:9AA8 2EE4:9B3C 2EE5:9C7C 2EE6:9E1F 2EE7:5364
2EE8:9EA6 2EE9:9EC4 2EEA:9EFE 2EEB:6589 2EEC:9F50 2EED:6B6F 2EEE:9F7F 2EEF:7ADC
2EF0:9F99 2EF1:9F9C 2EF2:4E80 2EF3:9F9F
"""

# Invisible characters that break matching: soft hyphen, zero-width space/joiners,
# word joiner, and a BOM left in the middle of text.
_INVISIBLE = (0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)


def _build_translation() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in range(0x2F00, 0x2FD6):  # Kangxi Radicals: NFKC maps each to its ideograph
        table[cp] = unicodedata.normalize("NFKC", chr(cp))
    for entry in _SUPPLEMENT_TABLE.split():
        source, target = entry.split(":")
        first, _, last = source.partition("-")
        for cp in range(int(first, 16), int(last or first, 16) + 1):
            table[cp] = chr(int(target, 16))
    for cp in _INVISIBLE:
        table[cp] = None
    return table


_TRANSLATION = _build_translation()

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Punctuation after which a line is a finished unit (sentence, clause, heading label).
_LINE_END_PUNCT = "。！？；：…」』”’）》】!?;:)"
# Lines that start a new structural unit and must never be glued to the line above:
# 第N条/章/节/编, （一）, (1), 一、, 1. / 1、, ①, Markdown headings and bullets.
_STRUCTURAL_START = re.compile(
    rf"^(第{NUMBER}[条章节编款项]"
    rf"|[（(][{ENUM_DIGITS}\d]+[）)]"
    rf"|{ENUM_NUMBER}、"
    r"|\d+[.．、]"
    r"|[\u2460-\u2473]"
    r"|#|[-*•·]\s"
    r"|附件|附则|附录)"
)
_HEADING_LINE = re.compile(rf"^第{NUMBER}[章节编]")
# Justified PDF lines sometimes come out letter-spaced: "单 时 ， 汇 率". Three or more
# single CJK characters separated by single spaces are glued back together.
_CJK_OR_PUNCT = rf"[{_CJK}\u3000-\u303f\uff00-\uffef]"
_LETTER_SPACED = re.compile(rf"(?:{_CJK_OR_PUNCT} ){{3,}}{_CJK_OR_PUNCT}")


def normalize_text(text: str, *, rejoin_lines: bool = False) -> str:
    """Clean `text` for indexing and quoting.

    Always: radicals → ideographs, NFC, invisible characters removed, newlines → \\n,
    trailing spaces stripped per line. With `rejoin_lines` (for PDF text, where the
    layout broke lines mid-sentence): letter-spaced CJK is glued and wrapped Chinese
    lines are joined back into paragraphs.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text.translate(_TRANSLATION))
    text = _LONE_SURROGATE.sub("\ufffd", text)  # broken PDF text layers; they cannot be encoded
    lines = [line.rstrip() for line in text.split("\n")]
    if rejoin_lines:
        lines = [_LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), line) for line in lines]
        lines = join_wrapped_lines(lines)
    return "\n".join(lines)


def _is_cjk(ch: str) -> bool:
    return bool(re.match(f"[{_CJK}]", ch))


def _continues(line: str, next_line: str) -> bool:
    """True when `line` was broken by layout in the middle of a Chinese sentence."""
    if not line or not next_line.strip():
        return False
    if _HEADING_LINE.match(line) or _STRUCTURAL_START.match(next_line.lstrip()):
        return False
    last = line[-1]
    if last in _LINE_END_PUNCT:
        return False
    # Only Chinese text is rejoined: an English line break needs a space and
    # hyphen handling we cannot do reliably.
    first = next_line.lstrip()[0]
    return (_is_cjk(last) or last in "，、") and (_is_cjk(first) or first.isdigit() or first in "，。、；：）")


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Join each line to the next when layout broke a Chinese sentence across them."""
    out: list[str] = []
    for line in lines:
        if out and _continues(out[-1], line):
            out[-1] += line.lstrip()
        else:
            out.append(line)
    return out
