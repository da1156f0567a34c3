-- A plpgsql function (its body holds semicolons) and a trigger using it.
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$
BEGIN
    -- semicolons inside the body must not split the file
    NEW."updatedAt" := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TABLE "AuditLog" (
    "id" BIGSERIAL PRIMARY KEY,
    "accountId" UUID NOT NULL,
    "note" TEXT NOT NULL
);

CREATE FUNCTION audit_account() RETURNS trigger LANGUAGE plpgsql AS $audit$
BEGIN
    INSERT INTO "AuditLog" ("accountId", "note") VALUES (NEW."id", 'changed: ' || NEW."name" || ';');
    RETURN NEW;
END;
$audit$;

CREATE TRIGGER account_updated_at BEFORE UPDATE ON "Account"
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER account_audit AFTER INSERT OR UPDATE ON "Account"
    FOR EACH ROW EXECUTE FUNCTION audit_account();
