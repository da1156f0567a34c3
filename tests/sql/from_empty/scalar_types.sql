-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Scalars" (
    "id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "big" BIGINT NOT NULL,
    "ratio" DOUBLE PRECISION NOT NULL,
    "price" DECIMAL(65,30) NOT NULL,
    "active" BOOLEAN NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,
    "document" JSONB NOT NULL,
    "blob" BYTEA NOT NULL,

    CONSTRAINT "Scalars_pkey" PRIMARY KEY ("id")
);
