-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "shirt size" AS ENUM ('s', 'm / medium', 'L (large)');

-- CreateTable
CREATE TABLE "Shirt" (
    "id" INTEGER NOT NULL,
    "size" "shirt size" NOT NULL DEFAULT 'm / medium',
    "stock" "shirt size"[] DEFAULT ARRAY['s', 'L (large)']::"shirt size"[],

    CONSTRAINT "Shirt_pkey" PRIMARY KEY ("id")
);
