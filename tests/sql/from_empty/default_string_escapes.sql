-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Escapes" (
    "id" INTEGER NOT NULL,
    "quoted" TEXT NOT NULL DEFAULT 'say "hi"',
    "backslash" TEXT NOT NULL DEFAULT 'C:\temp\file',
    "newline" TEXT NOT NULL DEFAULT 'line one
line two',
    "tab" TEXT NOT NULL DEFAULT 'a	b',
    "carriage" TEXT NOT NULL DEFAULT 'a
b',
    "unicode" TEXT NOT NULL DEFAULT 'café — ☕',
    "json" JSONB NOT NULL DEFAULT '{"a":[1,2],"b":"x"}',
    "apostr" TEXT NOT NULL DEFAULT 'it''s',

    CONSTRAINT "Escapes_pkey" PRIMARY KEY ("id")
);
