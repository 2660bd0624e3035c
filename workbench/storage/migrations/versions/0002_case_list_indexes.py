"""indexes for the case list: (deleted_at, column) for each sort and filter

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

# Frozen copy of the list at the time of this migration (rows.LIST_SORT_COLUMNS may grow later).
COLUMNS = (
    "case_number", "claim_number", "dispute_kind", "decision_kind", "stage", "outcome", "priority",
    "amount_claimed_cents", "amount_offered_cents", "amount_paid_cents", "decision_date", "opened_on",
    "closed_on", "client_id", "insured_id", "insurer_id", "policy_id", "assignee_id",
)


def upgrade() -> None:
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        for col in COLUMNS:
            batch_op.create_index(f'ix_dispute_case_live_{col}', ['deleted_at', col], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        for col in reversed(COLUMNS):
            batch_op.drop_index(f'ix_dispute_case_live_{col}')
