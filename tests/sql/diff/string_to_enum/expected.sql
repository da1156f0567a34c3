-- AlterTable
ALTER TABLE "T" DROP COLUMN "r",
ADD COLUMN     "r" "Role" NOT NULL;
