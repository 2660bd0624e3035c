"""evidence, citations and user-defined evidence types

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uuid', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('workstation_id', sa.String(length=36), nullable=False),
        sa.Column('deleted_at', sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        'evidence',
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('enclosure_no', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('original_name', sa.String(length=500), nullable=False),
        sa.Column('size', sa.BigInteger(), nullable=False),
        sa.Column('content_type', sa.String(length=100), nullable=False),
        sa.Column('page_count', sa.Integer(), nullable=True),
        sa.Column('added_by', sa.String(length=100), nullable=False),
        sa.Column('evidence_type', sa.String(length=40), nullable=False),
        sa.Column('source', sa.String(length=20), nullable=False),
        sa.Column('doc_date', sa.Date(), nullable=True),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('tags', sa.Text(), nullable=False),
        sa.Column('text_content', sa.Text(), nullable=False),
        sa.Column('indexed_at', sa.DateTime(), nullable=True),
        sa.Column('integrity', sa.String(length=12), nullable=False),
        sa.Column('verified_at', sa.DateTime(), nullable=True),
        sa.Column('removed_at', sa.DateTime(), nullable=True),
        sa.Column('removed_by', sa.String(length=100), nullable=False),
        sa.Column('purged_at', sa.DateTime(), nullable=True),
        sa.Column('purged_by', sa.String(length=100), nullable=False),
        sa.Column('purge_reason', sa.Text(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_evidence_case_id_dispute_case')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence')),
        sa.UniqueConstraint('uuid', name=op.f('uq_evidence_uuid')),
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_evidence_type'), ['evidence_type'], unique=False)
    op.create_table(
        'citation',
        sa.Column('case_id', sa.Integer(), nullable=False),
        sa.Column('evidence_id', sa.Integer(), nullable=False),
        sa.Column('page', sa.Integer(), nullable=False),
        sa.Column('region', sa.String(length=100), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_citation_case_id_dispute_case')),
        sa.ForeignKeyConstraint(['evidence_id'], ['evidence.id'], name=op.f('fk_citation_evidence_id_evidence')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_citation')),
        sa.UniqueConstraint('uuid', name=op.f('uq_citation_uuid')),
    )
    with op.batch_alter_table('citation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_citation_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_citation_evidence_id'), ['evidence_id'], unique=False)
    op.create_table(
        'evidence_type',
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('label', sa.String(length=100), nullable=False),
        *_record_columns(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence_type')),
        sa.UniqueConstraint('code', name=op.f('uq_evidence_type_code')),
        sa.UniqueConstraint('uuid', name=op.f('uq_evidence_type_uuid')),
    )


def downgrade() -> None:
    op.drop_table('evidence_type')
    op.drop_table('citation')
    op.drop_table('evidence')
