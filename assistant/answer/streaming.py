"""Reading a JSON reply while it streams: the text of its "answer" field so far.

The answer prompt asks for `{"answer": "…", "claims": […], "abstain": false}`, and models write "answer"
first, so the words a reader wants arrive first too. `partial_answer` decodes the string value as far as it
has arrived (escapes included, a half-received escape held back); a reply that is not JSON at all is shown as
it comes. The complete reply is still parsed strictly at the end (`llm.parse_reply`).
"""

from __future__ import annotations

import re

_ANSWER_KEY = re.compile(r'"answer"\s*:\s*"')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", '"': '"', "\\": "\\", "/": "/"}


def partial_answer(buffer: str) -> str:
    """The answer text received so far ("" while the reply has not reached it)."""
    match = _ANSWER_KEY.search(buffer)
    if match is None:
        head = buffer.lstrip()
        # Plain prose (a model ignoring the JSON instruction) is worth showing; JSON before "answer" is not.
        return "" if not head or head[0] in "{[`" else buffer
    out: list[str] = []
    i, n = match.end(), len(buffer)
    while i < n:
        c = buffer[i]
        if c == '"':
            break
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            break  # the rest of the escape has not arrived
        kind = buffer[i + 1]
        if kind == "u":
            if i + 6 > n:
                break
            code = int(buffer[i + 2:i + 6], 16) if re.fullmatch(r"[0-9a-fA-F]{4}", buffer[i + 2:i + 6]) else 0xFFFD
            if 0xD800 <= code < 0xDC00:  # a surrogate pair: wait for its second half
                if i + 12 > n:
                    break
                low = buffer[i + 8:i + 12]
                if buffer[i + 6:i + 8] == "\\u" and re.fullmatch(r"[0-9a-fA-F]{4}", low):
                    code = 0x10000 + ((code - 0xD800) << 10) + (int(low, 16) - 0xDC00)
                    i += 6
            out.append(chr(code) if code < 0xD800 or code >= 0xE000 else "\ufffd")
            i += 6
            continue
        out.append(_ESCAPES.get(kind, kind))
        i += 2
    return "".join(out)
