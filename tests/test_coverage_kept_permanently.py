"""Round 31: a record kept permanently (永久保存, the record-retention policy's 第二十条) states how long it is kept, as a
period without end; it answers no question counting days."""

from assistant.retrieval.gate.figures import _in_asked_scale, _states_figure

ARTICLE_20 = "董事会、监事会、股东大会会议记录和决议，本行章程、重要制度文件，监管机构的批复、检查意见和处罚决定，永久保存。"
HOW_LONG = {"months", "workday", "duration"}  # the groups "how long do we keep …" asks (routing.asked_number_groups)


def test_kept_permanently_states_a_retention_period():
    assert _states_figure(ARTICLE_20, HOW_LONG)
    assert _states_figure("Annual reports shall be kept permanently.", HOW_LONG)
    # a sentence saying nothing of how long states none
    assert not _states_figure("董事会会议记录由办公室保存。", HOW_LONG)


def test_a_question_counting_days_is_not_answered_by_permanently():
    in_scale = _in_asked_scale("董事会会议记录要保存多少天？")
    assert not _states_figure(ARTICLE_20, HOW_LONG, in_scale=in_scale)
