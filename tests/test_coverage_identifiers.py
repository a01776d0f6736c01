"""Round 51: a regime's or a not indexed law's short name inside a pasted identifier (a chat handle, an e-mail address,
a URL or path, a file name, a code name, a ticket id) names no regime (named_laws.in_an_identifier)."""

from assistant.catalog import load_catalog
from assistant.retrieval.named_laws import in_an_identifier, load_regimes, regimes_in, unknown_law_mentions

US = next(r.name for r in load_regimes() if r.name.startswith("US securities and banking regulators"))


def _regimes(question: str) -> list[str]:
    return regimes_in(question)


def test_a_chat_handle_names_no_regulator():
    assert US not in _regimes("@ops-wang: 测试库被外网扫了。@sec-li: 日志还在看。\n按个人信息保护法要通知谁？")


def test_a_ticket_id_names_no_regulator():
    assert US not in _regimes("Ticket SEC-2210: an SDK leaked location data. Must we notify the users?")
    assert not _regimes("变更单 CHG-FCA-0193 说合作方超范围拉取客户数据，要向谁报告？")


def test_addresses_paths_files_and_code_names_name_no_regime():
    for question in ("finra-liaison@bank.example asks: do we need a data protection impact assessment?",
                     "From https://wiki.bank.example/pci/marketing: must we stop using his data?",
                     "The job sec.audit.retention keeps logs forever. How long may we keep personal data?",
                     "白帽子报告 sec-gateway-2.3.1.jar 有漏洞，网络产品提供者要怎么处理？"):
        assert not _regimes(question), question


def test_the_regime_named_in_its_own_words_is_still_named():
    assert US in _regimes("What does the SEC require on Form PF filings?")
    assert US in _regimes("@ops-li asked: what does the SEC require on Form PF filings?")
    assert US in _regimes("SEC-registered advisers: what must they file?")
    assert US in _regimes("SEC/FINRA rules on record keeping?")
    assert _regimes("Per SOX-404, what must management report?")  # a section number, no ticket
    assert _regimes("PCI-DSS 要求多久做一次渗透测试？")


def test_a_not_indexed_laws_short_name_in_a_path_is_no_law_named():
    catalog = load_catalog()
    assert "sox" not in unknown_law_mentions("共享盘 /data/sox/archive/2024 里有客户资料，客户要求复印，能拒绝吗？", catalog)
    assert unknown_law_mentions("SOX 对档案保存有什么要求？", catalog)


def test_the_identifier_must_hold_more_than_the_name():
    text = "SOX 404"
    assert not in_an_identifier(text, 0, 3)
    text = "see SEC-2210 now"
    assert in_an_identifier(text, 4, 7)
