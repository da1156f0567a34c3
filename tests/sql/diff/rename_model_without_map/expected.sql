-- DropTable
DROP TABLE "Old";

-- CreateTable
CREATE TABLE "New" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,

    CONSTRAINT "New_pkey" PRIMARY KEY ("id")
);
