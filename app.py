"""Start the web UI: `python app.py` (host, port, auth and limits come from ASSISTANT_* settings).

On a fresh machine the corpus is indexed first (console progress bar); later starts only re-index what changed.
"""

import sys

from assistant.errors import AssistantError
from assistant.settings import get_settings


def main() -> int:
    from assistant.ui.server import launch

    try:
        launch(get_settings())
    except AssistantError as err:
        print(f"error: {err.user_message()}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
