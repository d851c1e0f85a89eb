"""jobs.live_key: one live job per content, enforced by a unique index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("jobs") as batch:
        batch.add_column(sa.Column("live_key", sa.String(64)))
    # Existing rows keep live_key NULL: find_reusable still finds them by dedupe_key.
    op.create_index("uq_jobs_live_key", "jobs", ["live_key"], unique=True)


def downgrade() -> None:
    op.drop_index("uq_jobs_live_key", table_name="jobs")
    with op.batch_alter_table("jobs") as batch:
        batch.drop_column("live_key")
