"""Round 32: figures as people write them in a paraphrase (colloquial Chinese drops 元 after 万 / 亿 and says 一个亿;
business English writes thousands with k). Clauses are written in the laws' style for these tests, not copied from the
eval sets."""

from assistant.lexis.quantities import compare, extract_quantities
from claim_helpers import kinds

FINE_ZH = "第三十条 机构违反本条例规定查询信息的，由主管部门责令改正，对单位处5万元以上50万元以下的罚款。"
CAPITAL_ZH = "第六条 设立该类机构，注册资本不少于人民币5000万元。"
GAIN_ZH = "第六条 利用非法获取的信息获利五万元以上的，应当认定为情节严重。"


def _values(text: str) -> list[tuple[str, float]]:
    return [q.base() for q in extract_quantities(text)]


def test_a_bare_wan_or_yi_is_a_sum_of_money_where_the_sub_clause_speaks_of_money():
    assert _values("对单位罚1万到10万。") == [("yuan", 1e4), ("yuan", 1e5)]
    assert _values("注册资本最少要一个亿。") == [("yuan", 1e8)]
    assert _values("情节严重的，个人最多罚五万。") == [("yuan", 5e4)]
    assert _values("注册资本要1.5亿") == [("yuan", 1.5e8)]
    # 万 counting people or records keeps its own unit; with no word of money it is no sum at all
    assert _values("处理一百万人以上个人信息的") == [("person", 1e6)]
    assert _values("个人信息五万条以上") == [("item", 5e4)]
    assert _values("处理个人信息达到1000万的") == []
    assert _values("罚款一万元以上") == [("yuan", 1e4)]  # the statutes' own spelling, as before


def test_thousands_written_with_k_are_thousands():
    assert _values("makes RMB 50k or more from it") == [("yuan", 5e4)]
    assert _values("a fine of RMB 100k to 1 million") == [("yuan", 1e5), ("yuan", 1e6)]
    assert _values("€200K") == [("eur", 2e5)]
    assert _values("point (k) of Article 6") == [] and _values("10k records") == []


def test_colloquial_sums_are_compared_with_the_clause():
    clause = extract_quantities(CAPITAL_ZH)
    assert [m.kind for m in compare(extract_quantities("注册资本最少要一个亿。"), clause)] == ["contradiction"]
    assert not compare(extract_quantities("注册资本最少要五千万。"), clause)
    fine = extract_quantities(FINE_ZH)
    assert compare(extract_quantities("对单位罚1万到10万。"), fine)
    assert not compare(extract_quantities("对单位罚5万到50万。"), fine)
    assert not compare(extract_quantities("If it makes RMB 50k or more that is already serious."), extract_quantities(GAIN_ZH))


def test_a_wrong_colloquial_fine_is_a_contradiction_and_the_right_one_is_not():
    assert "number" in kinds("机构违反条例规定查询信息的，对单位罚1万到10万。", FINE_ZH)
    assert "number" not in kinds("机构违反条例规定查询信息的，对单位罚5万到50万。", FINE_ZH)


LOGS_ZH = ("第十条 信息系统日志的保存期限如下：\n（一）网络设备和服务器的网络日志，保存不少于一年；\n"
           "（二）核心业务系统操作日志和客户信息访问日志，保存三年；\n（三）征信查询系统日志，保存五年。")


def test_an_english_figure_another_item_of_the_list_states_is_not_judged_by_the_item_the_bridge_chose():
    from assistant.verify.figures import _numbers

    item_one = "（一）网络设备和服务器的网络日志，保存不少于一年；"
    # the glossary's 网络日志 for "logs" ties the claim to item (一); item (二) states its three years
    assert not _numbers("Core banking system operation logs are kept for three years.", item_one, LOGS_ZH)
    # a figure no sentence of the article states is still a wrong figure for the sentence it is read against
    assert _numbers("Core banking system operation logs are kept for four years.", item_one, LOGS_ZH)


PENALTY_ZH = ("第四十条 开展业务的机构不履行本法第十条规定的保护义务的，由有关主管部门责令改正，给予警告，可以并处五万元以上五十万元"
              "以下罚款，对直接负责的主管人员可以处一万元以上十万元以下罚款。")


def test_the_party_before_a_colloquial_fine_is_the_one_fined_not_the_one_who_fines():
    # 可以罚5万到50万: the modal verb governs the sanction, the authority's power (as 可以处…罚款)
    assert "actor" not in kinds("不履行保护义务的机构，一般情况下可以罚5万到50万。", PENALTY_ZH)
    from assistant.verify.actors.holders import _SANCTIONED_ZH

    # 罚 before its sum is the sanction; 罚则 (the penalty chapter's name) is none
    assert _SANCTIONED_ZH.match("罚5万到50万") and _SANCTIONED_ZH.match("被罚一万") and not _SANCTIONED_ZH.match("罚则")


def test_a_negation_in_a_relative_clause_names_a_party_and_denies_nothing():
    from assistant.verify.denials import _denies_what_is_stated

    assert not _denies_what_is_stated("主管部门对不履行保护义务的机构，可以罚5万到50万。", PENALTY_ZH)
    assert not kinds("主管部门对不履行保护义务的机构，可以罚5万到50万。", PENALTY_ZH)
    # a negated statement is still read as one ("主管部门不责令改正" denies what the article states)
    assert _denies_what_is_stated("有关主管部门对开展业务的机构不给予警告。", PENALTY_ZH)
