"""Answerers: turn a question and retrieved clauses into a cited `Draft`.

Backends register on import (`assistant.answer.extractive`, `assistant.answer.openai_answerer`);
this package module itself imports nothing heavy.
"""
