/**
 * The database schema (Liquibase changelogs under {@code db/changelog}), the {@link
 * org.aftercare.migrations.Migrator} that applies them as the owner role, and the embedded
 * PostgreSQL used when no external database is configured.
 */
package org.aftercare.migrations;
