package io.longitude.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every class the allow list names exists in the Spark on the classpath: a renamed node would otherwise be refused silently. */
class TestPlanAllowList {
    @Test
    void everyAllowedNodeIsAClassOfThisSpark() {
        List<String> missing = new ArrayList<>();
        Stream.of(PlanAllowList.QUERY, PlanAllowList.PARSED_ONLY, PlanAllowList.ANALYSED_ONLY)
                .flatMap(java.util.Set::stream)
                .forEach(name -> {
                    try {
                        Class.forName(name, false, getClass().getClassLoader());
                    } catch (ClassNotFoundException e) {
                        missing.add(name);
                    }
                });

        assertThat(missing).isEmpty();
    }

    @Test
    void noWriteOrCommandIsAllowed() {
        assertThat(Stream.of(PlanAllowList.QUERY, PlanAllowList.PARSED_ONLY, PlanAllowList.ANALYSED_ONLY)
                        .flatMap(java.util.Set::stream))
                .noneMatch(name -> name.contains("Command")
                        || name.contains("Insert")
                        || name.contains("Write")
                        || name.contains("Relation")
                                && !name.endsWith("LocalRelation")
                                && !name.endsWith("OneRowRelation")
                                && !name.endsWith("UnresolvedRelation")
                                && !name.endsWith("CTERelationDef")
                                && !name.endsWith("CTERelationRef"));
    }
}
