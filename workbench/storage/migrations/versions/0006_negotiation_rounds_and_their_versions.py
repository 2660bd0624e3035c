"""negotiation rounds and their versions

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""
import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('negotiation_round',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('direction', sa.String(length=20), nullable=False),
    sa.Column('contact_person', sa.String(length=100), nullable=False),
    sa.Column('contact_department', sa.String(length=100), nullable=False),
    sa.Column('contact_phone', sa.String(length=40), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('asked', sa.Text(), nullable=False),
    sa.Column('answered', sa.Text(), nullable=False),
    sa.Column('amount_offered_cents', sa.BigInteger(), nullable=True),
    sa.Column('evidence_uuids', sa.Text(), nullable=False),
    sa.Column('point_changes', sa.Text(), nullable=False),
    sa.Column('next_step', sa.Text(), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_negotiation_round_case_id_dispute_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_negotiation_round')),
    sa.UniqueConstraint('uuid', name=op.f('uq_negotiation_round_uuid'))
    )
    with op.batch_alter_table('negotiation_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_negotiation_round_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_negotiation_round_follow_up_on'), ['follow_up_on'], unique=False)

    op.create_table('negotiation_round_version',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('round_revision', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('values_json', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['round_id'], ['negotiation_round.id'], name=op.f('fk_negotiation_round_version_round_id_negotiation_round')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_negotiation_round_version')),
    sa.UniqueConstraint('uuid', name=op.f('uq_negotiation_round_version_uuid'))
    )
    with op.batch_alter_table('negotiation_round_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_negotiation_round_version_round_id'), ['round_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('negotiation_round_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_negotiation_round_version_round_id'))

    op.drop_table('negotiation_round_version')
    with op.batch_alter_table('negotiation_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_negotiation_round_follow_up_on'))
        batch_op.drop_index(batch_op.f('ix_negotiation_round_case_id'))

    op.drop_table('negotiation_round')

