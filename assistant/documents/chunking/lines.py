"""The lines of a document as the chunker reads them (pure): HTML comments and front matter masked out, heading
marks and bold wrappers taken off, every line's offsets into the original text kept."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...catalog import parse_front_matter

COMMENT = re.compile(r"<!--.*?-->", re.S)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
BOLD_LEAD = re.compile(r"^\*\*(.+?)\*\*")


@dataclass
class Line:
    start: int
    end: int
    raw: str  # the line of the masked text (comments blanked out)
    content: str  # without heading marks / bold wrapper, stripped
    level: int  # markdown heading level, 0 for body text
    text: str = ""  # the line as it goes into clause text: comments removed, heading marks off


def read_lines(text: str) -> list[Line]:
    """Lines of the text with comments and front matter masked; offsets skip a line's leading and trailing white
    space."""
    masked, nulled = _mask(text, " "), _mask(text, "\0")
    lines, pos = [], 0
    for raw in masked.split("\n"):
        end = pos + len(raw)
        content, level = raw.strip(), 0
        m = HEADING.match(content)
        if m:
            level, content = len(m.group(1)), m.group(2).strip()
        clean = nulled[pos:end].replace("\0", "").strip()
        if level:
            clean = HEADING.match(clean).group(2).strip() if HEADING.match(clean) else content
        content = BOLD_LEAD.sub(r"\1", content).strip()
        lead = len(raw) - len(raw.lstrip())
        start, stop = (pos + lead, pos + len(raw.rstrip())) if raw.strip() else (pos, end)
        lines.append(Line(start, stop, raw, content, level, clean))
        pos = end + 1
    return lines


def _mask(text: str, fill: str) -> str:
    """Overwrite HTML comments and a front matter block with `fill`, keeping every offset and newline."""

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", fill, match.group(0))

    _, _, body_offset = parse_front_matter(text)
    masked = re.sub(r"[^\n]", fill, text[:body_offset]) + text[body_offset:]
    return COMMENT.sub(blank, masked)
