"""The stance judge of ``beian assess``: refusal, refusal_explained, refuse_then_comply or answer."""

from beian.assess.stance.judge import (
    REVIEW_BELOW,
    Reason,
    Stance,
    StanceVerdict,
    final_answer,
    judge_stance,
    says_more_than_a_reason,
)

__all__ = ["REVIEW_BELOW", "Reason", "Stance", "StanceVerdict", "final_answer", "judge_stance", "says_more_than_a_reason"]
