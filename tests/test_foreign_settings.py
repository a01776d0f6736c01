"""A foreign place an English question sets its case in (a Singapore certificate authority, our Hong Kong team, data
sent to Tokyo) is no topic the corpus lacks: the laws call every such place 境外 (or a "third country"). A place whose
own rules are asked (Singapore's PDPA) still is."""

from types import SimpleNamespace

from assistant.catalog import load_catalog
from assistant.retrieval.foreign_places import load_places
from assistant.retrieval.gate.assess import CoverageFloors, assess

# 个人信息保护法第三十八条, in part
CLAUSE = "个人信息处理者因业务等需要，确需向中华人民共和国境外提供个人信息的，应当具备下列条件之一"
DOC_FREQ = {"境外": 0.02, "个人信息": 0.1, "提供": 0.2, "mainland": 0.0}


def doc_freq(word: str) -> float:
    return DOC_FREQ.get(word, 0.0)


def test_places_named_as_the_setting_not_as_whose_rules():
    places = load_places()
    assert places.english_settings("Is a certificate from a Singapore certificate authority valid here?") == ["Singapore"]
    assert places.english_settings("Can the Frankfurt team read the files?") == ["Frankfurt"]
    assert places.english_settings("Does Singapore's PDPA require a DPO?") == []
    assert places.english_settings("Can we send customer data to Singapore?") == ["Singapore"]
    assert places.english_settings("What happens to personal data in London?") == []
    assert places.english_settings("What does the law say about consent?") == []


def gate(question: str, similarity: float):
    hit = SimpleNamespace(similarity=similarity, sources=("dense",),
                          clause=SimpleNamespace(text=CLAUSE, doc_id="pipl-2021", chunk_id="pipl-2021:a38:0",
                                                 article=38))
    retrieval = SimpleNamespace(hits=[hit], missing_refs=[])
    return assess(question, retrieval, load_catalog(), lambda h: ["境外", "个人信息", "提供"], CoverageFloors(),
                  doc_freq=doc_freq)


def test_a_question_set_abroad_is_tied_to_the_clauses_on_going_abroad():
    floors = CoverageFloors()
    between = (floors.similarity_en_zh + floors.no_overlap_en_zh) / 2  # above the weak floor, below no-overlap
    assert gate("Our Singapore parent wants daily copies of the customer files. Is that ok?", between).covered
    # the same case with a place no list knows: its name is a word no clause uses
    refused = gate("Our Zubrowka parent wants daily copies of the customer files. Is that ok?", between)
    assert not refused.covered
