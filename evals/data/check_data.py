#!/usr/bin/env python3
"""Checks the hand-written eval files in this folder against the law texts.

    python evals/data/check_data.py [--corpus ../shared/corpus/regulations] [--policies corpus/policies]

For every question file (realistic_dev / realistic_holdout / realistic_probe / realistic_probe2 / realistic_blind_zh / realistic_blind_zh2 / realistic_blind_zh3 / realistic_blind_zh4 /
realistic_blind_en / realistic_blind_en2 / realistic_blind_en3 / realistic_blind_zh5 / realistic_blind_en4 / realistic_blind_en10 / realistic_blind_zh_r11 /
realistic_blind_en_r11 /
lawpolicy_probe / eu_probe): the gold law resolves with the shared scorer's
LawResolver (or is a policy file stem), every gold article exists, and the words quoted in the note
(between 「 and 」) occur verbatim in one of the gold articles. For planted_claims (and planted_claims_holdout, planted_claims_probe, planted_claims_probe2, planted_claims_probe3,
planted_claims_blind, planted_claims_blind2, planted_claims_blind3,
planted_claims_blind4, planted_claims_r9b, planted_claims_r10, planted_claims_blind5, planted_claims_r11, planted_claims_r11b): the cited law resolves,
`source_quote` occurs verbatim in the article that actually says it (`true_article` for kind wrong_article,
else `article`), and a wrong_article claim cites an article that does not contain the quote. For the
out-of-scope files (out_of_scope_realistic, out_of_scope_probe, out_of_scope_probe2, out_of_scope_blind,
out_of_scope_blind2, out_of_scope_blind3, out_of_scope_refuse9, out_of_scope_refuse9b, out_of_scope_refuse10, out_of_scope_refuse11,
out_of_scope_blind4): schema, and a "half" of A or B where one is given. answerable_probe (and answerable_probe2,
answerable_blind, answerable_blind2, answerable_blind3, answerable_refuse9, answerable_refuse9b, answerable_refuse10, answerable_refuse11,
answerable_blind4, answerable_refuse11b) is checked like the
question files. Exit status 1 when anything fails.
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
CN_DIGITS = "零一二三四五六七八九"


def cn_to_int(s):
    n = 0
    if "百" in s:
        head, s = s.split("百")
        n += (CN_DIGITS.index(head) if head else 1) * 100
        s = s.lstrip("零")
    if "十" in s:
        head, s = s.split("十")
        n += (CN_DIGITS.index(head) if head else 1) * 10
    if s:
        n += CN_DIGITS.index(s)
    return n


def parse_articles(path):
    """{article number: text} for a Chinese (第N条) or English (### Article N) law file."""
    text = open(path, encoding="utf-8").read()
    arts = {}
    if re.search(r"^### Article \d+", text, flags=re.M):
        parts = re.split(r"^### (Article \d+|Annex [IVX]+)[^\n]*\n", text, flags=re.M)
        for i in range(1, len(parts), 2):
            m = re.match(r"Article (\d+)", parts[i])
            if m:
                arts[int(m.group(1))] = parts[i + 1]
        return arts
    cur = None
    for line in text.split("\n"):
        m = re.match(r"^第([零一二三四五六七八九十百]+)条", line)
        if m:
            cur = cn_to_int(m.group(1))
            arts[cur] = line + "\n"
        elif line.startswith("#"):
            cur = None
        elif cur is not None:
            arts[cur] += line + "\n"
    return arts


def norm(s):
    return re.sub(r"\s+", "", s)


class Corpus:
    def __init__(self, corpus_dir, policies_dir):
        sys.path.insert(0, os.path.join(corpus_dir, "..", "..", "evals"))
        from score import LawResolver  # the shared scorer: gold names must resolve exactly as it does
        self.resolver = LawResolver(corpus_dir)
        self.corpus_dir, self.policies_dir = corpus_dir, policies_dir
        self._cache = {}

    def files_for(self, law):
        if law.startswith("policy-"):
            p = os.path.join(self.policies_dir, law + ".md")
            return [p] if os.path.exists(p) else []
        out = []
        for stem in sorted(self.resolver.resolve(law)):
            for sub in ("zh", "en"):
                p = os.path.join(self.corpus_dir, sub, stem + ".md")
                if os.path.exists(p):
                    out.append(p)
        return out

    def articles(self, path):
        if path not in self._cache:
            self._cache[path] = parse_articles(path)
        return self._cache[path]

    def article_texts(self, law, art):
        return [self.articles(p)[art] for p in self.files_for(law) if art in self.articles(p)]


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def check_ids(rows, errors, name):
    seen = set()
    for r in rows:
        if r.get("id") in seen:
            errors.append("%s: duplicate id %s" % (name, r.get("id")))
        seen.add(r.get("id"))


def check_questions(rows, corpus, errors, name):
    check_ids(rows, errors, name)
    for r in rows:
        rid = r.get("id")
        for k in ("question", "law", "articles", "lang", "style", "note"):
            if k not in r:
                errors.append("%s %s: missing %s" % (name, rid, k))
        if not corpus.files_for(r["law"]):
            errors.append("%s %s: law %r does not resolve" % (name, rid, r["law"]))
            continue
        if not 1 <= len(r["articles"]) <= 3:
            errors.append("%s %s: %d gold articles" % (name, rid, len(r["articles"])))
        texts = []
        for a in r["articles"]:
            t = corpus.article_texts(r["law"], a)
            if not t:
                errors.append("%s %s: %s has no article %s" % (name, rid, r["law"], a))
            texts += t
        m = re.search(r"「(.+?)」", r["note"])
        if not m:
            errors.append("%s %s: note quotes nothing" % (name, rid))
        elif not any(norm(m.group(1)) in norm(t) for t in texts):
            errors.append("%s %s: note quote not in gold articles: %s" % (name, rid, m.group(1)))
        if re.search(r"第[零一二三四五六七八九十百\d]+条|Art(icle)?\.? ?\d", r["question"]):
            errors.append("%s %s: question names an article" % (name, rid))


FALSE_KINDS = {"inverted_polarity", "wrong_modality", "negated_right", "wrong_actor", "overreach_scope",
               "wrong_number", "wrong_time_limit", "wrong_article",
               # a word replaced by its opposite with no negation word (保存 → 销毁, 公告 → 保密, "independently" → "under
               # the instructions of", "the day following" → "the day before"): planted_claims_r11
               "antonym"}


def check_claims(rows, corpus, errors, name):
    check_ids(rows, errors, name)
    for r in rows:
        rid = r.get("id")
        kind, truth = r.get("kind"), r.get("truth")
        if (kind == "true") != (truth is True) or (kind != "true" and kind not in FALSE_KINDS):
            errors.append("%s %s: kind %r inconsistent with truth %r" % (name, rid, kind, truth))
        if not corpus.files_for(r["law"]):
            errors.append("%s %s: law %r does not resolve" % (name, rid, r["law"]))
            continue
        quote = norm(r["source_quote"])
        where = r["true_article"] if kind == "wrong_article" else r["article"]
        if not any(quote in norm(t) for t in corpus.article_texts(r["law"], where)):
            errors.append("%s %s: source_quote not verbatim in %s art %s" % (name, rid, r["law"], where))
        if kind == "wrong_article":
            cited = corpus.article_texts(r["law"], r["article"])
            if not cited:
                errors.append("%s %s: cited article %s does not exist" % (name, rid, r["article"]))
            if any(quote in norm(t) for t in cited):
                errors.append("%s %s: wrong_article cites an article that says it" % (name, rid))


def check_oos(rows, errors, name):
    check_ids(rows, errors, name)
    for r in rows:
        if r.get("expect") != "abstain" or r.get("category") not in {"not_indexed", "off_topic", "near_miss"}:
            errors.append("%s %s: bad expect/category" % (name, r["id"]))
        if "half" in r and r["half"] not in {"A", "B"}:  # blind batches (out_of_scope_blind2)
            errors.append("%s %s: half must be A or B" % (name, r["id"]))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus", "regulations"))
    ap.add_argument("--policies", default=os.path.join(REPO, "corpus", "policies"))
    a = ap.parse_args(argv)
    if not os.path.isdir(a.policies):  # a worktree without its own copy: fall back to the main checkout
        a.policies = os.path.join(REPO, "..", "main", "corpus", "policies")
    corpus = Corpus(os.path.abspath(a.corpus), os.path.abspath(a.policies))
    errors = []
    for fname, kind in (("realistic_dev.jsonl", "q"), ("realistic_holdout.jsonl", "q"), ("realistic_probe.jsonl", "q"),
                        ("realistic_probe2.jsonl", "q"), ("realistic_blind_zh.jsonl", "q"),
                        ("realistic_blind_zh2.jsonl", "q"), ("realistic_blind_zh3.jsonl", "q"), ("realistic_blind_en.jsonl", "q"),
                        ("realistic_blind_en2.jsonl", "q"), ("realistic_blind_zh4.jsonl", "q"),
                        ("realistic_blind_en3.jsonl", "q"), ("realistic_blind_en10.jsonl", "q"),
                        ("realistic_blind_zh5.jsonl", "q"), ("realistic_blind_en4.jsonl", "q"),
                        ("realistic_blind_zh_r11.jsonl", "q"),
                        ("realistic_blind_en_r11.jsonl", "q"),
                        ("lawpolicy_probe.jsonl", "q"),
                        ("planted_claims.jsonl", "c"), ("planted_claims_holdout.jsonl", "c"),
                        ("planted_claims_probe.jsonl", "c"), ("planted_claims_probe2.jsonl", "c"),
                        ("planted_claims_probe3.jsonl", "c"), ("planted_claims_blind.jsonl", "c"),
                        ("planted_claims_blind2.jsonl", "c"), ("planted_claims_blind3.jsonl", "c"),
                        ("planted_claims_blind4.jsonl", "c"),
                        ("planted_claims_r9b.jsonl", "c"), ("planted_claims_r10.jsonl", "c"), ("planted_claims_r11.jsonl", "c"), ("planted_claims_r11b.jsonl", "c"),
                        ("planted_claims_blind5.jsonl", "c"),
                        ("out_of_scope_realistic.jsonl", "o"),
                        ("answerable_probe.jsonl", "q"), ("out_of_scope_probe.jsonl", "o"),
                        ("eu_probe.jsonl", "q"),
                        ("answerable_probe2.jsonl", "q"), ("out_of_scope_probe2.jsonl", "o"),
                        ("answerable_blind.jsonl", "q"), ("out_of_scope_blind.jsonl", "o"),
                        ("answerable_blind2.jsonl", "q"), ("out_of_scope_blind2.jsonl", "o"),
                        ("answerable_blind3.jsonl", "q"), ("out_of_scope_blind3.jsonl", "o"),
                        ("answerable_refuse9.jsonl", "q"), ("out_of_scope_refuse9.jsonl", "o"),
                        ("answerable_refuse9b.jsonl", "q"), ("out_of_scope_refuse9b.jsonl", "o"),
                        ("answerable_refuse10.jsonl", "q"), ("out_of_scope_refuse10.jsonl", "o"),
                        ("answerable_refuse11.jsonl", "q"), ("out_of_scope_refuse11.jsonl", "o"),
                        ("answerable_blind4.jsonl", "q"), ("out_of_scope_blind4.jsonl", "o"),
                        ("answerable_refuse11b.jsonl", "q")):
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            continue
        rows = load(path)
        {"q": lambda: check_questions(rows, corpus, errors, fname),
         "c": lambda: check_claims(rows, corpus, errors, fname),
         "o": lambda: check_oos(rows, errors, fname)}[kind]()
        print("%-32s %d rows" % (fname, len(rows)))
    for e in errors:
        print("FAIL", e)
    print("ok" if not errors else "%d problems" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
