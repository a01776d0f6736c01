"""What must we do when the customer asks? The articles granting the individual a right lead (pure logic).

A Chinese question whose actor is the customer asking something of the bank — 客户来电说…让我们更新, 客户要求查看他的
资料, 用户申请停止… — is answered by the article that gives the individual that right:
个人信息保护法第四十六条 (个人发现其个人信息不准确或者不完整的，有权请求…更正、补充), 第四十五条 (个人有权…查阅、复制),
第四十四条 (个人…有权限制或者拒绝), 消费者权益保护法第八条 (消费者享有知悉其购买、使用的商品或者接受的服务的真实情况的权利),
征信业管理条例第二十五条 (信息主体认为…有权…提出异议). The question describes the request in the customer's words,
which the bank's own policies restate in the same words, so the fusion often puts a policy or a bank-side duty first. This is the mirror of authority_acts.py: there the authority is the actor, here the individual.
"""

from __future__ import annotations

import re

from ..text.articles import CN_ARTICLE_LABEL
from .corpus_view import cn_law_articles_opening

# The individual as a bank's staff name them (客户, 用户, 消费者, 借款人, 持卡人, 存款人), followed within a few characters by a
# verb of asking (要求, 申请, 请求, 让我们, 要我们, 想让, 不想让, 不让, 提出) — 客户打电话说…让我们, 客户要求…, 用户申请…; not a
# customer named as the object (给客户, 向客户, 要求客户: the bank asks the customer).
_ASKING = r"(?:(?<![的有么啥些性])要求(?!客户|用户|[？?，,。吗吧呢]|$)|申请|请求|让我们|要我们|想让|不想让|不让我们|提出)"
_REQUESTER = re.compile(
    r"(?<![给向对让帮替求])(?:客户|用户|消费者|借款人|持卡人|存款人)(?!信息|数据|资料|经理|个人信息)"
    rf"(?:[^，。？?！!、]{{0,8}}{_ASKING}"
    # … or telling the bank first what is wrong, then asking (客户打电话说…都是旧的，要求我们改过来)
    rf"|[^。？?！!]{{0,6}}(?:说|反映|投诉|来电|打电话)[^。？?！!]{{0,40}}{_ASKING})")

# A Chinese article whose first sentence grants the individual a right: 个人 / 消费者 / 信息主体 / 用户 / 存款人 as subject,
# then (within the sentence) 有权 or 享有…权 — 个人有权向个人信息处理者查阅、复制, 个人发现…有权请求, 消费者享有…的权利.
_RIGHT_HOLDER = re.compile(
    rf"^{CN_ARTICLE_LABEL}\s*(?:[^。；]{{0,30}}，)?(?:个人(?!信息)|消费者|信息主体|用户|存款人)[^。；]{{0,40}}?(?:有权|享有[^。；]{{0,30}}权)")


def names_individual_requester(question: str) -> bool:
    """Whether a Chinese question names the customer as the one asking the bank for something."""
    return bool(_REQUESTER.search(question))


def grants_individual_right(article_text: str) -> bool:
    """Whether a Chinese article opens by granting the individual a right (its first piece's text)."""
    return bool(_RIGHT_HOLDER.search(article_text))


def right_articles(view) -> frozenset[int]:
    """Positions of every piece of the Chinese law articles opening with an individual's right, once per view."""
    return cn_law_articles_opening(view, "individual-right-articles", grants_individual_right)
