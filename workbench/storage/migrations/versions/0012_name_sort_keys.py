"""pinyin sort keys beside the names of persons, insurers and staff, so lists sort
as a Chinese reader expects (domain/collation.py); filled from the names already there.
Evidence says whether a PDF could not be read (kept as received, never cited by page).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

from workbench.domain.collation import KEY_LENGTH, name_sort_key

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

TABLES = ('person', 'insurer', 'staff')


def upgrade() -> None:
    conn = op.get_bind()
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('name_key', sa.String(length=KEY_LENGTH), nullable=False, server_default=''))
            batch_op.create_index(batch_op.f(f'ix_{table}_name_key'), ['name_key'], unique=False)
        t = sa.table(table, sa.column('id', sa.Integer), sa.column('name', sa.String), sa.column('name_key', sa.String))
        keys = [{'row_id': i, 'key': name_sort_key(n or '')} for i, n in conn.execute(sa.select(t.c.id, t.c.name))]
        if keys:
            conn.execute(t.update().where(t.c.id == sa.bindparam('row_id')).values(name_key=sa.bindparam('key')), keys)
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.add_column(sa.Column('damaged', sa.Boolean(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_column('damaged')
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{table}_name_key'))
            batch_op.drop_column('name_key')
