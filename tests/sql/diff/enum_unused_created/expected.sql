-- CreateEnum
CREATE TYPE "Role" AS ENUM ('A', 'B');
