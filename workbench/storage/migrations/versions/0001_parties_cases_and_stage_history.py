"""parties, cases and stage history

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('case_counter',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_case_counter'))
    )
    op.create_table('insurer',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('claims_address', sa.Text(), nullable=False),
    sa.Column('underwriting_address', sa.Text(), nullable=False),
    sa.Column('contacts', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insurer')),
    sa.UniqueConstraint('uuid', name=op.f('uq_insurer_uuid'))
    )
    with op.batch_alter_table('insurer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insurer_name'), ['name'], unique=False)

    op.create_table('person',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id_type', sa.String(length=20), nullable=False),
    sa.Column('id_number', sa.String(length=40), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('uuid', name=op.f('uq_person_uuid'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name'), ['name'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('staff',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('uuid', name=op.f('uq_staff_uuid'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_name'), ['name'], unique=False)

    op.create_table('policy',
    sa.Column('insurer_id', sa.Integer(), nullable=False),
    sa.Column('holder_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('coverage_type', sa.String(length=30), nullable=False),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('sum_insured_cents', sa.BigInteger(), nullable=True),
    sa.Column('premium_cents', sa.BigInteger(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['holder_id'], ['person.id'], name=op.f('fk_policy_holder_id_person')),
    sa.ForeignKeyConstraint(['insurer_id'], ['insurer.id'], name=op.f('fk_policy_insurer_id_insurer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_policy')),
    sa.UniqueConstraint('uuid', name=op.f('uq_policy_uuid'))
    )
    with op.batch_alter_table('policy', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_policy_holder_id'), ['holder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_policy_insurer_id'), ['insurer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_policy_number'), ['number'], unique=False)

    op.create_table('dispute_case',
    sa.Column('case_number', sa.String(length=20), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('insured_id', sa.Integer(), nullable=False),
    sa.Column('relationship', sa.String(length=20), nullable=False),
    sa.Column('insurer_id', sa.Integer(), nullable=False),
    sa.Column('policy_id', sa.Integer(), nullable=True),
    sa.Column('claim_number', sa.String(length=60), nullable=False),
    sa.Column('dispute_kind', sa.String(length=20), nullable=False),
    sa.Column('decision_kind', sa.String(length=30), nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('received_date', sa.Date(), nullable=True),
    sa.Column('amount_claimed_cents', sa.BigInteger(), nullable=True),
    sa.Column('amount_offered_cents', sa.BigInteger(), nullable=True),
    sa.Column('amount_paid_cents', sa.BigInteger(), nullable=True),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('priority', sa.String(length=10), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['assignee_id'], ['staff.id'], name=op.f('fk_dispute_case_assignee_id_staff')),
    sa.ForeignKeyConstraint(['client_id'], ['person.id'], name=op.f('fk_dispute_case_client_id_person')),
    sa.ForeignKeyConstraint(['insured_id'], ['person.id'], name=op.f('fk_dispute_case_insured_id_person')),
    sa.ForeignKeyConstraint(['insurer_id'], ['insurer.id'], name=op.f('fk_dispute_case_insurer_id_insurer')),
    sa.ForeignKeyConstraint(['policy_id'], ['policy.id'], name=op.f('fk_dispute_case_policy_id_policy')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispute_case')),
    sa.UniqueConstraint('case_number', name=op.f('uq_dispute_case_case_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_dispute_case_uuid'))
    )
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dispute_case_assignee_id'), ['assignee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_client_id'), ['client_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_insured_id'), ['insured_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_insurer_id'), ['insurer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_policy_id'), ['policy_id'], unique=False)

    op.create_table('stage_change',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('from_stage', sa.String(length=20), nullable=True),
    sa.Column('to_stage', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('workstation_id', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['dispute_case.id'], name=op.f('fk_stage_change_case_id_dispute_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_change')),
    sa.UniqueConstraint('uuid', name=op.f('uq_stage_change_uuid'))
    )
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_change_case_id'), ['case_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_change_case_id'))

    op.drop_table('stage_change')
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dispute_case_policy_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_insurer_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_insured_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_client_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_assignee_id'))

    op.drop_table('dispute_case')
    with op.batch_alter_table('policy', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_policy_number'))
        batch_op.drop_index(batch_op.f('ix_policy_insurer_id'))
        batch_op.drop_index(batch_op.f('ix_policy_holder_id'))

    op.drop_table('policy')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_name'))

    op.drop_table('staff')
    op.drop_table('setting')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_name'))
        batch_op.drop_index(batch_op.f('ix_person_id_number'))

    op.drop_table('person')
    with op.batch_alter_table('insurer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insurer_name'))

    op.drop_table('insurer')
    op.drop_table('case_counter')
