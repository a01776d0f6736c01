"""The answering pipeline as LangChain runnables, for users who compose LangChain chains.

`as_retriever(assistant)` is a `BaseRetriever` over the hybrid retriever (Documents carry the clause metadata);
`answer_chain(assistant)` is an LCEL chain: rewrite → retrieve → draft → verify → assemble, the same stages
`Assistant.ask` runs (which stays plain Python so it can time and audit each stage).
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda
from pydantic import ConfigDict

from .types import Answer, Filters


class ClauseRetriever(BaseRetriever):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    assistant: object
    k: int | None = None  # None: Settings.top_k
    filters: Filters | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        retrieval = self.assistant.search(query, k=self.k, filters=self.filters)
        return [
            Document(
                page_content=hit.clause.text,
                metadata={**hit.clause.model_dump(exclude={"text", "aliases"}), "score": hit.score, "citation": hit.clause.citation_label()},
            )
            for hit in retrieval.hits
        ]


def as_retriever(assistant, k: int | None = None, filters: Filters | None = None) -> ClauseRetriever:
    return ClauseRetriever(assistant=assistant, k=k, filters=filters)


def answer_chain(assistant):
    """An LCEL runnable: {"question": str, "history"?: list, "filters"?: Filters} → Answer."""

    def run(inputs: dict) -> Answer:
        return assistant.ask(inputs["question"], history=inputs.get("history"), filters=inputs.get("filters"))

    return RunnableLambda(run, name="compliance_answer")
