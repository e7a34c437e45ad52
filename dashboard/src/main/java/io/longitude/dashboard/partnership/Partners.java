package io.longitude.dashboard.partnership;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.longitude.core.lake.LakeTables;
import io.longitude.dashboard.network.LakeReads;
import io.longitude.dashboard.system.VersionedCache;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The partner organisations of each programme with their roles, as the edition page and the funder report list them:
 * read from the lake's {@code partners} table once per programme and version of the table. The scope check is the
 * caller's.
 */
@Component
public class Partners {
    private static final int CACHED_PROGRAMMES = 64;

    private final LakeReads lake;
    private final VersionedCache<String, List<Partner>> partners = new VersionedCache<>(CACHED_PROGRAMMES);

    Partners(LakeReads lake) {
        this.lake = lake;
    }

    /** A partner organisation: its id, name and roles (codes of {@link LakeTables#PARTNER_ROLES}). */
    public record Partner(String partnerId, String name, List<String> roles) {
        public Partner {
            roles = List.copyOf(roles);
        }
    }

    /** The version of the partners table, -1 before it exists: part of the key of what is made from it. */
    public long version() {
        return lake.version(LakeTables.PARTNERS);
    }

    /** The programme's partners by name; none when the lake has no partners table yet. */
    public List<Partner> of(String programmeId) {
        long version = lake.version(LakeTables.PARTNERS);
        return partners.get(programmeId, version, () -> version < 0 ? List.of() : read(programmeId, version));
    }

    private List<Partner> read(String programmeId, long version) {
        return lake
                .read(LakeTables.PARTNERS, version)
                .filter(col("programme_id").equalTo(lit(programmeId)))
                .select("partner_id", "name", "roles")
                .collectAsList()
                .stream()
                .map(row -> new Partner(
                        row.getString(0),
                        row.getString(1),
                        Arrays.asList(row.getString(2).split(";"))))
                .sorted(Comparator.comparing(Partner::name))
                .toList();
    }
}
