"""Helpers for tests of the grounding verifier's deterministic checks."""

from __future__ import annotations

from assistant.verify.polarity import contradictions


def kinds(claim: str, clause: str, bridge: str = "") -> set[str]:
    """The kinds of contradiction the checks find between a claim and its clause's text."""
    return {f.kind for f in contradictions(claim, clause, bridge)}
