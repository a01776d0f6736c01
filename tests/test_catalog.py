"""The law catalog: loading, names, versions, file recognition and inference."""

import csv
import re

import pytest

from assistant.catalog import load_catalog, name_key, parse_front_matter, slugify
from assistant.errors import ConfigError, UnreadableDocument
from assistant.settings import SHARED_REGULATIONS

CATALOG = load_catalog()


def ids(mention: str) -> list[str]:
    return [law.doc_id for law in CATALOG.resolve(mention)]


def test_catalog_entries_are_complete_and_dated():
    entries = CATALOG.entries
    assert len({e.doc_id for e in entries}) == len(entries)
    for e in entries:
        assert e.title and e.short_title and e.jurisdiction
        for value in (e.version_date, e.effective_date, e.effective_until):
            assert value == "" or re.fullmatch(r"\d{4}-\d{2}-\d{2}", value), (e.doc_id, value)
    aml_old, aml_new = CATALOG.by_doc_id("aml-law-2006"), CATALOG.by_doc_id("aml-law-2024")
    assert (aml_old.effective_date, aml_old.effective_until, aml_old.status) == ("2007-01-01", "2025-01-01", "superseded")
    assert (aml_new.effective_date, aml_new.effective_until, aml_new.status) == ("2025-01-01", "", "in_force")
    csl_old, csl_new = CATALOG.by_doc_id("cybersecurity-law-2016"), CATALOG.by_doc_id("cybersecurity-law-2025-amended")
    assert (csl_old.effective_date, csl_old.effective_until, csl_old.status) == ("2017-06-01", "2026-01-01", "superseded")
    assert (csl_new.effective_date, csl_new.status) == ("2026-01-01", "in_force")
    assert CATALOG.by_doc_id("pboc-law-2003").effective_date == "2003-12-27"  # "on promulgation"
    assert CATALOG.by_doc_id("gdpr").language == "en" and CATALOG.by_doc_id("gdpr").jurisdiction == "EU"
    assert not CATALOG.is_indexed("civil-code-2020") and CATALOG.is_indexed("pipl-2021")
    assert CATALOG.by_doc_id("nope") is None


