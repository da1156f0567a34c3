-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Payload" (
    "id" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "plain" JSON NOT NULL,
    "binary" JSONB NOT NULL,
    "maybe" JSONB,
    "settings" JSONB NOT NULL DEFAULT '{"theme":"dark"}',
    "arr" JSONB NOT NULL DEFAULT '[]',
    "history" JSONB[],

    CONSTRAINT "Payload_pkey" PRIMARY KEY ("id")
);
