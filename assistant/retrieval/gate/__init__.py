"""The coverage gate: does the indexed corpus cover a question, or should the assistant refuse it as out of scope?
The entry is `assess.assess` / `assess.assess_in_view`; the module docstring of assess.py lists the signals."""
