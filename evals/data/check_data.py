#!/usr/bin/env python3
"""Checks the hand-written eval files in this folder against the law texts.

    python evals/data/check_data.py [--corpus ../shared/corpus/regulations] [--policies corpus/policies]

Every .jsonl file here is checked, by its name. Question files (realistic_*, answerable_*, lawpolicy_probe,
eu_probe): the gold law resolves with the shared scorer's LawResolver (or is a policy file stem), every gold
article exists, and the words quoted in the note (between 「 and 」) occur verbatim in one of the gold articles.
Claim files (planted_claims*): the cited law resolves, `source_quote` occurs verbatim in the article that actually
says it (`true_article` for kind wrong_article, else `article`), and a wrong_article claim cites an article that
does not contain the quote. Out-of-scope files (out_of_scope*): schema, and a "half" of A or B where one is given.
Exit status 1 when anything fails.
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ELISION = re.compile(r"…+|\.{3,}")
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
        # a quote may leave words out (……, …, ...): each part it keeps must be verbatim in the same article
        parts = [norm(p) for p in ELISION.split(r["source_quote"]) if norm(p)]
        where = r["true_article"] if kind == "wrong_article" else r["article"]
        if not parts or not any(all(p in norm(t) for p in parts) for t in corpus.article_texts(r["law"], where)):
            errors.append("%s %s: source_quote not verbatim in %s art %s" % (name, rid, r["law"], where))
        if kind == "wrong_article":
            cited = corpus.article_texts(r["law"], r["article"])
            if not cited:
                errors.append("%s %s: cited article %s does not exist" % (name, rid, r["article"]))
            if any(all(p in norm(t) for p in parts) for t in cited):
                errors.append("%s %s: wrong_article cites an article that says it" % (name, rid))


# README.md of this folder: missing_clause and not_in_force are the categories of out_of_scope.jsonl
OOS_CATEGORIES = {"not_indexed", "off_topic", "near_miss", "missing_clause", "not_in_force"}


def check_oos(rows, errors, name):
    check_ids(rows, errors, name)
    for r in rows:
        if r.get("expect") != "abstain" or r.get("category") not in OOS_CATEGORIES:
            errors.append("%s %s: bad expect/category" % (name, r["id"]))
        if "half" in r and r["half"] not in {"A", "B"}:  # blind batches (out_of_scope_blind2)
            errors.append("%s %s: half must be A or B" % (name, r["id"]))


def kind_of(fname):
    """Which check a file of this folder gets, by its name: every eval file is checked, none is listed by hand."""
    if not fname.endswith(".jsonl"):
        return None
    if fname.startswith("planted_claims"):
        return "c"
    if fname.startswith("out_of_scope"):
        return "o"
    if fname.startswith(("realistic_", "answerable_", "lawpolicy_probe", "eu_probe")):
        return "q"
    return None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpus", "regulations"))
    ap.add_argument("--policies", default=os.path.join(REPO, "corpus", "policies"))
    a = ap.parse_args(argv)
    if not os.path.isdir(a.policies):  # a worktree without its own copy: fall back to the main checkout
        a.policies = os.path.join(REPO, "..", "main", "corpus", "policies")
    corpus = Corpus(os.path.abspath(a.corpus), os.path.abspath(a.policies))
    errors = []
    for fname in sorted(os.listdir(HERE)):
        kind = kind_of(fname)
        if kind is None:
            continue
        path = os.path.join(HERE, fname)
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
