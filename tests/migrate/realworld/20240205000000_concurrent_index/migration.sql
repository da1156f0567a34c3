-- CREATE INDEX CONCURRENTLY cannot run inside a transaction, so it is the only statement here.
CREATE INDEX CONCURRENTLY "AuditLog_accountId_idx" ON "AuditLog"("accountId");
