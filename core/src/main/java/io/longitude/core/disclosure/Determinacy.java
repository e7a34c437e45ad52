package io.longitude.core.disclosure;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which unknown cells a reader can work out exactly from the known ones. Moving the known cells of every relation to
 * the right-hand side leaves a system {@code A·x = b} over the unknown cells; unknown cell i has one value in every
 * solution iff the unit vector {@code e_i} lies in the row space of {@code A}. The row space is brought to reduced row
 * echelon form in exact integer arithmetic (fraction-free elimination, rows divided by their gcd), where {@code e_i}
 * lies in it iff column i is a pivot column whose row has no other non-zero entry.
 */
public final class Determinacy {
    private Determinacy() {}

    /**
     * @param relations the relations a reader knows
     * @param unknown the cells the reader does not see (hidden and latent)
     * @return the unknown cells whose value the relations and the known cells fix
     */
    public static Set<String> determined(List<LinearRelation> relations, Set<String> unknown) {
        List<String> columns = new ArrayList<>(new TreeSet<>(relationsCells(relations, unknown)));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        List<BigInteger[]> rows = new ArrayList<>();
        for (LinearRelation relation : relations) {
            BigInteger[] row = new BigInteger[columns.size()];
            Arrays.fill(row, BigInteger.ZERO);
            boolean any = false;
            for (Map.Entry<String, Integer> term : relation.terms().entrySet()) {
                Integer column = index.get(term.getKey());
                if (column != null) {
                    row[column] = row[column].add(BigInteger.valueOf(term.getValue()));
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int[] pivotColumn = reduce(rows, columns.size());
        Set<String> determined = new HashSet<>();
        for (int r = 0; r < pivotColumn.length; r++) {
            if (pivotColumn[r] >= 0 && nonZeroEntries(rows.get(r)) == 1) {
                determined.add(columns.get(pivotColumn[r]));
            }
        }
        return determined;
    }

    private static Set<String> relationsCells(List<LinearRelation> relations, Set<String> unknown) {
        Set<String> cells = new HashSet<>();
        for (LinearRelation relation : relations) {
            for (String key : relation.terms().keySet()) {
                if (unknown.contains(key)) {
                    cells.add(key);
                }
            }
        }
        return cells;
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
