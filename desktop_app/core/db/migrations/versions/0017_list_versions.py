"""a version of the consultations' order, for jumping deep into server lists

Revision ID: 0017
Revises: 0015
Create Date: 2026-12-01

On the server a page deep in a long list (``OFFSET 500000``) walks every row
before it, and PostgreSQL walks an index several times slower than SQLite. A
workstation therefore remembers the sort keys of every few thousandth row of
a list and starts a deep page from the nearest one. Those positions hold only
while no consultation has been added, removed or changed: ``list_versions``
holds, for the consultations, the id of the last transaction that changed any
(a statement-level trigger; set once per transaction, so a transaction of many
statements does not pile up versions of the row). A page read with remembered
positions reads the version in the same statement and is thrown away when it
moved. SQLite walks its index fast enough: the table exists there too (one
schema) but nothing keeps it.

Also on the server, a consultation's search row goes with the consultation
(a foreign key, cascading; checked at commit, so the row may be written first),
so the number of hits of a search is counted on the search table alone instead
of joining a million consultations. Search rows left by consultations deleted
before are removed.
"""
from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE list_versions (table_name VARCHAR(50) PRIMARY KEY, "
               "v BIGINT NOT NULL)")
    op.execute("INSERT INTO list_versions (table_name, v) VALUES ('consultations', 0)")
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION list_versions_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "UPDATE list_versions SET v = txid_current() WHERE table_name = TG_TABLE_NAME "
        "AND v <> txid_current(); RETURN NULL; END $$")
    op.execute(
        "CREATE TRIGGER trg_consultations_list_version AFTER INSERT OR UPDATE OR DELETE "
        "ON consultations FOR EACH STATEMENT EXECUTE FUNCTION list_versions_bump()")
    op.execute("DELETE FROM consultation_search s WHERE NOT EXISTS "
               "(SELECT 1 FROM consultations c WHERE c.id = s.id)")
    op.execute("ALTER TABLE consultation_search ADD CONSTRAINT fk_consultation_search_id "
               "FOREIGN KEY (id) REFERENCES consultations (id) ON DELETE CASCADE "
               "DEFERRABLE INITIALLY DEFERRED")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE consultation_search DROP CONSTRAINT IF EXISTS "
                   "fk_consultation_search_id")
        op.execute("DROP TRIGGER IF EXISTS trg_consultations_list_version ON consultations")
        op.execute("DROP FUNCTION IF EXISTS list_versions_bump()")
    op.execute("DROP TABLE IF EXISTS list_versions")
