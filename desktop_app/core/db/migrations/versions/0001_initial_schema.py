"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('user_login', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=50), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('entity_uuid', sa.String(length=36), nullable=True),
    sa.Column('old_values', sa.JSON(), nullable=True),
    sa.Column('new_values', sa.JSON(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('blobs',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('width', sa.Integer(), nullable=True),
    sa.Column('height', sa.Integer(), nullable=True),
    sa.Column('encrypted', sa.Boolean(), nullable=False),
    sa.Column('info', sa.JSON(), nullable=True),
    sa.Column('stored_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_blobs'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('position', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('last_login_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("role IN ('consultant', 'supervisor', 'administrator')", name=op.f('ck_users_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('login', name=op.f('uq_users_login')),
    sa.UniqueConstraint('uuid', name=op.f('uq_users_uuid'))
    )
    op.create_table('enterprises',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=1000), nullable=False),
    sa.Column('short_name', sa.String(length=300), nullable=True),
    sa.Column('inn', sa.String(length=12), nullable=False),
    sa.Column('kpp', sa.String(length=9), nullable=True),
    sa.Column('ogrn', sa.String(length=15), nullable=True),
    sa.Column('legal_address', sa.String(length=1000), nullable=True),
    sa.Column('actual_address', sa.String(length=1000), nullable=True),
    sa.Column('region_code', sa.String(length=2), nullable=True),
    sa.Column('okved', sa.String(length=20), nullable=True),
    sa.Column('size_category', sa.String(length=10), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('director_name', sa.String(length=300), nullable=True),
    sa.Column('director_position', sa.String(length=300), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('search_key', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("size_category IS NULL OR size_category IN ('micro', 'small', 'medium', 'large')", name=op.f('ck_enterprises_size_category')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_enterprises_created_by_id_users')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_enterprises_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enterprises')),
    sa.UniqueConstraint('inn', name=op.f('uq_enterprises_inn')),
    sa.UniqueConstraint('uuid', name=op.f('uq_enterprises_uuid'))
    )
    with op.batch_alter_table('enterprises', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enterprises_ogrn'), ['ogrn'], unique=False)
        batch_op.create_index('ix_enterprises_search_key', ['search_key'], unique=False)
        batch_op.create_index('ix_enterprises_short_name', ['short_name'], unique=False)

    op.create_table('organization_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=500), nullable=False),
    sa.Column('short_name', sa.String(length=200), nullable=True),
    sa.Column('legal_address', sa.String(length=500), nullable=True),
    sa.Column('postal_address', sa.String(length=500), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('inn', sa.String(length=12), nullable=True),
    sa.Column('kpp', sa.String(length=9), nullable=True),
    sa.Column('ogrn', sa.String(length=15), nullable=True),
    sa.Column('director_name', sa.String(length=200), nullable=True),
    sa.Column('director_position', sa.String(length=200), nullable=True),
    sa.Column('letterhead_note', sa.Text(), nullable=True),
    sa.Column('logo_sha256', sa.String(length=64), nullable=True),
    sa.Column('register_format', sa.String(length=100), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_organization_profile_created_by_id_users')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_organization_profile_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization_profile')),
    sa.UniqueConstraint('uuid', name=op.f('uq_organization_profile_uuid'))
    )
    op.create_table('contact_persons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=True),
    sa.Column('middle_name', sa.String(length=100), nullable=True),
    sa.Column('position', sa.String(length=300), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('legal_basis', sa.String(length=20), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('withdrawn_date', sa.Date(), nullable=True),
    sa.Column('erased_at', sa.DateTime(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("legal_basis IN ('consent', 'contract', 'legitimate', 'public')", name=op.f('ck_contact_persons_legal_basis')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_contact_persons_created_by_id_users')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_contact_persons_enterprise_id_enterprises'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_contact_persons_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_persons')),
    sa.UniqueConstraint('uuid', name=op.f('uq_contact_persons_uuid'))
    )
    with op.batch_alter_table('contact_persons', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_persons_enterprise_id'), ['enterprise_id'], unique=False)

    op.create_table('consultations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('consultant_id', sa.Integer(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('topic', sa.String(length=500), nullable=False),
    sa.Column('program_code', sa.String(length=100), nullable=True),
    sa.Column('questions', sa.Text(), nullable=True),
    sa.Column('advice', sa.Text(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('duration_min', sa.Integer(), nullable=True),
    sa.Column('next_step', sa.Text(), nullable=True),
    sa.Column('next_step_due', sa.Date(), nullable=True),
    sa.Column('next_step_done', sa.Boolean(), nullable=False),
    sa.Column('eligibility', sa.JSON(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("channel IN ('phone', 'email', 'visit', 'event', 'video')", name=op.f('ck_consultations_channel')),
    sa.CheckConstraint('duration_min IS NULL OR duration_min >= 0', name=op.f('ck_consultations_duration')),
    sa.ForeignKeyConstraint(['consultant_id'], ['users.id'], name=op.f('fk_consultations_consultant_id_users')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact_persons.id'], name=op.f('fk_consultations_contact_id_contact_persons'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_consultations_created_by_id_users')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_consultations_enterprise_id_enterprises'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_consultations_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultations')),
    sa.UniqueConstraint('uuid', name=op.f('uq_consultations_uuid'))
    )
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultations_consultant_id'), ['consultant_id'], unique=False)
        batch_op.create_index('ix_consultations_enterprise_occurred', ['enterprise_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_consultations_followup', ['next_step_done', 'next_step_due'], unique=False)
        batch_op.create_index('ix_consultations_occurred_at', ['occurred_at'], unique=False)

    op.create_table('dossiers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.Integer(), nullable=False),
    sa.Column('consultant_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('consultation_id', sa.Integer(), nullable=True),
    sa.Column('program_code', sa.String(length=100), nullable=False),
    sa.Column('profile_version', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=True),
    sa.Column('submission_date', sa.Date(), nullable=True),
    sa.Column('signatory_is_director', sa.Boolean(), nullable=True),
    sa.Column('title', sa.String(length=1000), nullable=True),
    sa.Column('component_name', sa.String(length=1000), nullable=True),
    sa.Column('okpd2', sa.String(length=20), nullable=True),
    sa.Column('foreign_analogue_name', sa.String(length=500), nullable=True),
    sa.Column('foreign_analogue_manufacturer', sa.String(length=500), nullable=True),
    sa.Column('foreign_analogue_country', sa.String(length=200), nullable=True),
    sa.Column('target_industry', sa.String(length=500), nullable=True),
    sa.Column('consumers', sa.Text(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('total_cost', sa.BigInteger(), nullable=True),
    sa.Column('grant_requested', sa.BigInteger(), nullable=True),
    sa.Column('own_funds', sa.BigInteger(), nullable=True),
    sa.Column('other_funds', sa.BigInteger(), nullable=True),
    sa.Column('serial_volume', sa.BigInteger(), nullable=True),
    sa.Column('serial_years', sa.String(length=100), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('last_validated_at', sa.DateTime(), nullable=True),
    sa.Column('last_verdict', sa.String(length=20), nullable=True),
    sa.Column('last_error_count', sa.Integer(), nullable=True),
    sa.Column('last_warning_count', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('draft', 'ready', 'referred', 'submitted', 'approved', 'rejected', 'withdrawn', 'agreement')", name=op.f('ck_dossiers_status')),
    sa.CheckConstraint('(total_cost IS NULL OR total_cost >= 0) AND (grant_requested IS NULL OR grant_requested >= 0) AND (own_funds IS NULL OR own_funds >= 0) AND (other_funds IS NULL OR other_funds >= 0)', name=op.f('ck_dossiers_money_not_negative')),
    sa.ForeignKeyConstraint(['consultant_id'], ['users.id'], name=op.f('fk_dossiers_consultant_id_users')),
    sa.ForeignKeyConstraint(['consultation_id'], ['consultations.id'], name=op.f('fk_dossiers_consultation_id_consultations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact_persons.id'], name=op.f('fk_dossiers_contact_id_contact_persons'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_dossiers_created_by_id_users')),
    sa.ForeignKeyConstraint(['enterprise_id'], ['enterprises.id'], name=op.f('fk_dossiers_enterprise_id_enterprises'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_dossiers_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossiers')),
    sa.UniqueConstraint('uuid', name=op.f('uq_dossiers_uuid'))
    )
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossiers_consultant_id'), ['consultant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_enterprise_id'), ['enterprise_id'], unique=False)
        batch_op.create_index('ix_dossiers_status', ['status'], unique=False)

    op.create_table('cost_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_cost_lines_amount_not_negative')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_cost_lines_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cost_lines')),
    sa.UniqueConstraint('uuid', name=op.f('uq_cost_lines_uuid'))
    )
    with op.batch_alter_table('cost_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cost_lines_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('dossier_documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=1000), nullable=True),
    sa.Column('number', sa.String(length=100), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('deleted_by_id', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_dossier_documents_created_by_id_users')),
    sa.ForeignKeyConstraint(['deleted_by_id'], ['users.id'], name=op.f('fk_dossier_documents_deleted_by_id_users')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_documents_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_dossier_documents_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_documents')),
    sa.UniqueConstraint('uuid', name=op.f('uq_dossier_documents_uuid'))
    )
    with op.batch_alter_table('dossier_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_documents_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('dossier_status_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('changed_by_id', sa.Integer(), nullable=True),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['changed_by_id'], ['users.id'], name=op.f('fk_dossier_status_changes_changed_by_id_users')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_status_changes_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_status_changes')),
    sa.UniqueConstraint('uuid', name=op.f('uq_dossier_status_changes_uuid'))
    )
    with op.batch_alter_table('dossier_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_status_changes_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('outgoing_register',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('addressee', sa.Text(), nullable=True),
    sa.Column('signer_id', sa.Integer(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('pdf_sha256', sa.String(length=64), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_outgoing_register_created_by_id_users')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_outgoing_register_dossier_id_dossiers'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pdf_sha256'], ['blobs.sha256'], name=op.f('fk_outgoing_register_pdf_sha256_blobs')),
    sa.ForeignKeyConstraint(['signer_id'], ['users.id'], name=op.f('fk_outgoing_register_signer_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_register')),
    sa.UniqueConstraint('number', name=op.f('uq_outgoing_register_number')),
    sa.UniqueConstraint('uuid', name=op.f('uq_outgoing_register_uuid')),
    sa.UniqueConstraint('year', 'seq', name='year_seq')
    )
    with op.batch_alter_table('outgoing_register', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outgoing_register_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('warning_acknowledgements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dossier_id', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.String(length=100), nullable=False),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=False),
    sa.Column('acknowledged_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['acknowledged_by_id'], ['users.id'], name=op.f('fk_warning_acknowledgements_acknowledged_by_id_users')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_warning_acknowledgements_dossier_id_dossiers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warning_acknowledgements')),
    sa.UniqueConstraint('dossier_id', 'rule_id', name='dossier_rule')
    )
    op.create_table('document_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('blob_sha256', sa.String(length=64), nullable=False),
    sa.Column('original_name', sa.String(length=1000), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('replaced_at', sa.DateTime(), nullable=True),
    sa.Column('replaced_by_file_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_document_files_added_by_id_users')),
    sa.ForeignKeyConstraint(['blob_sha256'], ['blobs.sha256'], name=op.f('fk_document_files_blob_sha256_blobs')),
    sa.ForeignKeyConstraint(['document_id'], ['dossier_documents.id'], name=op.f('fk_document_files_document_id_dossier_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['replaced_by_file_id'], ['document_files.id'], name=op.f('fk_document_files_replaced_by_file_id_document_files')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_files')),
    sa.UniqueConstraint('uuid', name=op.f('uq_document_files_uuid'))
    )
    with op.batch_alter_table('document_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_files_blob_sha256'), ['blob_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_files_document_id'), ['document_id'], unique=False)

    # Full-text search (SQLite FTS5) over text the application folds itself
    # (casefold, ё→е). Enterprises index their stored ``search_key`` column
    # (external content); consultations use a contentless index, so the text
    # is not stored twice. Without FTS5, search falls back to LIKE.
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and _has_fts5(bind):
        op.execute(
            "CREATE VIRTUAL TABLE consultation_fts USING fts5(body, content='', "
            "tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
        )
        op.execute(
            "CREATE VIRTUAL TABLE enterprise_fts USING fts5(search_key, content='enterprises', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 0', prefix='2 3')"
        )


def _has_fts5(bind: sa.engine.Connection) -> bool:
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp._probe_fts USING fts5(x)")
        bind.exec_driver_sql("DROP TABLE temp._probe_fts")
    except sa.exc.OperationalError:
        return False
    return True


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS consultation_fts")
    op.execute("DROP TABLE IF EXISTS enterprise_fts")
    with op.batch_alter_table('document_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_files_document_id'))
        batch_op.drop_index(batch_op.f('ix_document_files_blob_sha256'))

    op.drop_table('document_files')
    op.drop_table('warning_acknowledgements')
    with op.batch_alter_table('outgoing_register', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outgoing_register_dossier_id'))

    op.drop_table('outgoing_register')
    with op.batch_alter_table('dossier_status_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_status_changes_dossier_id'))

    op.drop_table('dossier_status_changes')
    with op.batch_alter_table('dossier_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_documents_dossier_id'))

    op.drop_table('dossier_documents')
    with op.batch_alter_table('cost_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cost_lines_dossier_id'))

    op.drop_table('cost_lines')
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.drop_index('ix_dossiers_status')
        batch_op.drop_index(batch_op.f('ix_dossiers_enterprise_id'))
        batch_op.drop_index(batch_op.f('ix_dossiers_consultant_id'))

    op.drop_table('dossiers')
    with op.batch_alter_table('consultations', schema=None) as batch_op:
        batch_op.drop_index('ix_consultations_occurred_at')
        batch_op.drop_index('ix_consultations_followup')
        batch_op.drop_index('ix_consultations_enterprise_occurred')
        batch_op.drop_index(batch_op.f('ix_consultations_consultant_id'))

    op.drop_table('consultations')
    with op.batch_alter_table('contact_persons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_persons_enterprise_id'))

    op.drop_table('contact_persons')
    op.drop_table('organization_profile')
    with op.batch_alter_table('enterprises', schema=None) as batch_op:
        batch_op.drop_index('ix_enterprises_short_name')
        batch_op.drop_index('ix_enterprises_search_key')
        batch_op.drop_index(batch_op.f('ix_enterprises_ogrn'))

    op.drop_table('enterprises')
    op.drop_table('users')
    op.drop_table('settings')
    op.drop_table('blobs')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entity')
        batch_op.drop_index('ix_audit_at')

    op.drop_table('audit_log')
