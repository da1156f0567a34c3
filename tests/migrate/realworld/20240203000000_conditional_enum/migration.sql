-- This file has CRLF line endings on purpose (a Windows checkout).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'Plan') THEN
        CREATE TYPE "Plan" AS ENUM ('FREE', 'PRO');
    END IF;
END
$$;

ALTER TABLE "Account" ADD COLUMN "plan" "Plan" NOT NULL DEFAULT 'FREE';
