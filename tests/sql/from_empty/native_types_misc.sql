-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "MiscTypes" (
    "id" INTEGER NOT NULL,
    "plain" JSON NOT NULL,
    "binary" JSONB NOT NULL,
    "raw" BYTEA NOT NULL,
    "enabled" BOOLEAN NOT NULL,

    CONSTRAINT "MiscTypes_pkey" PRIMARY KEY ("id")
);
