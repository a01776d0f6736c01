"""Customer identifiers → stable pseudonyms (pure, given a key).

Questions may carry a customer's ID number, phone, card, passport, e-mail, name or address. Before a question
is logged, sent to a model or shown in a trace, each one is replaced by a pseudonym such as `[ID_CARD#3f2a9c1d]`:
an HMAC-SHA256 of the normalised identifier under a secret key, so the same customer maps to the same pseudonym
across calls and processes (analysts can still see "the same person asked twice") while the identifier itself
never leaves the process.

Identifiers are written in many shapes: full-width digits (１３８…), separators (138-1234-5678, 138.1234.5678,
110101 19900307 123X), +86 / 0086 prefixes, glued to letters (ID110101…). Matching runs on a normalised view of
the text (NFKC per character: width folded, full-width @ + - . become ASCII) whose positions map back to the
original, so the original span, whatever its shape, is what gets replaced.

Numbers are validated wherever a checksum exists (resident ID, USCC, bank cards via python-stdnum; Hong Kong
and Taiwan IDs by their own check digits), so article numbers, dates, amounts and plain numbers are left alone.
Passports and permits have no checksum: their letter + digit shapes are specific enough. Names are taken only in
customer context (客户张三, 姓名：李四, customer John Smith, Name: …; jieba's part-of-speech tagger decides
whether the word after 客户 is a person's name), addresses only down to a street number (…路…号, 221 Baker Street).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import ConfigError

LABELS = {
    "email": "EMAIL",
    "id_card": "ID_CARD",
    "uscc": "USCC",
    "hk_id": "HK_ID",
    "tw_id": "TW_ID",
    "passport": "PASSPORT",
    "permit": "PERMIT",
    "mobile": "MOBILE",
    "bank_card": "BANK_CARD",
    "name": "NAME",
    "address": "ADDRESS",
}
PSEUDONYM = re.compile(r"\[(?:" + "|".join(LABELS.values()) + r")#[0-9a-f]{8}\]")


@dataclass(frozen=True)
class RedactionResult:
    text: str
    found: list[tuple[str, str]] = field(default_factory=list)  # (kind, pseudonym), in order of replacement


# --- validators (pure) ---------------------------------------------------------------

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"  # ISO 7064 MOD 11-2, indexed by sum % 11


def _ascii_digits(text: str) -> str:
    """Full-width (or any Unicode) digits → ASCII; separators dropped; letters upper-cased."""
    out = []
    for ch in text:
        if ch.isdigit():
            out.append(str(unicodedata.digit(ch)))
        elif ch.isalnum():
            out.append(ch.upper())
    return "".join(out)


def _plausible_birth(yyyymmdd: str) -> bool:
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return date(1900, 1, 1) <= born <= date.today()


def resident_id_valid(value: str) -> bool:
    """18-character PRC resident ID (check digit + birth date) or a 15-digit first-generation ID.

    Also the 18-digit HK/Macau/Taiwan residence permits (8x0000…), which share the format. The region code is
    not checked against a list: a made-up region with a valid check digit still looks like someone's ID.
    """
    from stdnum.cn import ric

    v = _ascii_digits(value)
    if len(v) == 18:
        if not v[:17].isdigit() or v[0] not in "12345678":
            return False
        return v[17] == ric.calc_check_digit(v) and _plausible_birth(v[6:14])
    if len(v) == 15:
        # First-generation IDs (issued until 2004) have no check digit: region + YYMMDD + 3 digits.
        return v.isdigit() and v[0] in "12345678" and _plausible_birth("19" + v[6:12])
    return False


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015: no I, O, S, V, Z
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc_valid(value: str) -> bool:
    from stdnum.cn import uscc

    v = value.upper()
    return len(v) == 18 and v[2:8].isdigit() and uscc.is_valid(v)


def luhn_valid(digits: str) -> bool:
    from stdnum import luhn

    return digits.isdigit() and luhn.is_valid(digits)


def hk_id_valid(value: str) -> bool:
    """Hong Kong identity card: one or two letters, six digits, check digit (0-9 or A) mod 11."""
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\(?([0-9A])\)?", value.upper())
    if not m:
        return False
    letters, digits, check = m.groups()
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1)))
    expected = (11 - total % 11) % 11
    return check == ("A" if expected == 10 else str(expected))


_TW_LETTERS = {c: v for c, v in zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36))}


def tw_id_valid(value: str) -> bool:
    """Taiwan national ID: a letter (birth region), 1 or 2 (sex), eight digits, the last a check digit."""
    v = value.upper()
    if not re.fullmatch(r"[A-Z][12]\d{8}", v):
        return False
    code = _TW_LETTERS[v[0]]
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(v[1:9], range(8, 0, -1))) + int(v[9])
    return total % 10 == 0


def _card_grouping_ok(raw: str) -> bool:
    """Separated cards are written in groups of four (last group shorter), or 4-6-5 (Amex)."""
    groups = [g for g in re.split(r"[^0-9]", raw) if g]
    if len(groups) == 1:
        return True
    sizes = [len(g) for g in groups]
    return all(s == 4 for s in sizes[:-1]) and 1 <= sizes[-1] <= 4 or sizes == [4, 6, 5]


# --- the normalised view -------------------------------------------------------------

def normalised_view(text: str) -> tuple[str, list[int]]:
    """NFKC per character (full-width → ASCII and friends), with each normalised position's original index."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
        if not folded:
            continue
        out.append(folded)
        index.extend([i] * len(folded))
    index.append(len(text))
    return "".join(out), index


