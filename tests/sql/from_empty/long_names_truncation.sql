-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "AnExtremelyLongModelNameForTestingIdentifierTruncationBehaviour" (
    "id" INTEGER NOT NULL,
    "anotherVeryLongFieldNameThatPushesConstraintNamesOver" TEXT NOT NULL,
    "yetAnotherQuiteLongFieldNameForTheCompoundIndexCase" INTEGER NOT NULL,
    "parentReferenceWithAVeryLongNameToo" INTEGER NOT NULL,

    CONSTRAINT "AnExtremelyLongModelNameForTestingIdentifierTruncationBeha_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnExtremelyLongParentModelNameForForeignKeyTruncation" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "AnExtremelyLongParentModelNameForForeignKeyTruncation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnExtremelyLongModelNameForTestingIdentifierTruncationBehav_key" ON "AnExtremelyLongModelNameForTestingIdentifierTruncationBehaviour"("anotherVeryLongFieldNameThatPushesConstraintNamesOver");

-- CreateIndex
CREATE INDEX "AnExtremelyLongModelNameForTestingIdentifierTruncationBehav_idx" ON "AnExtremelyLongModelNameForTestingIdentifierTruncationBehaviour"("yetAnotherQuiteLongFieldNameForTheCompoundIndexCase", "anotherVeryLongFieldNameThatPushesConstraintNamesOver");

-- AddForeignKey
ALTER TABLE "AnExtremelyLongModelNameForTestingIdentifierTruncationBehaviour" ADD CONSTRAINT "AnExtremelyLongModelNameForTestingIdentifierTruncationBeha_fkey" FOREIGN KEY ("parentReferenceWithAVeryLongNameToo") REFERENCES "AnExtremelyLongParentModelNameForForeignKeyTruncation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
