-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'C';
