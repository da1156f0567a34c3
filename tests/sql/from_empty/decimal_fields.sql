-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Price" (
    "id" INTEGER NOT NULL,
    "amount" DECIMAL(65,30) NOT NULL,
    "exact" DECIMAL(12,2) NOT NULL,
    "rate" DECIMAL(6,5) NOT NULL DEFAULT 0.075,
    "cash" MONEY,
    "history" DECIMAL(65,30)[],
    "currency" TEXT NOT NULL,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Price_currency_exact_key" ON "Price"("currency", "exact");
