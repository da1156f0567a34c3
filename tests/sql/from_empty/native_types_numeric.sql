-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "NumericTypes" (
    "id" INTEGER NOT NULL,
    "small" SMALLINT NOT NULL,
    "oid" OID NOT NULL,
    "big" BIGINT NOT NULL,
    "single" REAL NOT NULL,
    "double" DOUBLE PRECISION NOT NULL,
    "exact" DECIMAL(10,2) NOT NULL,
    "anyExact" DECIMAL NOT NULL,
    "cash" MONEY NOT NULL,
    "fraction" DECIMAL(5,4),

    CONSTRAINT "NumericTypes_pkey" PRIMARY KEY ("id")
);
