-- DropIndex
DROP INDEX "User_email_key";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "name",
ADD COLUMN     "bio" TEXT NOT NULL DEFAULT 'hi',
ADD COLUMN     "nick" TEXT NOT NULL,
ALTER COLUMN "age" SET NOT NULL,
ALTER COLUMN "role" SET DEFAULT 'B';

-- DropTable
DROP TABLE "Gone";

-- CreateTable
CREATE TABLE "Fresh" (
    "id" BIGINT NOT NULL,

    CONSTRAINT "Fresh_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "User_age_idx" ON "User"("age");
