-- CreateTable
CREATE TABLE "New" (
    "id" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    CONSTRAINT "New_pkey" PRIMARY KEY ("id")
);
