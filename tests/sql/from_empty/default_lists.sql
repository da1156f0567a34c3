-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Color" AS ENUM ('RED', 'GREEN', 'BLUE');

-- CreateTable
CREATE TABLE "Lists" (
    "id" INTEGER NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "none" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "numbers" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "floats" DOUBLE PRECISION[] DEFAULT ARRAY[1.5, -2]::DOUBLE PRECISION[],
    "flags" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "colors" "Color"[] DEFAULT ARRAY['RED', 'BLUE']::"Color"[],
    "noneEnum" "Color"[] DEFAULT ARRAY[]::"Color"[],
    "plain" TEXT[],

    CONSTRAINT "Lists_pkey" PRIMARY KEY ("id")
);
