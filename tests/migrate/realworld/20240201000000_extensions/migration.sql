-- Extensions need no transaction of their own; IF NOT EXISTS keeps re-runs harmless.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE "Account" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

INSERT INTO "Account" ("name") VALUES ('Ada Lovelace'), ('Grace Hopper'), ('Edsger; Dijkstra');