# --- patterns (run on the normalised view) ---------------------------------------------
# Digit boundaries are "no adjacent digit" (letters may touch: ID110101…, Tel13812345678); alphanumeric codes
# need no adjacent letter or digit. Separators: one space, dash (any width) or dot between digit groups.

SEP = r"[ \-.\u2010-\u2015\u2212]"
EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-\u00c0-\u024f])[A-Za-z0-9._%+\-\u00c0-\u024f]+@"
    r"(?:[^\W_](?:[\w\-]*[^\W_])?\.)+(?:[A-Za-z]{2,63}(?![A-Za-z])|xn--[a-z0-9\-]+|"
    # Internationalised top-level domains: the common CJK ones by name (Chinese text runs on without a space),
    # other scripts as a run of letters.
    r"中国|中國|公司|网络|網絡|香港|台湾|台灣|澳门|澳門|在线|商城|集团|网址|网店|政务|公益|手机|游戏|企业|信息|"
    r"新加坡|한국|みんな|[^\W\d_A-Za-z\u2e80-\u9fff\uac00-\ud7af]{2,24})"
)
ID_CARD = re.compile(rf"(?<!\d)(?:\d(?:{SEP}?\d){{16}}{SEP}?[\dXx]|\d{{15}})(?!\d)")
USCC = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])")
HK_ID = re.compile(r"(?<![0-9A-Za-z])[A-Z]{1,2}\d{6}(?:\([0-9A]\)|[0-9A])(?![0-9A-Za-z])")
TW_ID = re.compile(r"(?<![0-9A-Z])[A-Z][12]\d{8}(?!\d)")
PASSPORT = re.compile(r"(?<![0-9A-Z])(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7})(?!\d)")
PERMIT = re.compile(r"(?<![0-9A-Z])(?:[HM]\d{10}|[HM]\d{8}|C[0-9A-HJ-NP-Z]\d{7}|L\d{8})(?!\d)")
# Permits with plain digits (台胞证 since 2015: eight digits) are only taken after their name.
PERMIT_BY_NAME = re.compile(r"(?:台胞证|通行证|回乡证|居住证|permit)(?:号码|号|No\.?|number)?\s*[:：]?\s*"
                            r"([0-9A-Z]{8,11}(?:\([0-9A-Z]\))?)(?![0-9A-Za-z])", re.IGNORECASE)
MOBILE = re.compile(rf"(?<!\d)(?:\(?(?:\+|00)?86\)?{SEP}?)?(1[3-9]\d{SEP}?\d{{4}}{SEP}?\d{{4}})(?!\d)")
BANK_CARD = re.compile(rf"(?<!\d)\d(?:{SEP}?\d){{12,18}}(?!\d)")

# Names in customer context. Chinese: the word after the label, if the tagger calls it a person's name (nr*),
# or whatever 2-4 characters follow an explicit "姓名：". English: capitalised words after the label.
NAME_LABEL_ZH = re.compile(r"(客户|顾客|借款人|贷款人|申请人|持卡人|投保人|被保险人|受益人|存款人|开户人|户名|姓名|"
                           r"联系人|收款人|付款人|委托人|本人)(名称|姓名|名字)?\s*([:：是为叫]?)\s*")
