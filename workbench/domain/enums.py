"""Codes used throughout the workbench.  Values are stable strings stored in the
database and written into bundles; never rename a value, add a new one."""

from __future__ import annotations

from enum import StrEnum


class DisputeKind(StrEnum):
    CLAIM = "claim"                # 核赔 / 理赔
    UNDERWRITING = "underwriting"  # 核保


class DecisionKind(StrEnum):
    CLAIM_REFUSED = "claim_refused"            # 拒赔
    PARTLY_PAID = "partly_paid"                # 部分赔付
    CONTRACT_RESCINDED = "contract_rescinded"  # 解除合同
    PREMIUM_REFUNDED = "premium_refunded"      # 退还保费不予承担责任
    UW_DECLINED = "uw_declined"                # 拒保
    UW_POSTPONED = "uw_postponed"              # 延期
    UW_EXCLUSION = "uw_exclusion"              # 除外承保
    UW_LOADING = "uw_loading"                  # 加费承保

    @property
    def dispute_kind(self) -> DisputeKind:
        return DisputeKind.UNDERWRITING if self.value.startswith("uw_") else DisputeKind.CLAIM


class Stage(StrEnum):
    INTAKE = "intake"
    EVIDENCE = "evidence"
    ANALYSIS = "analysis"
    NEGOTIATION = "negotiation"
    DECIDED = "decided"
    CLOSED = "closed"


ACTIVE_STAGES: tuple[Stage, ...] = (Stage.INTAKE, Stage.EVIDENCE, Stage.ANALYSIS, Stage.NEGOTIATION)


class Outcome(StrEnum):
    OVERTURNED = "overturned"          # 改变结论
    PARTLY_CHANGED = "partly_changed"  # 部分改变
    UPHELD = "upheld"                  # 维持原结论
    WITHDRAWN = "withdrawn"            # 客户接受解释, 撤回
    ESCALATED = "escalated"            # 投诉/调解/仲裁/诉讼


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class CoverageType(StrEnum):
    HIGH_END_MEDICAL = "high_end_medical"  # 中高端医疗
    MEDICAL = "medical"                    # 医疗 (百万医疗等)
    CRITICAL_ILLNESS = "critical_illness"  # 重疾
    LIFE = "life"                          # 寿险
    ACCIDENT = "accident"                  # 意外
    ANNUITY = "annuity"                    # 年金
    OTHER = "other"


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"        # 居民身份证
    PASSPORT = "passport"              # 护照
    HK_MACAO_PERMIT = "hk_macao"       # 港澳居民来往内地通行证
    TAIWAN_PERMIT = "taiwan"           # 台湾居民来往大陆通行证
    FOREIGN_PERMANENT = "foreign_pr"   # 外国人永久居留身份证
    OTHER = "other"


class Relationship(StrEnum):
    SELF = "self"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    OTHER = "other"
