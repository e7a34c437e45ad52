package io.longitude.core.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * What a reader who knows every shown count, every relation of the {@link CountSystem} and the meaning of the marks
 * can work out about a count they do not see: its smallest and largest value over every solution of the linear
 * program (ojAlgo's simplex), rounded inwards to whole people. The reader knows:
 * <ul>
 *   <li>each shown count exactly;</li>
 *   <li>a primary hidden count ("< k") lies in {@code 1..k−1};</li>
 *   <li>a complementary hidden count ("×": hidden so that no small count can be worked out; it may be any number) and
 *       a latent count (never shown) are at least 0;</li>
 *   <li>every relation.</li>
 * </ul>
 * Only the relations reached from the count through unknown counts can bound it, so each program holds just those
 * (a handful of variables), which keeps a bound to well under a millisecond.
 * Integer reasoning can only narrow these bounds further where they are not already whole; relations of totals and
 * parts keep the programs' vertices whole, so the linear bounds are the integer ones in practice.
 */
public final class ReaderBounds {
    private static final double TOLERANCE = 1e-6;

    static {
        // ojAlgo prints a note about its hardware profiles to standard output unless told not to.
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

    private final CountSystem system;
    private final DisclosureRule rule;
    private final Map<String, Reason> hidden;
    private final double ceiling;
    private final Set<String> unknown;
    private final Map<String, List<LinearRelation>> byCell;

    /**
     * @param system the counts and relations
     * @param rule the threshold whose marks the reader reads
     * @param hidden the published cells that are hidden, with the reason their mark tells
     */
    public ReaderBounds(CountSystem system, DisclosureRule rule, Map<String, Reason> hidden) {
        this.system = system;
        this.rule = rule;
        this.hidden = Map.copyOf(hidden);
        long largest =
                system.cells().values().stream().mapToLong(Cell::count).max().orElse(0);
        // A bound no count reaches: the reader's "unbounded" (keeps every program bounded and the solver exact).
        this.ceiling = 4.0 * (largest + rule.k()) + 16;
        Set<String> keys = new TreeSet<>(this.hidden.keySet());
        system.cells().values().stream()
                .filter(cell -> !cell.published())
                .map(Cell::key)
                .forEach(keys::add);
        this.unknown = Set.copyOf(keys);
        Map<String, List<LinearRelation>> index = new HashMap<>();
        for (LinearRelation relation : system.relations()) {
            relation.terms()
                    .keySet()
                    .forEach(key -> index.computeIfAbsent(key, ignored -> new ArrayList<>())
                            .add(relation));
        }
        this.byCell = index;
    }

    /** The unknown cells: hidden and latent. */
    public Set<String> unknown() {
        return unknown;
    }

    /** The interval of one cell; a shown cell's is its value. */
    public Interval of(String key) {
        Cell cell = system.cell(key);
        if (cell.published() && !hidden.containsKey(key)) {
            return new Interval(cell.count(), cell.count());
        }
        double low = solve(key, false);
        double high = solve(key, true);
        long lowWhole = (long) Math.max(0, Math.ceil(low - TOLERANCE));
        long highWhole = high >= ceiling - 1 ? Long.MAX_VALUE : (long) Math.floor(high + TOLERANCE);
        return new Interval(lowWhole, Math.max(lowWhole, highWhole));
    }

    /**
     * The unknown cells with one value in every solution of the reader's linear program, all at once: the affine hull
     * of the feasible set is cut out by the equations and by the inequalities that hold with equality at every
     * solution (its implicit equalities), and a cell is fixed iff its unit vector lies in the row space of those
     * ({@link RowSpace}, exact). The implicit equalities are found by linear programs that give each undecided
     * inequality a slack of at most 1 and maximise their sum: an inequality whose slack can be positive is not one; the
     * rest are once no slack can grow (usually after one or two programs). This pins in the linear sense only; {@link
     * #of} rounds a bound to whole people as well.
     */
    public Set<String> pinned() {
        return fixed(hull(), unknown);
    }

    /**
     * The rows that cut out the affine hull of the reader's feasible set: the equations, the inequalities that hold with
     * equality at every solution, and the bounds every solution sits on (a unit row). Each row is a cell key →
     * coefficient map over the system's cells, so it can be restricted to any set of unknowns.
     */
    public List<Map<String, Integer>> hull() {
        List<String> variables = new ArrayList<>(new TreeSet<>(unknown));
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            column.put(variables.get(i), i);
        }
        List<long[]> equations = new ArrayList<>();
        List<double[]> equationSides = new ArrayList<>();
        List<long[]> inequalities = new ArrayList<>();
        List<Double> inequalitySides = new ArrayList<>();
        List<Map<String, Integer>> sources = new ArrayList<>();
        List<Map<String, Integer>> hull = new ArrayList<>();
        for (LinearRelation relation : system.relations()) {
            long[] row = new long[variables.size()];
            double known = 0;
            boolean any = false;
            for (Map.Entry<String, Integer> term : relation.terms().entrySet()) {
                Integer index = column.get(term.getKey());
                if (index == null) {
                    known += term.getValue()
                            * (double) system.cell(term.getKey()).count();
                } else {
                    row[index] += term.getValue();
                    any = true;
                }
            }
            if (!any) {
                // A relation of shown counts only: it constrains a count once that count is hidden, so the hull keeps
                // it where it could hold with equality (an equation, or an inequality that is tight).
                if (relation.sense() == LinearRelation.Sense.EQUAL || Math.abs(known) < TOLERANCE) {
                    hull.add(relation.terms());
                }
                continue;
            }
            if (relation.sense() == LinearRelation.Sense.EQUAL) {
                equations.add(row);
                equationSides.add(new double[] {-known});
                hull.add(relation.terms());
            } else {
                inequalities.add(row);
                inequalitySides.add(-known);
                sources.add(relation.terms());
            }
        }
        for (String variable : variables) {
            long[] lower = new long[variables.size()];
            lower[column.get(variable)] = 1;
            inequalities.add(lower);
            inequalitySides.add(lowest(variable));
            sources.add(Map.of(variable, 1));
            if (highest(variable) < ceiling) {
                long[] upper = new long[variables.size()];
                upper[column.get(variable)] = -1;
                inequalities.add(upper);
                inequalitySides.add(-highest(variable));
                sources.add(Map.of(variable, 1));
            }
        }
        Set<Integer> undecided = new TreeSet<>();
        for (int i = 0; i < inequalities.size(); i++) {
            undecided.add(i);
        }
        while (!undecided.isEmpty()) {
            Set<Integer> strict =
                    strictlySatisfiable(variables, equations, equationSides, inequalities, inequalitySides, undecided);
            if (strict.isEmpty()) {
                break;
            }
            undecided.removeAll(strict);
        }
        undecided.forEach(index -> hull.add(sources.get(index)));
        return hull;
    }

    /** The unknowns that the rows fix: those whose unit vector lies in the rows' span over the unknowns (exact). */
    public static Set<String> fixed(List<Map<String, Integer>> rows, Set<String> unknown) {
        List<String> variables = new ArrayList<>(new TreeSet<>(unknown));
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            column.put(variables.get(i), i);
        }
        List<long[]> matrix = new ArrayList<>();
        for (Map<String, Integer> terms : rows) {
            long[] row = new long[variables.size()];
            terms.forEach((key, coefficient) -> {
                Integer index = column.get(key);
                if (index != null) {
                    row[index] += coefficient;
                }
            });
            matrix.add(row);
        }
        Set<String> fixed = new TreeSet<>();
        RowSpace.fixedColumns(matrix, variables.size()).forEach(index -> fixed.add(variables.get(index)));
        return fixed;
    }

    /** The undecided inequalities that some solution satisfies strictly, from one program. */
    private Set<Integer> strictlySatisfiable(
            List<String> variables,
            List<long[]> equations,
            List<double[]> equationSides,
            List<long[]> inequalities,
            List<Double> inequalitySides,
            Set<Integer> undecided) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        List<Variable> x = new ArrayList<>();
        for (String variable : variables) {
            x.add(model.addVariable(variable).lower(0).upper(ceiling));
        }
        for (int e = 0; e < equations.size(); e++) {
            row(model, "equation" + e, x, equations.get(e)).level(equationSides.get(e)[0]);
        }
        Map<Integer, Integer> slacks = new HashMap<>();
        for (int i = 0; i < inequalities.size(); i++) {
            Expression expression =
                    row(model, "inequality" + i, x, inequalities.get(i)).lower(inequalitySides.get(i));
            if (undecided.contains(i)) {
                slacks.put(i, model.getVariables().size());
                Variable slack =
                        model.addVariable("slack" + i).lower(0).upper(1).weight(1);
                expression.set(slack, -1);
            }
        }
        Optimisation.Result result = model.maximise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("Cannot find the reader's fixed counts, the program is " + result.getState()
                    + ": the relations do not hold on the counts");
        }
        Set<Integer> strict = new TreeSet<>();
        slacks.forEach((index, position) -> {
            if (result.doubleValue(position) > TOLERANCE) {
                strict.add(index);
            }
        });
        return strict;
    }

    private static Expression row(ExpressionsBasedModel model, String name, List<Variable> x, long[] coefficients) {
        Expression expression = model.addExpression(name);
        for (int c = 0; c < coefficients.length; c++) {
            if (coefficients[c] != 0) {
                expression.set(x.get(c), coefficients[c]);
            }
        }
        return expression;
    }

    /** The relations reached from the cell through unknown cells, in the system's order. */
    public List<LinearRelation> component(String start) {
        Set<String> reached = new HashSet<>(Set.of(start));
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<LinearRelation> relations = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            for (LinearRelation relation : byCell.getOrDefault(queue.poll(), List.of())) {
                if (relations.add(relation)) {
                    for (String other : relation.terms().keySet()) {
                        if (unknown.contains(other) && reached.add(other)) {
                            queue.add(other);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(relations);
    }

    private double solve(String target, boolean maximise) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Map<String, Variable> variables = new HashMap<>();
        List<LinearRelation> component = component(target);
        Set<String> keys = new TreeSet<>(Set.of(target));
        component.forEach(relation ->
                relation.terms().keySet().stream().filter(unknown::contains).forEach(keys::add));
        for (String key : keys) {
            Variable variable = model.addVariable(key).lower(lowest(key)).upper(highest(key));
            variables.put(key, variable);
        }
        int index = 0;
        for (LinearRelation relation : component) {
            double known = 0;
            Expression expression = null;
            for (Map.Entry<String, Integer> term : relation.terms().entrySet()) {
                Variable variable = variables.get(term.getKey());
                if (variable == null) {
                    known += term.getValue()
                            * (double) system.cell(term.getKey()).count();
                } else {
                    if (expression == null) {
                        expression = model.addExpression("relation" + index++);
                    }
                    expression.set(variable, term.getValue());
                }
            }
            if (expression != null) {
                if (relation.sense() == LinearRelation.Sense.EQUAL) {
                    expression.level(-known);
                } else {
                    expression.lower(-known);
                }
            }
        }
        variables.get(target).weight(1);
        Optimisation.Result result = maximise ? model.maximise() : model.minimise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("Cannot bound " + target + ", the reader's program is " + result.getState()
                    + ": the relations do not hold on the counts");
        }
        return result.getValue();
    }

    private double lowest(String key) {
        return hidden.get(key) == Reason.PRIMARY ? 1 : 0;
    }

    private double highest(String key) {
        return hidden.get(key) == Reason.PRIMARY ? rule.k() - 1 : ceiling;
    }
}
