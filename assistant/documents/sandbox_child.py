"""The document sandbox's child side (`python -m assistant.documents.sandbox_child PATH MEMORY_MB TIMEOUT`).

It lives apart from sandbox.py so that the parent side, which loaders.py imports, does not import loaders.py back:
the child parses the file with `loaders.parse_file` under RLIMIT_AS and RLIMIT_CPU and writes one JSON object on
stdout (the protocol is in sandbox.py's docstring).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _limit(memory_mb: int, timeout: float) -> None:
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cpu = max(1, int(timeout) + 1)  # a backstop for the parent's wall-clock kill
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))


def main(argv: list[str]) -> int:
    path, memory_mb, timeout = argv[0], int(argv[1]), float(argv[2])
    _limit(memory_mb, timeout)
    try:
        from assistant.errors import UnreadableDocument as Unreadable
        from assistant.documents.loaders import parse_file

        try:
            document = parse_file(Path(path))
            result = {"document": document}
        except Unreadable as err:
            result = {"error": "unreadable", "reason": err.reason, "hint": err.hint}
        except RecursionError:
            result = {"error": "unreadable", "reason": "document structure is nested too deeply",
                      "hint": "Re-save the file with a simpler structure, or as plain text."}
        except MemoryError:
            raise
        except Exception as err:  # a parser bug on a strange file is that file's problem, not the batch's
            result = {"error": "unreadable", "reason": f"the file could not be parsed ({type(err).__name__})",
                      "hint": "Re-export the file and try again."}
        output = json.dumps(result)  # ASCII-only: safe whatever the locale, survives lone surrogates
    except (MemoryError, SystemError):
        # CPython sometimes reports an allocation failure during import as a bare SystemError
        # ("error return without exception set"); under the address-space cap that is memory.
        output = json.dumps({"error": "memory"})
    except OSError as err:  # ENOMEM from mmap/import under the cap
        output = json.dumps({"error": "memory"} if err.errno == 12 else {"error": "crashed", "detail": str(err)})
    sys.stdout.write(output)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
