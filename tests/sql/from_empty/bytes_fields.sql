-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Blob" (
    "id" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "raw" BYTEA NOT NULL,
    "maybe" BYTEA,
    "magic" BYTEA NOT NULL DEFAULT '\x000102',
    "chunks" BYTEA[],

    CONSTRAINT "Blob_pkey" PRIMARY KEY ("id")
);
