"""Evaluation: datasets, metrics that agree with ../shared/evals/score.py, baselines and reports."""
