-- CreateEnum
CREATE TYPE "Role" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,
    "aId" INTEGER NOT NULL,
    "r" "Role" NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,
    "n" TEXT NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "B_aId_idx" ON "B"("aId");

-- CreateIndex
CREATE UNIQUE INDEX "A_n_key" ON "A"("n");

-- AddForeignKey
ALTER TABLE "B" ADD CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
