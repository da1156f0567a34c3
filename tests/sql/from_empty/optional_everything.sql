-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Maybe" (
    "id" INTEGER NOT NULL,
    "s" TEXT,
    "i" INTEGER,
    "b" BIGINT,
    "f" DOUBLE PRECISION,
    "d" DECIMAL(65,30),
    "bool" BOOLEAN,
    "dt" TIMESTAMP(3),
    "j" JSONB,
    "bytes" BYTEA,
    "list" TEXT[],

    CONSTRAINT "Maybe_pkey" PRIMARY KEY ("id")
);
