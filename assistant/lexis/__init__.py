"""Language knowledge shared by retrieval and verification (pure): the word lists and the parsers both read.

- vocabulary data, each entry with its source: glossary (business → legal terms, glossary.toml), lexicon (English
  words → the laws' Chinese words, lexicon.toml), eu_terms (words → the GDPR / AI Act heading words, eu_terms.toml),
  cedict (CC-CEDICT read backwards), english_stems, verb_phrases, empty_words (words that say nothing about a topic)
- parsers of legal wording: quantities (figures, periods, rates), concepts (an English text's content words with the
  Chinese words they may be written as, concept_glosses.toml), parties (the party lexicon: who the laws name, which
  parties are one side)

Below both `retrieval/` and `verify/`: it imports neither (nor anything above it), only `assistant.text`,
`assistant.language` and libraries; tests/test_package_layering.py holds it to that.
"""
