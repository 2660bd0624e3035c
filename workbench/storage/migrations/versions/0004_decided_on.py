"""the date a case was last decided, kept on the case for reports

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

REPORT_COLUMNS = ['deleted_at', 'stage', 'outcome', 'opened_on', 'decided_on', 'insurer_id', 'assignee_id',
                  'dispute_kind', 'decision_kind', 'amount_claimed_cents', 'amount_offered_cents', 'amount_paid_cents']


def upgrade() -> None:
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('decided_on', sa.Date(), nullable=True))
        batch_op.create_index('ix_dispute_case_live_decided_on', ['deleted_at', 'decided_on'], unique=False)
        # Everything the outcome report reads, so it scans this narrow index, not the wide rows.
        batch_op.create_index('ix_dispute_case_report', REPORT_COLUMNS, unique=False)
    # Backfill from the stage history: the latest move to "decided" of cases now decided or closed.
    op.execute(
        "UPDATE dispute_case SET decided_on = ("
        " SELECT substr(CAST(MAX(sc.changed_at) AS TEXT), 1, 10) FROM stage_change sc"
        " WHERE sc.case_id = dispute_case.id AND sc.to_stage = 'decided')"
        " WHERE stage IN ('decided', 'closed')"
    )


def downgrade() -> None:
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.drop_index('ix_dispute_case_report')
        batch_op.drop_index('ix_dispute_case_live_decided_on')
        batch_op.drop_column('decided_on')