@pytest.mark.skipif(not (SHARED_REGULATIONS / "MANIFEST.tsv").exists(), reason="shared corpus not found")
def test_every_shared_file_has_an_indexed_catalog_entry():
    with (SHARED_REGULATIONS / "MANIFEST.tsv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        stem = row["file"].rsplit("/", 1)[-1][:-3]
        law = CATALOG.by_doc_id(stem)
        assert law is not None and CATALOG.is_indexed(stem), stem
        assert law.version_date == row["version_date"][:10]


@pytest.mark.parametrize(
    "mention, expected",
    [
        ("个保法", ["pipl-2021"]),
        ("《中华人民共和国个人信息保护法》", ["pipl-2021"]),
        ("个人信息保护法", ["pipl-2021"]),
        ("PIPL", ["pipl-2021"]),
        ("pipl", ["pipl-2021"]),
        ("Personal Information Protection Law", ["pipl-2021"]),
        ("数安法", ["data-security-law-2021"]),
        ("商行法", ["commercial-bank-law-2015"]),  # the usual short name in bank legal writing
        ("DSL", ["data-security-law-2021"]),
        ("网安法", ["cybersecurity-law-2025-amended", "cybersecurity-law-2016"]),
        ("Cybersecurity Law", ["cybersecurity-law-2025-amended", "cybersecurity-law-2016"]),
        ("反洗钱法", ["aml-law-2024", "aml-law-2006"]),
        ("AML Law", ["aml-law-2024", "aml-law-2006"]),
        ("反洗钱法（2006年）", ["aml-law-2006"]),
        ("银监法", ["banking-supervision-law-2006"]),
        ("人民银行法", ["pboc-law-2003"]),
        ("PBOC Law", ["pboc-law-2003"]),
        ("征信条例", ["credit-reporting-regulation-2013"]),
        ("商业银行法", ["commercial-bank-law-2015"]),
        ("GDPR", ["gdpr"]),
        ("gdpr", ["gdpr"]),
        ("General Data Protection Regulation", ["gdpr"]),
        ("通用数据保护条例", ["gdpr"]),
        ("欧盟GDPR", ["gdpr"]),
        ("GDPR recitals", ["gdpr-recitals"]),
        ("AI Act", ["eu-ai-act-2024-chapter3-annex3"]),
        ("人工智能法案", ["eu-ai-act-2024-chapter3-annex3"]),
        ("民法典", ["civil-code-2020"]),
        ("pipl-2021", ["pipl-2021"]),
        ("某某不存在法", []),
    ],
)
def test_resolve(mention, expected):
    assert ids(mention) == expected


def test_name_key_equivalences():
    assert name_key("《中华人民共和国数据安全法》") == name_key("数据安全法") == name_key(" 数据 安全法 ")
    assert name_key("GDPR") == name_key("gdpr")


def test_mentions_in_text():
    found = CATALOG.find_mentions("个保法和GDPR以及《网络安全法》对数据出境的要求；gdprs不算")
    assert [(m.text, m.doc_ids[:1]) for m in found] == [
        ("个保法", ["pipl-2021"]), ("GDPR", ["gdpr"]), ("网络安全法", ["cybersecurity-law-2025-amended"])]
    m = CATALOG.mention_ending_at("民法商法电子签名法第六条", 9)
    assert (m.start, m.text, m.doc_ids) == (4, "电子签名法", ["electronic-signature-law-2019"])
    m = CATALOG.mention_starting_at("Art. 6 GDPR.", 7)
    assert (m.text, m.end) == ("GDPR", 11)
    assert CATALOG.mention_starting_at("Art. 6 GDPRX", 7) is None


@pytest.mark.parametrize("text, doc_id", [
    ("can a credit bureau collect income? credit reporting regs", "credit-reporting-regulation-2013"),
    ("under the Credit Reporting Regulations", "credit-reporting-regulation-2013"),
    ("is that ok under China's anti money laundering law?", "aml-law-2024"),
    ("under the Anti-Money Laundering Law", "aml-law-2024"),
])
def test_english_titles_as_people_type_them(text, doc_id):
    """Hyphen or space, a final Regulation plural or shortened: still the law's name."""
    assert [m.doc_ids[0] for m in CATALOG.find_mentions(text)] == [doc_id]


def test_english_title_variants_stay_whole_words():
    assert CATALOG.find_mentions("credit reporting regsx and anti money laundering lawyers") == []


@pytest.mark.parametrize(
    "stem, header, expected",
    [
        ("aml-law-2006", "", "aml-law-2006"),
        ("aml-law-2024", "", "aml-law-2024"),
        ("反洗钱法", "2006年10月31日 第十届全国人民代表大会常务委员会第二十四次会议通过\n\n"
         "2024年11月8日 第十四届全国人民代表大会常务委员会第十二次会议修订", "aml-law-2024"),
        ("反洗钱法", "2006年10月31日 第十届全国人民代表大会常务委员会第二十四次会议通过", "aml-law-2006"),
        ("csl-2016", "", "cybersecurity-law-2016"),
        ("cybersecurity-law-2025-amended", "", "cybersecurity-law-2025-amended"),
        ("网络安全法(2025修正)", "", "cybersecurity-law-2025-amended"),
    ],
)
def test_match_file_tells_versions_apart(stem, header, expected):
    title = "中华人民共和国反洗钱法" if "aml" in expected else "中华人民共和国网络安全法"
    law = CATALOG.match_file(title, f"/x/{stem}.md", header)
    assert law is not None and law.doc_id == expected


def test_match_file_single_titles_and_unknowns():
    assert CATALOG.match_file("个人信息保护法", "a.md", "").doc_id == "pipl-2021"
    assert CATALOG.match_file("# 《中华人民共和国个人信息保护法》".lstrip("# "), "b.md", "").doc_id == "pipl-2021"
    gdpr_heading = ("Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 "
                    "(General Data Protection Regulation)")
    assert CATALOG.match_file(gdpr_heading, "whatever.md", "").doc_id == "gdpr"
    # a user's note that merely mentions a law in its title is not that law
    assert CATALOG.match_file("GDPR", "gdpr-notes.md", "") is None
    assert CATALOG.match_file("某银行数据安全管理办法", "policy.md", "") is None
    # no dates, no hint: ambiguous versions are not guessed
    assert CATALOG.match_file("中华人民共和国反洗钱法", "反洗钱法.md", "") is None
    # no heading at all: the file name may still be a doc id
    assert CATALOG.match_file("", "/y/pipl-2021.txt", "").doc_id == "pipl-2021"


def test_parse_front_matter():
    text = "---\ntitle: 数据安全管理办法\naliases: 数安办法, DSMP\nversion_date: '2024-03-01'\n# a comment\n---\n# 数据安全管理办法\n\n第一条 …"
    fields, body, offset = parse_front_matter(text)
    assert fields == {"title": "数据安全管理办法", "aliases": "数安办法, DSMP", "version_date": "2024-03-01"}
    assert body == text[offset:] and body.startswith("# 数据安全管理办法")
    assert parse_front_matter("# no front matter\n---\n") == ({}, "# no front matter\n---\n", 0)
    assert parse_front_matter("---\nunclosed: yes\n\ntext") == ({}, "---\nunclosed: yes\n\ntext", 0)
    assert parse_front_matter("---\n---\nbody")[1:] == ("body", 8)


def test_infer_from_front_matter():
    fm = {"title": "客户个人信息保护管理办法", "short_title": "个信办法", "aliases": "客户信息办法，CIPP", "kind": "policy",
          "issuer": "合规部", "version_date": "2024年3月1日", "effective_date": "2024-04-01", "status": "有效",
          "doc_id": "policy-cip-2024"}
    law = CATALOG.infer("ignored heading", "/corpus/policies/cip.md", fm)
    assert law.doc_id == "policy-cip-2024" and law.title == "客户个人信息保护管理办法"
    assert law.short_title == "个信办法" and law.aliases == ["客户信息办法", "CIPP"]
    assert (law.kind, law.jurisdiction, law.issuer, law.language) == ("policy", "INTERNAL", "合规部", "zh")
    assert (law.version_date, law.effective_date, law.status) == ("2024-03-01", "2024-04-01", "in_force")
    old = CATALOG.infer("Old Policy", "/p/old.md", {"effective_until": "2023-01-01"})
    assert old.status == "superseded" and old.language == "en"


def test_infer_unknown_file_without_front_matter():
    law = CATALOG.infer("Information Security Standard", "/tmp/uploads/Info Sec Standard v2.docx", {})
    assert law.doc_id == "info-sec-standard-v2"
    assert (law.title, law.short_title, law.kind, law.jurisdiction) == (
        "Information Security Standard", "Information Security Standard", "policy", "INTERNAL")
    assert law.version_date == "" and law.status == "in_force"
    cn = CATALOG.infer("中华人民共和国某某法", "/data/regulations/某某法.md", {})
    assert (cn.doc_id, cn.short_title, cn.kind, cn.jurisdiction) == ("某某法", "某某法", "regulation", "CN")
    # a copy of a known law whose version cannot be told borrows its names, keeps its own id
    copy = CATALOG.infer("中华人民共和国反洗钱法", "/u/反洗钱法.md", {})
    assert copy.doc_id == "反洗钱法" and "AML Law" in copy.aliases and copy.kind == "regulation"
    assert CATALOG.infer("", "/u/notes.txt", {}).title == "notes"
    assert slugify("  ") == "document"


def test_infer_rejects_malformed_front_matter():
    with pytest.raises(UnreadableDocument, match="not a date"):
        CATALOG.infer("t", "p.md", {"version_date": "sometime"})
    with pytest.raises(UnreadableDocument, match="status"):
        CATALOG.infer("t", "p.md", {"status": "maybe"})
    with pytest.raises(UnreadableDocument, match="kind"):
        CATALOG.infer("t", "p.md", {"kind": "memo"})


def test_load_catalog_errors(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_catalog(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[law]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_catalog(bad)
    dup = tmp_path / "dup.toml"
    dup.write_text('[[law]]\ndoc_id="a"\ntitle="A"\nshort_title="A"\n[[law]]\ndoc_id="a"\ntitle="B"\nshort_title="B"\n',
                   encoding="utf-8")
    with pytest.raises(ConfigError, match="appears twice"):
        load_catalog(dup)
    date = tmp_path / "date.toml"
    date.write_text('[[law]]\ndoc_id="a"\ntitle="A"\nshort_title="A"\nversion_date="May 2020"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="#1 \\(a\\)"):
        load_catalog(date)
    extra = tmp_path / "extra.toml"
    extra.write_text('[[law]]\ndoc_id="a"\ntitle="A"\nshort_title="A"\ncolour="red"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="colour"):
        load_catalog(extra)
    ok = tmp_path / "ok.toml"
    ok.write_text('[[law]]\ndoc_id="a"\ntitle="A Law"\nshort_title="A"\naliases=["Alpha"]\n', encoding="utf-8")
    assert [law.doc_id for law in load_catalog(ok).resolve("alpha")] == ["a"]
