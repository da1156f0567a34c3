-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Parent" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Parent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildA" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "ChildA_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildB" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "ChildB_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildC" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL,

    CONSTRAINT "ChildC_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildD" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER,

    CONSTRAINT "ChildD_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildE" (
    "id" INTEGER NOT NULL,
    "parentId" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ChildE_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "ChildA" ADD CONSTRAINT "ChildA_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildB" ADD CONSTRAINT "ChildB_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "ChildC" ADD CONSTRAINT "ChildC_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ChildD" ADD CONSTRAINT "ChildD_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE SET NULL ON UPDATE SET NULL;

-- AddForeignKey
ALTER TABLE "ChildE" ADD CONSTRAINT "ChildE_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Parent"("id") ON DELETE SET DEFAULT ON UPDATE SET DEFAULT;
