package io.longitude.sql;

import org.apache.spark.sql.catalyst.expressions.Divide;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.If;
import org.apache.spark.sql.catalyst.expressions.IsNull;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.expressions.Multiply;
import org.apache.spark.sql.catalyst.expressions.NamedExpression$;
import org.apache.spark.sql.catalyst.expressions.Sqrt;
import org.apache.spark.sql.catalyst.expressions.TryEval;
import org.apache.spark.sql.catalyst.expressions.WindowExpression;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateExpression;
import org.apache.spark.sql.catalyst.expressions.aggregate.AggregateFunction;
import org.apache.spark.sql.catalyst.expressions.aggregate.Corr;
import org.apache.spark.sql.catalyst.expressions.aggregate.CovPopulation;
import org.apache.spark.sql.catalyst.expressions.aggregate.VariancePop;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.runtime.AbstractPartialFunction;

/**
 * {@code corr} that answers NULL where one column is constant. Spark computes {@code ck / sqrt(xMk * yMk)} in the
 * session's evaluation mode, so under ANSI (Spark 4's default) one group with a constant column fails the whole query
 * with {@code DIVIDE_BY_ZERO}. The correlation is undefined there; like Spark's own answer for a group of one row (and
 * PostgreSQL's for a constant column) it is NULL here. Each {@code corr(x, y)} of the analysed plan (subqueries and
 * window functions included) becomes {@code try(covar_pop(x, y) / sqrt(var_pop(x') * var_pop(y')))}, where {@code x'}
 * and {@code y'} leave out the rows where the other is NULL, as {@code corr} does: equal to Spark's value within
 * rounding, NULL for fewer than two rows or a constant column. {@code corr(DISTINCT …)} is left to Spark.
 */
final class NullOnConstantCorr {
    private NullOnConstantCorr() {}

    /** The plan with every {@code corr} replaced. */
    static LogicalPlan rewrite(LogicalPlan plan) {
        return plan.transformAllExpressionsWithSubqueries(new AbstractPartialFunction<Expression, Expression>() {
            @Override
            public boolean isDefinedAt(Expression expression) {
                return corr(expression) != null
                        || expression instanceof WindowExpression window && corr(window.windowFunction()) != null;
            }

            @Override
            public Expression apply(Expression expression) {
                if (expression instanceof WindowExpression window && corr(window.windowFunction()) != null) {
                    return replace(
                            (AggregateExpression) window.windowFunction(),
                            part -> new WindowExpression(part, window.windowSpec()));
                }
                AggregateExpression aggregate = corr(expression);
                return aggregate == null ? expression : replace(aggregate, part -> part);
            }
        });
    }

    private static AggregateExpression corr(Expression expression) {
        return expression instanceof AggregateExpression aggregate
                        && aggregate.aggregateFunction() instanceof Corr
                        && !aggregate.isDistinct()
                ? aggregate
                : null;
    }

    private static Expression replace(
            AggregateExpression aggregate, java.util.function.UnaryOperator<Expression> wrap) {
        Corr corr = (Corr) aggregate.aggregateFunction();
        Expression x = corr.x();
        Expression y = corr.y();
        Expression xWhereY = new If(new IsNull(y), Literal.create(null, x.dataType()), x);
        Expression yWhereX = new If(new IsNull(x), Literal.create(null, y.dataType()), y);
        Expression covariance = wrap.apply(like(aggregate, new CovPopulation(x, y, corr.nullOnDivideByZero())));
        Expression varianceX = wrap.apply(like(aggregate, new VariancePop(xWhereY, corr.nullOnDivideByZero())));
        Expression varianceY = wrap.apply(like(aggregate, new VariancePop(yWhereX, corr.nullOnDivideByZero())));
        return new TryEval(new Divide(covariance, new Sqrt(new Multiply(varianceX, varianceY))));
    }

    private static AggregateExpression like(AggregateExpression aggregate, AggregateFunction function) {
        return new AggregateExpression(
                function, aggregate.mode(), false, aggregate.filter(), NamedExpression$.MODULE$.newExprId());
    }
}
