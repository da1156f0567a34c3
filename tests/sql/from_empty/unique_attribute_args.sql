-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Key" (
    "id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "key_pk" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "key_code_uq" ON "Key"("code");

-- CreateIndex
CREATE INDEX "key_label_idx" ON "Key"("label");

-- CreateIndex
CREATE UNIQUE INDEX "Key_scope_label_key" ON "Key"("scope", "label");
