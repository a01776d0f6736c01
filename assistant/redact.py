"""Customer identifiers → stable pseudonyms (pure, given a key).

Questions may carry a customer's ID number, phone, card or e-mail. Before a question is
logged, sent to a model or shown in a trace, each identifier is replaced by a pseudonym such
as `[ID_CARD#3f2a9c1d]`: an HMAC-SHA256 of the normalised identifier under a secret key, so
the same customer maps to the same pseudonym across calls and processes (analysts can still
see "the same person asked twice") while the identifier itself never leaves the process.

Every candidate is validated (check digits, birth dates, Luhn), so article numbers, dates,
amounts and plain numbers are left alone.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import ConfigError

LABELS = {
    "email": "EMAIL",
    "id_card": "ID_CARD",
    "uscc": "USCC",
    "mobile": "MOBILE",
    "bank_card": "BANK_CARD",
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
    """Full-width (or any Unicode) digits → ASCII; separators dropped; X upper-cased."""
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
    """18-character PRC resident ID (check digit + birth date) or a 15-digit first-generation ID."""
    v = _ascii_digits(value)
    if len(v) == 18:
        if not v[:17].isdigit() or v[0] not in "12345678":
            return False
        check = ID_CHECK[sum(int(d) * w for d, w in zip(v[:17], ID_WEIGHTS)) % 11]
        return v[17] == check and _plausible_birth(v[6:14])
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
    v = value.upper()
    if len(v) != 18 or any(c not in USCC_CHARS for c in v) or not v[2:8].isdigit():
        return False
    return uscc_check_char(v[:17]) == v[17]


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card_grouping_ok(raw: str) -> bool:
    """Separated cards are written in groups of four (last group shorter), or 4-6-5 (Amex)."""
    groups = re.split(r"[ \-]", raw)
    if len(groups) == 1:
        return True
    sizes = [len(g) for g in groups]
    return all(s == 4 for s in sizes[:-1]) and 1 <= sizes[-1] <= 4 or sizes == [4, 6, 5]


# --- patterns ----------------------------------------------------------------------
# Boundaries are "no adjacent digit" (and no adjacent letter for alphanumeric codes), so a
# phone-like run inside a longer number is never taken for a phone.

EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![A-Za-z])"
)
ID_CARD = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{6}[ ]\d{8}[ ]\d{3}[\dXx]|\d{15})(?![0-9A-Za-z])"
)
USCC = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])")
MOBILE = re.compile(r"(?<![\d+])(?:(?:\+|00)?86[ \-]?)?(1[3-9]\d(?:[ \-]?\d{4}){2})(?!\d)")
BANK_CARD = re.compile(r"(?<!\d)\d(?:[ \-]?\d){12,18}(?!\d)")


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
        found: list[tuple[str, str]] = []

        def replacer(kind, valid, normalise=_ascii_digits, group=0):
            def replace(m: re.Match) -> str:
                raw = m.group(group)
                if not valid(raw):
                    return m.group(0)
                alias = self.pseudonym(kind, normalise(raw))
                found.append((kind, alias))
                return alias

            return replace

        # Order matters: the strictest validators first, so an 18-digit ID that happens to be
        # Luhn-valid is an ID, and a +86 phone is a phone rather than a 13-digit "card".
        text = EMAIL.sub(replacer("email", lambda _: True, str.lower), text or "")
        text = ID_CARD.sub(replacer("id_card", resident_id_valid), text)
        text = USCC.sub(replacer("uscc", uscc_valid, str.upper), text)
        text = MOBILE.sub(replacer("mobile", lambda _: True, group=1), text)
        text = BANK_CARD.sub(
            replacer("bank_card", lambda raw: _card_grouping_ok(raw) and luhn_valid(_ascii_digits(raw))), text
        )
        return RedactionResult(text=text, found=found)


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
