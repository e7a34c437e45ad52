package io.longitude.core.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which unit vectors lie in the row space of an integer matrix: the columns whose variable has one value on every
 * solution of {@code A·x = b}. The rows are brought to reduced row echelon form in exact integer arithmetic
 * (fraction-free elimination, rows divided by their gcd); unit vector {@code e_i} lies in the row space iff column i is
 * a pivot column whose row has no other non-zero entry.
 */
final class RowSpace {
    private RowSpace() {}

    /** @param rows the matrix, each row of {@code width} entries (not changed) */
    static Set<Integer> fixedColumns(List<long[]> rows, int width) {
        List<BigInteger[]> matrix = new ArrayList<>();
        for (long[] row : rows) {
            BigInteger[] copy = new BigInteger[width];
            boolean any = false;
            for (int c = 0; c < width; c++) {
                copy[c] = BigInteger.valueOf(row[c]);
                any |= row[c] != 0;
            }
            if (any) {
                matrix.add(copy);
            }
        }
        int[] pivotColumn = reduce(matrix, width);
        Set<Integer> fixed = new HashSet<>();
        for (int r = 0; r < pivotColumn.length; r++) {
            if (pivotColumn[r] >= 0 && nonZeroEntries(matrix.get(r)) == 1) {
                fixed.add(pivotColumn[r]);
            }
        }
        return fixed;
    }

    /** Brings the rows to reduced row echelon form in place; returns each row's pivot column, or -1. */
    private static int[] reduce(List<BigInteger[]> rows, int width) {
        int pivotRow = 0;
        int[] pivotColumn = new int[rows.size()];
        Arrays.fill(pivotColumn, -1);
        for (int column = 0; column < width && pivotRow < rows.size(); column++) {
            int found = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (rows.get(r)[column].signum() != 0) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            BigInteger[] pivot = rows.get(found);
            rows.set(found, rows.get(pivotRow));
            rows.set(pivotRow, pivot);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r != pivotRow && row[column].signum() != 0) {
                    BigInteger factor = row[column];
                    BigInteger scale = pivot[column];
                    for (int c = 0; c < width; c++) {
                        row[c] = row[c].multiply(scale).subtract(pivot[c].multiply(factor));
                    }
                    divideByGcd(row);
                }
            }
            pivotColumn[pivotRow] = column;
            pivotRow++;
        }
        return pivotColumn;
    }

    private static void divideByGcd(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger entry : row) {
            gcd = gcd.gcd(entry);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c].divide(gcd);
            }
        }
    }

    private static int nonZeroEntries(BigInteger[] row) {
        int count = 0;
        for (BigInteger entry : row) {
            if (entry.signum() != 0) {
                count++;
            }
        }
        return count;
    }
}
