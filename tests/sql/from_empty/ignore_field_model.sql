-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Visible" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "internal" TEXT NOT NULL,

    CONSTRAINT "Visible_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegacyRow" (
    "id" INTEGER NOT NULL,
    "data" TEXT NOT NULL,

    CONSTRAINT "LegacyRow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NoKey" (
    "value" TEXT NOT NULL
);
