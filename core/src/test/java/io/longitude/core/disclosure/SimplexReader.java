package io.longitude.core.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The attacker of the disclosure audit, kept apart from the engine: given what a reader sees (the shown counts), what
 * the marks tell (bounds on hidden counts) and the equations and inequalities they know, it bounds any linear
 * combination of the unknown counts with Apache Commons Math's simplex (a different solver from the engine's ojAlgo).
 * Tests write the reader's relations themselves, from the definitions, not from the engine's system.
 */
public final class SimplexReader {
    private final Map<String, Long> known;
    private final Map<String, long[]> bounds = new HashMap<>();
    private final List<Map<String, Integer>> equations = new ArrayList<>();
    private final List<Map<String, Integer>> inequalities = new ArrayList<>();

    /** @param known the counts the reader sees */
    public SimplexReader(Map<String, Long> known) {
        this.known = Map.copyOf(known);
    }

    /** An unknown count the reader knows lies in {@code low..high} (high {@code Long.MAX_VALUE} for none). */
    public SimplexReader unknown(String key, long low, long high) {
        bounds.put(key, new long[] {low, high});
        return this;
    }

    /** {@code Σ coefficient × count = 0}. */
    public SimplexReader equation(Map<String, Integer> terms) {
        equations.add(Map.copyOf(terms));
        return this;
    }

    /** {@code Σ coefficient × count ≥ 0}. */
    public SimplexReader inequality(Map<String, Integer> terms) {
        inequalities.add(Map.copyOf(terms));
        return this;
    }

    /** The smallest and largest value of {@code Σ coefficient × count} (the latter {@code +∞} when unbounded). */
    public double[] range(Map<String, Integer> objective) {
        List<String> variables = new ArrayList<>(bounds.keySet());
        variables.sort(null);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            index.put(variables.get(i), i);
        }
        double constant = 0;
        double[] coefficients = new double[variables.size()];
        for (Map.Entry<String, Integer> term : objective.entrySet()) {
            Integer column = index.get(term.getKey());
            if (column == null) {
                constant += term.getValue() * (double) known.get(term.getKey());
            } else {
                coefficients[column] += term.getValue();
            }
        }
        if (variables.isEmpty()) {
            return new double[] {constant, constant};
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (Map<String, Integer> equation : equations) {
            constraint(equation, index, variables.size(), Relationship.EQ, constraints);
        }
        for (Map<String, Integer> inequality : inequalities) {
            constraint(inequality, index, variables.size(), Relationship.GEQ, constraints);
        }
        for (String variable : variables) {
            double[] unit = new double[variables.size()];
            unit[index.get(variable)] = 1;
            long[] range = bounds.get(variable);
            constraints.add(new LinearConstraint(unit, Relationship.GEQ, range[0]));
            if (range[1] != Long.MAX_VALUE) {
                constraints.add(new LinearConstraint(unit, Relationship.LEQ, range[1]));
            }
        }
        LinearObjectiveFunction function = new LinearObjectiveFunction(coefficients, constant);
        double low = solve(function, constraints, GoalType.MINIMIZE);
        double high = solve(function, constraints, GoalType.MAXIMIZE);
        return new double[] {low, high};
    }

    /** True when the reader can tell the exact whole value of the combination. */
    public boolean pins(Map<String, Integer> objective) {
        double[] range = range(objective);
        return Math.floor(range[1] + 1e-6) <= Math.ceil(range[0] - 1e-6);
    }

    private void constraint(
            Map<String, Integer> terms,
            Map<String, Integer> index,
            int width,
            Relationship relationship,
            List<LinearConstraint> constraints) {
        double[] row = new double[width];
        double rightHandSide = 0;
        boolean any = false;
        for (Map.Entry<String, Integer> term : terms.entrySet()) {
            Integer column = index.get(term.getKey());
            if (column == null) {
                rightHandSide -= term.getValue() * (double) knownValue(term.getKey(), terms);
            } else {
                row[column] += term.getValue();
                any = true;
            }
        }
        if (any) {
            constraints.add(new LinearConstraint(row, relationship, rightHandSide));
        }
    }

    private long knownValue(String key, Map<String, Integer> terms) {
        Long value = known.get(key);
        if (value == null) {
            throw new IllegalArgumentException(
                    "Cannot bound, a relation names a count that is neither known nor unknown: " + key + " in "
                            + terms);
        }
        return value;
    }

    private double solve(LinearObjectiveFunction function, List<LinearConstraint> constraints, GoalType goal) {
        try {
            return new SimplexSolver(1e-9, 10, 1e-12)
                    .optimize(
                            new MaxIter(100_000),
                            function,
                            new LinearConstraintSet(constraints),
                            goal,
                            new NonNegativeConstraint(true))
                    .getValue();
        } catch (UnboundedSolutionException unbounded) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
    }
}
