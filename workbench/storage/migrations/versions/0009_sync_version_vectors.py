"""sync: version vectors on every record, versions seen, peers

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# NULL in the new column means "all revisions by the workstation that last wrote the row",
# which is exactly what an older database knows, so nothing needs backfilling.
RECORD_TABLES = (
    'person', 'insurer', 'policy', 'staff', 'dispute_case', 'stage_change', 'evidence', 'citation',
    'evidence_type', 'decision_notice', 'reasoning_point', 'provision', 'negotiation_round',
    'negotiation_round_version', 'document_request', 'letter_version',
)


def upgrade() -> None:
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column('vv', sa.Text(), nullable=True))
    op.create_table('sync_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('record_uuid', sa.String(length=36), nullable=False),
    sa.Column('vv', sa.Text(), nullable=False),
    sa.Column('fields_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_version')),
    sa.UniqueConstraint('record_uuid', 'vv', name='uq_sync_version_record_uuid_vv')
    )
    with op.batch_alter_table('sync_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_version_record_uuid'), ['record_uuid'], unique=False)
    op.create_table('sync_peer',
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('last_sent_at', sa.DateTime(), nullable=True),
    sa.Column('last_received_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('workstation_id', name=op.f('pk_sync_peer'))
    )


def downgrade() -> None:
    op.drop_table('sync_peer')
    with op.batch_alter_table('sync_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_version_record_uuid'))
    op.drop_table('sync_version')
    for table in RECORD_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('vv')
