"""deadline dates and document requests

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('document_request',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('provided_on', sa.Date(), nullable=True),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_document_request_case_id_dispute_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_request')),
    sa.UniqueConstraint('uuid', name=op.f('uq_document_request_uuid'))
    )
    with op.batch_alter_table('document_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_request_case_id'), ['case_id'], unique=False)

    # Plain ALTER TABLE ADD COLUMN (no copy of the table): other tables refer to dispute_case.
    with op.batch_alter_table('dispute_case', schema=None, recreate='never') as batch_op:
        batch_op.add_column(sa.Column('event_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('claim_submitted_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('documents_complete_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('insurer_learned_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('complaint_filed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('complaint_complex', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:

    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.drop_column('complaint_complex')
        batch_op.drop_column('complaint_filed_on')
        batch_op.drop_column('insurer_learned_on')
        batch_op.drop_column('documents_complete_on')
        batch_op.drop_column('claim_submitted_on')
        batch_op.drop_column('event_date')

    with op.batch_alter_table('document_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_request_case_id'))

    op.drop_table('document_request')

