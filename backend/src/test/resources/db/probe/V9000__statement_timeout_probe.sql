-- test only (MigrationTimeoutTest): what statement timeout a migration runs with
create table migration_probe as select current_setting('statement_timeout') as statement_timeout;
