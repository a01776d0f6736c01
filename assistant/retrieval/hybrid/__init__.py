"""Hybrid retrieval: exact clause lookup, dense + BM25 lists fused by reciprocal rank, article-level units.
retriever.py holds HybridRetriever, the orchestrator; its methods for the query's words (query_words.py), the lists
beside the question's own (lists.py), the reweighing of candidates (reweigh.py) and law-level ranking (law_level.py)
live beside it as the classes it inherits from."""
