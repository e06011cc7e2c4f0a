#!/bin/sh
# First start of the PostgreSQL container: two roles besides the superuser. mutualis_owner owns
# the database and its schema and runs the migrations; mutualis_app, which the application
# connects as, owns nothing: it cannot alter a table, so it cannot switch the audit trail's
# triggers off, and the migrations grant it only what it uses.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$MUTUALIS_OWNER_PASSWORD" -v app_password="$MUTUALIS_APP_PASSWORD" <<'SQL'
CREATE ROLE mutualis_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE mutualis_app LOGIN PASSWORD :'app_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
CREATE DATABASE mutualis OWNER mutualis_owner;
\connect mutualis
ALTER SCHEMA public OWNER TO mutualis_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
