-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Lists" (
    "id" INTEGER NOT NULL,
    "strs" TEXT[],
    "texts" TEXT[],
    "ints" INTEGER[],
    "smalls" SMALLINT[],
    "bigs" BIGINT[],
    "floats" DOUBLE PRECISION[],
    "decs" DECIMAL(8,2)[],
    "bools" BOOLEAN[],
    "times" TIMESTAMPTZ(3)[],
    "uuids" UUID[],

    CONSTRAINT "Lists_pkey" PRIMARY KEY ("id")
);
