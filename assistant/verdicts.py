"""The rule that merges verifier verdicts: per claim the weakest verdict any verifier that ran gave it.

Pure: used by the answer assembly (`answer/assembly.py`) and by the eval of planted claims, whatever verifiers
are configured.
"""

from __future__ import annotations

from collections.abc import Sequence

from .types import Verdict, Verification

RANK: dict[str, int] = {"contradicted": 0, "not_supported": 1, "supported": 2}  # lower is weaker


def weakest(verdicts: Sequence[str]) -> Verdict | None:
    return min(verdicts, key=RANK.__getitem__) if verdicts else None  # type: ignore[return-value]


def combine(verifications: Sequence[Verification], n_claims: int) -> list[tuple[Verdict, list[str]]]:
    """Per claim, the weakest verdict any verifier gave it, with the reasons for that verdict.

    A verifier with `ran=False` (failed or not configured) contributes nothing here; a claim that
    no running verifier judged is `not_supported` ("no verifier checked this claim"). Because a
    verifier that did not run never counts as a pass, the caller must not report the answer as
    "verified" unless every verifier ran (see `all_ran`): at best it is "partially_verified".
    """
    results: list[tuple[Verdict, list[str]]] = []
    for i in range(n_claims):
        judged: list[tuple[str, str, str]] = []  # (verdict, verifier, reason)
        for v in verifications:
            if v.ran:
                judged += [(cv.verdict, v.verifier, cv.reason) for cv in v.verdicts if cv.claim == i]
        if not judged:
            results.append(("not_supported", ["no verifier checked this claim"]))
            continue
        verdict = weakest([j[0] for j in judged])
        reasons = [f"{name}: {reason}" for v, name, reason in judged if v == verdict and reason]
        results.append((verdict, reasons))
    return results


def all_ran(verifications: Sequence[Verification]) -> bool:
    """True when at least one verifier ran and none failed: the precondition for "verified"."""
    return bool(verifications) and all(v.ran for v in verifications)