NAME_AFTER_COLON = re.compile(r"[\u4e00-\u9fff·]{2,4}(?=$|[\s,，。;；、)）(（:：]|先生|女士|小姐)")
HONORIFIC = re.compile(r"([\u4e00-\u9fff]{2,3})(先生|女士|小姐)")
NAME_EN = re.compile(
    r"\b(?:[Cc]ustomer|[Cc]lient|[Bb]orrower|[Aa]pplicant|[Cc]ardholder|[Aa]ccount holder|[Bb]eneficiary|"
    r"[Aa]ccount name|[Ff]ull name|[Nn]ame|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?)\s*[:：]?\s*"
    r"((?:[A-Z][a-z'’\-]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]{2,})){1,2})"
)
NOT_A_NAME = {"Article", "Articles", "Regulation", "Law", "Act", "Data", "Protection", "Personal", "General", "The",
              "Bank", "Due", "Diligence", "Information", "Account", "Service", "Services", "Agreement", "Section",
              "Chapter", "Paragraph", "GDPR", "PIPL", "AML", "KYC", "ID", "Id", "Number", "No", "Identification",
              "Consent", "Privacy", "Policy", "Risk", "Credit", "Card", "Customer", "Client", "Name"}
_PROVINCES = ("北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|"
              "贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门")
ADDRESS_ZH = re.compile(
    rf"(?:(?:{_PROVINCES})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)?)?"
    r"(?:[\u4e00-\u9fff]{2,6}?(?:市|州|盟))?(?:[\u4e00-\u9fff]{1,6}?(?:区|县|旗|镇|乡))?"
    r"[\u4e00-\u9fff\dA-Za-z]{1,12}?(?:路|街|大街|大道|巷|胡同|弄|里)"
    r"\s*\d{1,5}(?:-\d{1,5})?\s*号(?:院|楼)?(?:\s*[\dA-Za-z\-]{1,6}\s*(?:号楼|栋|幢|座|单元|楼|层|室|房))*"
)
ADDRESS_EN = re.compile(
    r"\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][a-z]+\.?\s+){1,4}"
    r"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Way|Court|Ct\.?|"
    r"Place|Pl\.?|Square|Sq\.?|Terrace|Highway|Hwy\.?)(?![A-Za-z])"
    r"(?:,?\s*(?:Apt|Apartment|Suite|Unit|Flat|Room)\.?\s*#?\s*[0-9A-Za-z\-]+)?"
)

Span = tuple[int, int, str, str]  # (start, end) in the normalised view, kind, normalised value


class Redactor:
    """Replaces customer identifiers by keyed pseudonyms. Same key → same pseudonyms."""

    def __init__(self, key: bytes):
        if not key:
            raise ConfigError("The redaction key is empty.", "Set ASSISTANT_REDACTION_KEY or delete the key file.")
        self._key = key

    def pseudonym(self, kind: str, normalised: str) -> str:
        digest = hmac.new(self._key, f"{kind}:{normalised}".encode(), hashlib.sha256).hexdigest()
        return f"[{LABELS[kind]}#{digest[:8]}]"

    def redact(self, text: str) -> RedactionResult:
        text = text or ""
        view, index = normalised_view(text)
        spans: list[Span] = []

        def take(kind: str, pattern: re.Pattern, valid: Callable[[str], bool], normalise=_ascii_digits,
                 group: int = 0, replace_group: int = 0) -> None:
            """`group`: the identifier itself (validated, pseudonymised); `replace_group`: the span replaced."""
            nonlocal view
            for m in _valid_matches(pattern, view, valid, group):
                start, end = m.span(replace_group)
                spans.append((start, end, kind, normalise(m.group(group))))
                view = view[:start] + "\0" * (end - start) + view[end:]  # later patterns do not see it

        # Order matters: the strictest validators first, so an 18-digit ID that happens to be Luhn-valid is an
        # ID, and a +86 phone is a phone rather than a 13-digit "card".
        take("email", EMAIL, lambda _: True, str.lower)
        take("id_card", ID_CARD, resident_id_valid)
        take("uscc", USCC, uscc_valid, str.upper)
        take("hk_id", HK_ID, hk_id_valid)
        take("tw_id", TW_ID, tw_id_valid)
        take("passport", PASSPORT, lambda _: True)
        take("permit", PERMIT, lambda _: True)
        take("permit", PERMIT_BY_NAME, lambda raw: sum(c.isdigit() for c in raw) >= 7, group=1, replace_group=1)
        take("mobile", MOBILE, lambda _: True, group=1)  # "+86 " goes with the number; the alias ignores it
        take("bank_card", BANK_CARD, lambda raw: _card_grouping_ok(raw) and luhn_valid(_ascii_digits(raw)))
        take("address", ADDRESS_ZH, lambda _: True, _squash)
        take("address", ADDRESS_EN, lambda _: True, _squash)
        for start, end in _names(view):
            spans.append((start, end, "name", _squash(view[start:end])))
            view = view[:start] + "\0" * (end - start) + view[end:]

        found: list[tuple[str, str]] = []
        out, last = [], 0
        for start, end, kind, value in sorted(spans):
            alias = self.pseudonym(kind, value)
            found.append((kind, alias))
            out += [text[last:index[start]], alias]
            last = index[end - 1] + 1 if end > start else index[start]
        out.append(text[last:])
        return RedactionResult(text="".join(out), found=found)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _valid_matches(pattern: re.Pattern, view: str, valid: Callable[[str], bool], group: int) -> list[re.Match]:
    """Valid matches; after an invalid one, the search resumes one character later (not after it),
    so "12 110101199003071234" still finds the ID that a longer invalid run started before."""
    matches = []
    pos = 0
    while True:
        m = pattern.search(view, pos)
        if m is None:
            return matches
        if m.group(group) and valid(m.group(group)):
            matches.append(m)
            pos = m.end()
        else:
            pos = m.start() + 1


