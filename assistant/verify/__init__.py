"""Answer verifiers: deterministic grounding checks and the optional LLM judge."""
