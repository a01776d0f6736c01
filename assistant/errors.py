"""The project's exception tree.

Every error carries a message that tells the user what to do. Front ends (CLI, UI,
Slack) turn them into short messages; nothing below them prints or exits.
"""


class AssistantError(Exception):
    """Base class. `str(err)` is a complete, user-facing sentence."""

    hint: str = ""

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def user_message(self) -> str:
        text = str(self)
        return f"{text} {self.hint}".strip() if self.hint else text


class ConfigError(AssistantError):
    """A setting is missing or malformed."""


class InvalidQuestion(AssistantError):
    """The question is empty, too long, or otherwise unusable."""


class IndexNotReady(AssistantError):
    """Nothing has been indexed yet (or the index is unreachable)."""

    hint = "Run `assistant ingest` first."


class IngestError(AssistantError):
    """Something went wrong while indexing."""


class UnreadableDocument(IngestError):
    """One file could not be read; the batch goes on without it."""

    def __init__(self, path: str, reason: str, hint: str | None = None):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}", hint)


class UploadTooLarge(UnreadableDocument):
    """A file is over the configured size limit."""


class ModelError(AssistantError):
    """A generative or verifying model could not be used."""


class ModelUnavailable(ModelError):
    """The endpoint is unreachable, timed out or answered with an error status."""

    hint = "Check ASSISTANT_LLM_BASE_URL / ASSISTANT_VERIFIER_BASE_URL, or unset them to use the offline mode."


class ModelReplyInvalid(ModelError):
    """The model answered, but not in the shape the prompt asked for."""


class AuditTampered(AssistantError):
    """The audit trail's hash chain does not verify."""