def _names(view: str) -> list[tuple[int, int]]:
    spans = []
    for m in NAME_LABEL_ZH.finditer(view):
        start = m.end()
        window = view[start:start + 8]
        explicit = m.group(1) in ("姓名", "户名") or bool(m.group(2)) or m.group(3) in (":", "：")
        name = _tagged_name(window)
        if name is None and explicit:
            plain = NAME_AFTER_COLON.match(window)
            name = plain.group(0) if plain else None
        if name:
            spans.append((start, start + len(name)))
    for m in HONORIFIC.finditer(view):
        if _tagged_name(m.group(1)) == m.group(1):
            spans.append(m.span(1))
    for m in NAME_EN.finditer(view):
        words = m.group(1).split()
        while words and words[-1] in NOT_A_NAME:
            words.pop()
        if len(words) >= 2 and not (set(words) & NOT_A_NAME):
            last_word = list(re.finditer(r"\S+", m.group(1)))[len(words) - 1]
            spans.append((m.start(1), m.start(1) + last_word.end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged


_FUNCTION_CHARS = set("于在的是和与及向从对将已为把被因要能会说称等")


def load_name_tagger() -> None:
    """Load jieba's part-of-speech tagger now: its first use reads the tag dictionary (about 0.5 s), which the first
    question naming a person would otherwise pay (Assistant.warm_up)."""
    _tagged_name("张三")


def _tagged_name(window: str) -> str | None:
    """The first word of `window` if jieba's tagger calls it a person's name (nr, nrfg, nrt)."""
    if not window or not re.match(r"[\u4e00-\u9fff]", window):
        return None
    import logging

    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)
    words = list(posseg.cut(window))
    if not words:
        return None
    first = words[0]
    if first.flag.startswith("nr") and 2 <= len(first.word) <= 4:
        # The HMM sometimes glues the next function word on ("张三于"): a name does not end in one.
        if len(first.word) >= 3 and first.word[-1] in _FUNCTION_CHARS:
            return first.word[:-1]
        return first.word
    # The tagger sometimes splits a name into surname + given name ("王" nr, "小明" nr/n).
    if len(words) >= 2 and first.flag.startswith("nr") and len(first.word) == 1 and len(words[1].word) <= 2 \
            and words[1].flag in ("nr", "nrfg", "n", "ng", "nz"):
        return first.word + words[1].word
    return None


def load_or_create_key(path: Path, configured: str | None) -> bytes:
    """The configured key (settings.redaction_key), else a random key persisted at `path` (mode 0600)."""
    if configured:
        return configured.encode("utf-8")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        # Write a private temp file, then link it into place: link() fails if another process
        # won the race, and nobody ever reads a half-written key.
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink()
    try:
        key = path.read_text().strip()
    except OSError as err:
        raise ConfigError(f"Cannot read the redaction key file {path}: {err}.", "Fix its permissions.") from err
    if not key:
        raise ConfigError(
            f"The redaction key file {path} is empty.",
            "Restore it from a backup (pseudonyms change with the key) or set ASSISTANT_REDACTION_KEY.",
        )
    return key.encode("utf-8")
