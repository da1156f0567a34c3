-- DropIndex
DROP INDEX "T_a_key";
