-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "StringTypes" (
    "id" UUID NOT NULL,
    "shortName" VARCHAR(32) NOT NULL,
    "anyLength" VARCHAR NOT NULL,
    "code" CHAR(3) NOT NULL,
    "oneChar" CHAR NOT NULL,
    "body" TEXT NOT NULL,
    "email" CITEXT NOT NULL,
    "feed" XML,
    "address" INET,
    "flags" BIT(8),
    "mask" VARBIT(16),
    "anyMask" VARBIT,

    CONSTRAINT "StringTypes_pkey" PRIMARY KEY ("id")
);
