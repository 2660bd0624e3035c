"""analysis: notices, points, provisions

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('provision',
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('article', sa.String(length=60), nullable=False),
    sa.Column('title_zh', sa.String(length=200), nullable=False),
    sa.Column('title_en', sa.String(length=200), nullable=False),
    sa.Column('text_zh', sa.Text(), nullable=False),
    sa.Column('text_en', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_provision')),
    sa.UniqueConstraint('code', name=op.f('uq_provision_code')),
    sa.UniqueConstraint('uuid', name=op.f('uq_provision_uuid'))
    )
    op.create_table('reasoning_point',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('quote', sa.Text(), nullable=False),
    sa.Column('anchor_start', sa.Integer(), nullable=True),
    sa.Column('anchor_end', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('clause_number', sa.String(length=60), nullable=False),
    sa.Column('clause_text', sa.Text(), nullable=False),
    sa.Column('rebuttal_html', sa.Text(), nullable=False),
    sa.Column('provisions', sa.Text(), nullable=False),
    sa.Column('citation_uuids', sa.Text(), nullable=False),
    sa.Column('assessment', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('client_says_unexplained', sa.Boolean(), nullable=False),
    sa.Column('clause_ambiguous', sa.Boolean(), nullable=False),
    sa.Column('explain_to_client', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_reasoning_point_case_id_dispute_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reasoning_point')),
    sa.UniqueConstraint('uuid', name=op.f('uq_reasoning_point_uuid'))
    )
    with op.batch_alter_table('reasoning_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reasoning_point_case_id'), ['case_id'], unique=False)

    op.create_table('decision_notice',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('evidence_id', sa.Integer(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_decision_notice_case_id_dispute_case')),
    sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_decision_notice_evidence_id_evidence')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decision_notice')),
    sa.UniqueConstraint('case_id', name=op.f('uq_decision_notice_case_id')),
    sa.UniqueConstraint('uuid', name=op.f('uq_decision_notice_uuid'))
    )



def downgrade() -> None:

    op.drop_table('decision_notice')
    with op.batch_alter_table('reasoning_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reasoning_point_case_id'))

    op.drop_table('reasoning_point')
    op.drop_table('provision')

