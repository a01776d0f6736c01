"""A Chinese question whose named regulator acts (人行来查, 人行检查组调阅…): the law in whose sentences that regulator
itself acts leads among the laws that all name it (regulators.acting_titles / acting_shares,
RetrievalConfig.cn_regulator_acting_weight)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.retrieval.regulators import acting_shares, acting_titles
from assistant.settings import SHARED_REGULATIONS


def test_a_regulator_doing_something_is_named_by_its_own_title():
    assert acting_titles("人行检查组调阅了我们大量客户资料，他们有保密责任吗") == ("中国人民银行",)
    assert acting_titles("人民银行有权检查商业银行哪些方面的行为？") == ("中国人民银行",)
    assert acting_titles("银保监现场检查要调我们的业务合同") == ("银行业监督管理机构",)
    # the central bank's other statutory functions (反洗钱行政主管部门 …) are not its own name
    assert "反洗钱行政主管部门" not in acting_titles("人行来查反洗钱")


def test_a_regulator_the_bank_acts_towards_is_no_actor():
    assert acting_titles("我们行想开办结售汇业务，这个是报金融监管总局批还是找人民银行批？") == ()
    assert acting_titles("法律上对我们在央行那边必须放多少钱有硬性要求吗？") == ()
    assert acting_titles("这些报表还要不要同时报人行？") == ()
    assert acting_titles("客户要去网信办投诉我们") == ()


@dataclass
class _Clause:
    doc_id: str
    law: str
    text: str
    jurisdiction: str = "CN"
    kind: str = "law"


class _View:
    def __init__(self, clauses):
        self.clauses = clauses
        self._derived = {}

    def docs(self):
        return list({c.doc_id: c for c in self.clauses}.values())

    def derived(self, name, build):
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name]


def test_shares_count_the_sentences_where_the_regulator_acts_not_where_it_is_named():
    view = _View([
        _Clause("pboc", "中国人民银行法", "第三十二条　中国人民银行有权对金融机构进行检查监督。中国人民银行可以要求报送报表。"),
        _Clause("cbl", "商业银行法", "第六十一条　商业银行应当按期向国务院银行业监督管理机构和中国人民银行报送资产负债表。"),
        _Clause("cbl", "商业银行法", "第三十二条　商业银行应当按照中国人民银行的规定，向中国人民银行交存存款准备金。"),
        _Clause("policy-x", "某制度", "中国人民银行可以检查。", kind="policy"),
    ])
    assert acting_shares(view, ("中国人民银行",)) == {"pboc": 1.0}


def test_two_versions_of_one_law_count_once():
    view = _View([
        _Clause("law-2006", "某法", "第一条　中国人民银行应当监督。"),
        _Clause("law-2024", "某法", "第一条　中国人民银行应当监督。中国人民银行可以检查。"),
        _Clause("other", "他法", "第一条　中国人民银行负责管理。"),
    ])
    shares = acting_shares(view, ("中国人民银行",))
    assert shares["law-2024"] == 2 / 3 and shares["other"] == 1 / 3


def test_in_the_real_laws_each_regulator_acts_most_in_its_own_law():
    """Read from the corpus texts: the central bank acts most in 中国人民银行法, the banking regulator in 银行业监督管理法,
    though 商业银行法 names both dozens of times."""
    folder = Path(SHARED_REGULATIONS) / "zh"
    texts = {doc: (folder / f"{doc}.md").read_text(encoding="utf-8")
             for doc in ("pboc-law-2003", "banking-supervision-law-2006", "commercial-bank-law-2015")}
    view = _View([_Clause(doc, doc, text) for doc, text in texts.items()])
    central = acting_shares(view, ("中国人民银行",))
    banking = acting_shares(view, ("银行业监督管理机构",))
    assert max(central, key=central.get) == "pboc-law-2003" and central["pboc-law-2003"] > 0.8
    assert max(banking, key=banking.get) == "banking-supervision-law-2006" and banking["banking-supervision-law-2006"] > 0.8


def test_a_regulator_s_office_or_team_between_its_name_and_its_act():
    assert acting_titles("人行分支机构让我们报资产负债表") == ("中国人民银行",)
