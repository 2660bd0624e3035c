"""Reasoning points for demo cases, taken from their generated refusal notices."""

from __future__ import annotations

from workbench.domain.analysis import Assessment, Category, PointStatus
from workbench.domain.enums import Stage
from workbench.domain.models import Case
from workbench.services import analysis, evidence
from workbench.services.store import Store

BASIS_SENTENCE = "依据：《保险合同》第十条 责任免除；《中华人民共和国保险法》第十六条。"


def _category(case: Case) -> Category:
    kind, summary = case.decision_kind.value, case.summary
    if kind in ("contract_rescinded", "premium_refunded") or "告知" in summary:
        return Category.NON_DISCLOSURE
    for word, category in (("既往", Category.PRE_EXISTING), ("责任免除", Category.EXCLUSION),
                           ("等待期", Category.WAITING_PERIOD), ("医学必需", Category.NOT_NECESSARY)):
        if word in summary:
            return category
    return Category.AMOUNT if kind == "partly_paid" else Category.OTHER


def analyse(store: Store, case: Case) -> None:
    items = evidence.list_evidence(store, case.id)
    letter = next((e for e in items if e.evidence_type == "decision_letter"), None)
    if letter is None:
        return
    notice = analysis.notice_from_evidence(store, case.id, letter.id, case.received_date)
    cites = {c.note: c.id for c in evidence.list_citations(store, case.id)}
    decided = case.stage in (Stage.DECIDED, Stage.CLOSED)

    def add(quote: str, category: Category):  # type: ignore[no-untyped-def]
        at = notice.text.find(quote)
        return analysis.add_point(store, case.id, quote, (at, at + len(quote)) if at >= 0 else None, category)

    reason = add(case.summary or "不符合合同约定的给付条件", _category(case))
    questionnaire = [i for n, i in cites.items() if "健康告知" in n]
    analysis.update_point(store, reason.id, {
        "rebuttal_html": "<p>投保时保险公司的健康告知问卷<b>并未询问</b>该事项，投保人已就询问事项如实告知，"
                         "不存在故意或重大过失未告知的情形。</p><p>请贵司依合同约定承担保险责任。</p>",
        "provisions": ["ins_law_16"], "citation_ids": questionnaire,
        "assessment": Assessment.STRONG if questionnaire else Assessment.ARGUABLE,
        "status": PointStatus.ACCEPTED if decided and case.outcome and case.outcome.value == "overturned"
        else (PointStatus.MAINTAINED if decided else PointStatus.OPEN),
    }, reason.meta.revision)
    basis = add(BASIS_SENTENCE, Category.EXCLUSION)
    terms = [i for n, i in cites.items() if "责任免除" in n]
    analysis.update_point(store, basis.id, {
        "clause_number": "第十条", "clause_text": "被保险人在本合同生效前已患有且未如实告知的疾病",
        "rebuttal_html": "<p>该免责条款在投保单上<b>未作足以引起注意的提示</b>，亦未作明确说明，依法不产生效力；"
                         "且“已患有”一词存在两种以上理解，应作有利于被保险人的解释。</p>",
        "provisions": ["ins_law_17", "ins_law_30"], "citation_ids": terms, "client_says_unexplained": True,
        "clause_ambiguous": True, "assessment": Assessment.ARGUABLE,
        "status": PointStatus.MAINTAINED if decided else PointStatus.OPEN,
        "explain_to_client": "如保险公司能出示已提示说明的签字确认，本点较难成立，需提前向客户说明。",
    }, basis.meta.revision)


ROUND_SCRIPTS = (
    ("phone", "to_insurer", "电话联系理赔经办，说明健康告知问卷未询问该事项", "请贵司重新审核并书面答复",
     "对方称将提交复核组，十个工作日内答复", "等待复核结果"),
    ("letter", "to_insurer", "寄送理赔复议申请书及附件", "请求撤销拒赔结论，按合同约定给付保险金",
     "", "跟进对方签收及受理情况"),
    ("email", "from_insurer", "保险公司邮件回复复议申请", "", "复核组维持原结论，但同意就免责条款提示情况补充调查",
     "补充提交投保时的提示说明材料"),
    ("meeting", "to_insurer", "与理赔部负责人面谈", "请求提供免责条款已提示说明的证据",
     "对方未能出示投保人签字确认，表示将重新评估", "等待书面结论"),
)


def add_rounds_and_dates(store: Store, case: Case, rng) -> None:  # type: ignore[no-untyped-def]
    """Rounds for cases that reached negotiation, and believable dates for what was added."""
    from datetime import datetime, time, timedelta, timezone

    from workbench.domain.rounds import Channel, Direction, RoundDraft
    from workbench.services import cases, rounds
    from workbench.storage.rows import CitationRow, EvidenceRow, PointRow

    history = cases.stage_history(store, case.id)
    start = next((h.changed_at for h in history if h.to_stage is Stage.NEGOTIATION), None)
    decided = next((h.changed_at for h in history if h.to_stage is Stage.DECIDED), None)
    opened = datetime.combine(case.opened_on, time(9), tzinfo=timezone.utc)
    with store.unit_of_work() as s:  # documents arrive in the first days, points during the analysis
        for row_type, days in ((EvidenceRow, (1, 12)), (CitationRow, (12, 20)), (PointRow, (14, 25))):
            for row in s.query(row_type).filter(row_type.case_id == case.id):
                row.created_at = row.updated_at = opened + timedelta(days=rng.randint(*days), hours=rng.randint(0, 8))
    if start is None:
        return
    end = decided or datetime.now(timezone.utc) - timedelta(days=1)
    points = analysis.list_points(store, case.id)
    count = rng.randint(1, 3)
    for n in range(count):
        channel, direction, summary, asked, answered, next_step = ROUND_SCRIPTS[n % len(ROUND_SCRIPTS)]
        when = start + (end - start) * (n + 1) / (count + 1)
        if when > datetime.now(timezone.utc):
            break
        last = n == count - 1
        follow_up = (when + timedelta(days=rng.choice((5, 10, 15)))).date() if last and decided is None else None
        changes = {points[0].id: PointStatus.MAINTAINED} if points and direction == "from_insurer" else {}
        rounds.log_round(store, case.id, RoundDraft(
            when, Channel(channel), Direction(direction), contact_person=rng.choice(("王经理", "李主管", "赵专员")),
            contact_department="理赔部", summary=summary, asked=asked, answered=answered,
            point_changes=changes, next_step=next_step, follow_up_on=follow_up))
