"""The text toolkit (pure, no I/O): Chinese numerals, article references and labels, tokenisers.

Every module that reads legal text (ingest, retrieval, answers, spec, rewrite, verify) takes its numerals,
its article patterns and its tokens from here, so 第二十条之一 or Art. 6(1)(a) means the same everywhere.
"""
