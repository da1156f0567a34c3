-- DropIndex
DROP INDEX "T_a_idx";
