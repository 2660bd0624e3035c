"""issued letters

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('letter_version',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('issued_by', sa.String(length=100), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('case_snapshot', sa.Text(), nullable=False),
    sa.Column('letter_json', sa.Text(), nullable=False),
    sa.Column('with_enclosures', sa.Boolean(), nullable=False),
    sa.Column('approved_by', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_letter_version_case_id_dispute_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_version')),
    sa.UniqueConstraint('case_id', 'version', name='uq_letter_version_case_version'),
    sa.UniqueConstraint('uuid', name=op.f('uq_letter_version_uuid'))
    )
    with op.batch_alter_table('letter_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_version_case_id'), ['case_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('letter_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_version_case_id'))
    op.drop_table('letter_version')
