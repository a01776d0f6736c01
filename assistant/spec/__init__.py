"""Batch compliance check of spec documents: requirements → rules + retrieval → findings → gap report."""
