"""The case list's sort keys on the case itself: the client's, the insured's, the insurer's and
the assignee's pinyin keys and the policy number, each indexed with deleted_at, so sorting
100,000 cases by a name is an index scan (it was a join and a temporary B-tree of every row).
SQLite triggers keep them whoever writes (the ORM, a bundle import, the demo's bulk insert):
a new case, a case pointed at another person, insurer, staff member or policy, and a renamed
person, insurer or staff member or a corrected policy number.  The indexes on (deleted_at,
client_id / insured_id / policy_id), which only served those sorts, go.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

KEYS = {  # column → (the table referred to, the case's reference, the value there)
    'client_key': ('person', 'client_id', 'name_key'),
    'insured_key': ('person', 'insured_id', 'name_key'),
    'insurer_key': ('insurer', 'insurer_id', 'name_key'),
    'assignee_key': ('staff', 'assignee_id', 'name_key'),
    'policy_key': ('policy', 'policy_id', 'number'),
}
OLD_INDEXES = ('client_id', 'insured_id', 'policy_id')


def _fill(target: str) -> str:
    """SET clause computing every key of the case `target` (NEW or the table itself)."""
    return ", ".join(f"{col} = (SELECT {value} FROM {table} WHERE id = {target}.{ref})"
                     for col, (table, ref, value) in KEYS.items())


def _triggers() -> list[str]:
    fill = _fill("NEW")
    refs = ", ".join(ref for _, ref, _ in KEYS.values())
    out = [
        # WHEN: a writer that brings the keys along (the demo's bulk insert) is not second-guessed.
        f"CREATE TRIGGER case_sort_keys_insert AFTER INSERT ON dispute_case WHEN NEW.client_key IS NULL "
        f"BEGIN UPDATE dispute_case SET {fill} WHERE id = NEW.id; END",
        f"CREATE TRIGGER case_sort_keys_update AFTER UPDATE OF {refs} ON dispute_case "
        f"BEGIN UPDATE dispute_case SET {fill} WHERE id = NEW.id; END",
    ]
    for table in ('person', 'insurer', 'staff', 'policy'):
        pairs = [(col, ref, value) for col, (t, ref, value) in KEYS.items() if t == table]
        value = pairs[0][2]
        body = " ".join(f"UPDATE dispute_case SET {col} = NEW.{value} WHERE {ref} = NEW.id;" for col, ref, _ in pairs)
        out.append(f"CREATE TRIGGER {table}_case_sort_keys AFTER UPDATE OF {value} ON {table} BEGIN {body} END")
    return out


def upgrade() -> None:
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        for col in KEYS:
            batch_op.add_column(sa.Column(col, sa.String(length=60 if col == 'policy_key' else 400), nullable=True))
        for col in OLD_INDEXES:
            batch_op.drop_index(f'ix_dispute_case_live_{col}')
    op.execute(f"UPDATE dispute_case SET {_fill('dispute_case')}")
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        for col in KEYS:
            batch_op.create_index(f'ix_dispute_case_live_{col}', ['deleted_at', col], unique=False)
    for ddl in _triggers():
        op.execute(ddl)


def downgrade() -> None:
    for name in ('case_sort_keys_insert', 'case_sort_keys_update', 'person_case_sort_keys',
                 'insurer_case_sort_keys', 'staff_case_sort_keys', 'policy_case_sort_keys'):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        for col in KEYS:
            batch_op.drop_index(f'ix_dispute_case_live_{col}')
        for col in OLD_INDEXES:
            batch_op.create_index(f'ix_dispute_case_live_{col}', ['deleted_at', col], unique=False)
        for col in KEYS:
            batch_op.drop_column(col)
