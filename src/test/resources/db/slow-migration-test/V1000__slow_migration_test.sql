-- Test only (SlowMigrationTest): a migration longer than any time limit of request connections.
select pg_sleep(3);
